import type { RuleDefinition, Report } from '../rule';

export const obfuscatedEmail: RuleDefinition = {
  code: 'obfuscated-email',
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
