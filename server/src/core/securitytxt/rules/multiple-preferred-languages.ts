import type { TxtRuleDefinition } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultiplePreferredLanguages: TxtRuleDefinition = {
  code: 'securitytxt/multiple-preferred-languages',
  check: (model) =>
    repeatsOf(
      model,
      'Preferred-Languages',
      'Preferred-Languages may appear only once: list every language in the first one, comma-separated, and remove this line.',
    ),
};
