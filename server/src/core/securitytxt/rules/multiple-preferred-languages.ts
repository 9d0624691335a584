import type { TxtRule } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultiplePreferredLanguages: TxtRule = {
  code: 'securitytxt/multiple-preferred-languages',
  severity: 'error',
  description: 'More than one Preferred-Languages field.',
  fixable: true,
  check: (model) =>
    repeatsOf(
      model,
      'Preferred-Languages',
      'Preferred-Languages may appear only once: list every language in the first one, comma-separated, and remove this line.',
    ),
};
