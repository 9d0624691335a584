import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339, renewExpires } from '../expires';

export const txtLongExpiry: TxtRuleDefinition = {
  code: 'securitytxt/long-expiry',
  check(model, ctx) {
    const yearAhead = new Date(ctx.now.getTime());
    yearAhead.setUTCFullYear(yearAhead.getUTCFullYear() + 1);
    return fieldsNamed(model, 'Expires').flatMap((field) => {
      const date = parseRfc3339(field.value);
      if (!date || date.getTime() <= yearAhead.getTime()) return [];
      return [
        {
          ...field.valueSpan,
          message: 'Expires is more than a year ahead: RFC 9116 advises less than a year, so that stale contacts age out.',
          fixes: [renewExpires(field, ctx)],
        },
      ];
    });
  },
};
