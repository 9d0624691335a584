import type { TxtRuleDefinition } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultipleBugBounty: TxtRuleDefinition = {
  code: 'securitytxt/multiple-bug-bounty',
  check: (model) =>
    repeatsOf(model, 'Bug-Bounty', 'Bug-Bounty may appear only once: keep the line that is true of the program and remove this one.'),
};
