import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';
import { parseRfc3339, renewExpires } from '../expires';

export const txtInvalidExpires: TxtRuleDefinition = {
  code: 'securitytxt/invalid-expires',
  check(model, ctx) {
    return fieldsNamed(model, 'Expires')
      .filter((f) => f.value !== '' && parseRfc3339(f.value) === undefined)
      .map((field) => ({
        ...field.valueSpan,
        message: `"${field.value}" is not an RFC 3339 date-time: write it like 2027-06-30T23:59:59Z.`,
        fixes: [renewExpires(field, ctx)],
      }));
  },
};
