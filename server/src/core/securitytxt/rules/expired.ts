import type { TxtRule } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339, renewExpires } from '../expires';

export const txtExpired: TxtRule = {
  code: 'securitytxt/expired',
  severity: 'error',
  description: 'Expires is in the past.',
  fixable: true,
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
