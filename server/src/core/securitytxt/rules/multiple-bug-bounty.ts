import type { TxtRule } from '../txt-rule';
import { repeatsOf } from '../txt-rule';

export const txtMultipleBugBounty: TxtRule = {
  code: 'securitytxt/multiple-bug-bounty',
  severity: 'error',
  description: 'More than one Bug-Bounty field.',
  fixable: true,
  check: (model) =>
    repeatsOf(model, 'Bug-Bounty', 'Bug-Bounty may appear only once: keep the line that is true of the program and remove this one.'),
};
