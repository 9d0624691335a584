import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { privateChannels } from '../contacts';

export const noContact: Rule = {
  code: 'no-contact',
  severity: 'error',
  description: 'The policy gives no private way to report a vulnerability.',
  fixable: true,
  check(model) {
    if (privateChannels(model).length > 0) return [];
    return [
      {
        ...documentAnchor(model),
        message:
          'No private way to report a vulnerability: add a security e-mail address or a link to GitHub private vulnerability reporting (https://github.com/OWNER/REPO/security/advisories/new).',
      },
    ];
  },
};
