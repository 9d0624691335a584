import type { RuleDefinition, Report } from '../rule';
import { mailtoUri } from '../lexicon/emails';

const ADDRESS_RE = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;

export const mailtoMismatch: RuleDefinition = {
  code: 'mailto-mismatch',
  check(model) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      if (email.source !== 'mailto' || email.linkText === undefined) continue;
      const shown = email.linkText.trim().replace(/^mailto:/i, '');
      // münchen.de and xn--mnchen-3ya.de are one domain: compared as mailto: URIs.
      if (!ADDRESS_RE.test(shown) || mailtoUri(shown).toLowerCase() === mailtoUri(email.address).toLowerCase()) continue;
      const link = email.link ?? email;
      const shownAt = model.text.indexOf(shown, link.start);
      const fixes =
        shownAt >= 0 && shownAt < email.start
          ? [
              {
                title: `Show ${email.address} (where the link sends mail)`,
                edits: [{ start: shownAt, end: shownAt + shown.length, newText: email.address }],
                isPreferred: true,
              },
              { title: `Send mail to ${shown} (the address shown)`, edits: [{ start: email.start, end: email.end, newText: shown }] },
            ]
          : [];
      reports.push({
        fixes,
        start: email.link?.start ?? email.start,
        end: email.link?.end ?? email.end,
        message: `The link shows "${shown}" but sends mail to "${email.address}": make the text and the mailto: target the same address.`,
        data: { shown, target: email.address },
      });
    }
    return reports;
  },
};
