import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';

/** Values people write for yes and no, read case-insensitively; the registry spells them True and False. */
const MEANING: Record<string, 'True' | 'False'> = {
  true: 'True',
  yes: 'True',
  y: 'True',
  '1': 'True',
  on: 'True',
  false: 'False',
  no: 'False',
  n: 'False',
  '0': 'False',
  off: 'False',
};

export const txtInvalidBugBounty: TxtRuleDefinition = {
  code: 'securitytxt/invalid-bug-bounty',
  check: (model) =>
    fieldsNamed(model, 'Bug-Bounty')
      .filter((field) => field.value !== '' && field.value !== 'True' && field.value !== 'False')
      .map((field) => {
        const meant = MEANING[field.value.trim().toLowerCase()];
        return {
          ...field.valueSpan,
          message: meant
            ? `Bug-Bounty is "True" or "False", written so: write "${meant}".`
            : `Bug-Bounty is "True" (a bug bounty program may reward reporters) or "False" (no reward), not "${field.value}".`,
          fixes: meant ? [{ title: `Write "${meant}"`, edits: [{ ...field.valueSpan, newText: meant }], isPreferred: true }] : [],
        };
      }),
};
