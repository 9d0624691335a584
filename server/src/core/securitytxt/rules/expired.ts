import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339, renewExpires } from '../expires';

export const txtExpired: TxtRuleDefinition = {
  code: 'securitytxt/expired',
  check(model, ctx) {
    return fieldsNamed(model, 'Expires').flatMap((field) => {
      const date = parseRfc3339(field.value);
      if (!date || date.getTime() > ctx.now.getTime()) return [];
      return [
        {
          ...field.valueSpan,
          message: `This security.txt expired on ${field.value}: readers must treat it as stale. Review it and set a new Expires.`,
          fixes: [renewExpires(field, ctx)],
        },
      ];
    });
  },
};
