import type { Rule, Report } from '../rule';

const ADDRESS_RE = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;

export const mailtoMismatch: Rule = {
  code: 'mailto-mismatch',
  severity: 'error',
  description: 'A link shows one e-mail address and sends mail to another.',
  fixable: true,
  check(model) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      if (email.source !== 'mailto' || email.linkText === undefined) continue;
      const shown = email.linkText.trim().replace(/^mailto:/i, '');
      if (!ADDRESS_RE.test(shown) || shown.toLowerCase() === email.address.toLowerCase()) continue;
      reports.push({
        start: email.link?.start ?? email.start,
        end: email.link?.end ?? email.end,
        message: `The link shows "${shown}" but sends mail to "${email.address}": make the text and the mailto: target the same address.`,
        data: { shown, target: email.address },
      });
    }
    return reports;
  },
};
