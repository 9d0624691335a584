import type { Rule, Report } from '../rule';
import { isPlaceholderEmail } from '../lexicon/emails';

export const placeholderEmail: Rule = {
  code: 'placeholder-email',
  severity: 'error',
  description: 'An address at a documentation domain or an obvious stand-in.',
  fixable: true,
  check(model) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      if (!isPlaceholderEmail(email.address)) continue;
      reports.push({
        start: email.start,
        end: email.end,
        message: `"${email.address}" is a placeholder, not a real address: replace it with the address that receives security reports.`,
        data: { address: email.address },
      });
    }
    return reports;
  },
};
