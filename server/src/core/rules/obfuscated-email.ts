import type { Rule, Report } from '../rule';

export const obfuscatedEmail: Rule = {
  code: 'obfuscated-email',
  severity: 'hint',
  description: 'An address written out to dodge spam bots.',
  fixable: false,
  check(model) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      if (email.source !== 'obfuscated') continue;
      reports.push({
        start: email.start,
        end: email.end,
        message: `This spells out ${email.address}: it counts as a contact, but tools cannot read it; consider writing the address plainly or offering GitHub private vulnerability reporting.`,
        data: { address: email.address },
      });
    }
    return reports;
  },
};
