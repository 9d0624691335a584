import type { TxtRule } from '../txt-rule';
import { removeLine } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtMultipleExpires: TxtRule = {
  code: 'securitytxt/multiple-expires',
  severity: 'error',
  description: 'More than one Expires field.',
  fixable: true,
  check(model) {
    return fieldsNamed(model, 'Expires')
      .slice(1)
      .map((field) => ({
        ...field,
        message: 'Expires may appear only once: remove this line.',
        fixes: [removeLine(model, field, 'Remove this Expires line')],
      }));
  },
};
