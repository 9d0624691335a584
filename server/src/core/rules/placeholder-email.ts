import type { RuleDefinition, Report } from '../rule';
import { isMailboxProvider, isPlaceholderEmail } from '../lexicon/emails';
import { replaceAddress, useReportingLink } from '../fixes';
import { usableEmail } from '../contacts';
import type { EmailRef, Fix, LintOptions, PolicyModel } from '../model';

/** GitHub private reporting first when the repository is known, then security@ the project's domain. */
function replacements(model: PolicyModel, email: EmailRef, options: LintOptions): Fix[] {
  const fixes: Fix[] = [];
  const real = model.emails.find(usableEmail);
  const domain = real?.address.slice(real.address.lastIndexOf('@') + 1).toLowerCase();
  const link = useReportingLink(email, options);
  if (options.repository) fixes.push({ ...link, isPreferred: true });
  // security@gmail.com is nobody's: at a mailbox provider the project's own address is the one to use.
  const address = real && domain ? (isMailboxProvider(domain) ? real.address : `security@${domain}`) : undefined;
  if (address)
    fixes.push({
      title: `Use ${address}`,
      edits: replaceAddress(model, email, address),
      ...(fixes.length ? {} : { isPreferred: true }),
    });
  if (!options.repository) fixes.push(fixes.length ? link : { ...link, isPreferred: true });
  return fixes;
}

export const placeholderEmail: RuleDefinition = {
  code: 'placeholder-email',
  check(model, ctx) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      if (!isPlaceholderEmail(email.address)) continue;
      reports.push({
        start: email.start,
        end: email.end,
        fixes: replacements(model, email, ctx.options),
        message: `"${email.address}" is a placeholder, not a real address: replace it with the address that receives security reports.`,
        data: { address: email.address },
      });
    }
    return reports;
  },
};
