import type { TxtRule } from '../txt-rule';
import { removeLine } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtMultiplePreferredLanguages: TxtRule = {
  code: 'securitytxt/multiple-preferred-languages',
  severity: 'error',
  description: 'More than one Preferred-Languages field.',
  fixable: true,
  check(model) {
    return fieldsNamed(model, 'Preferred-Languages')
      .slice(1)
      .map((field) => ({
        ...field,
        message: 'Preferred-Languages may appear only once: list every language in the first one, comma-separated, and remove this line.',
        fixes: [removeLine(model, field, 'Remove this Preferred-Languages line')],
      }));
  },
};
