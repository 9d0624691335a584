import type { RuleDefinition } from '../rule';
import { documentAnchor } from '../rule';
import { privateChannels } from '../contacts';
import { addPrivateReportingLink } from '../fixes';

export const noContact: RuleDefinition = {
  code: 'no-contact',
  evidence(model) {
    return privateChannels(model)[0];
  },
  check(model, ctx) {
    if (privateChannels(model).length > 0) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [addPrivateReportingLink(model, ctx.options)],
        message:
          'No private way to report a vulnerability: add a security e-mail address or a link to GitHub private vulnerability reporting (https://github.com/OWNER/REPO/security/advisories/new).',
      },
    ];
  },
};
