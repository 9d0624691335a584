import type { TxtRule } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultipleExpires: TxtRule = {
  code: 'securitytxt/multiple-expires',
  severity: 'error',
  description: 'More than one Expires field.',
  fixable: true,
  check: (model) => repeatsOf(model, 'Expires', 'Expires may appear only once: remove this line.'),
};
