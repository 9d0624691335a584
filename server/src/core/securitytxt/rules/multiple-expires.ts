import type { TxtRuleDefinition } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultipleExpires: TxtRuleDefinition = {
  code: 'securitytxt/multiple-expires',
  check: (model) => repeatsOf(model, 'Expires', 'Expires may appear only once: remove this line.'),
};
