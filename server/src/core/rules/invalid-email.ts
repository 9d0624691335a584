import type { RuleDefinition, Report } from '../rule';
import { emailIssue, emailProblem, isPlaceholderEmail, repairEmail } from '../lexicon/emails';
import { replaceAddress, useReportingLink } from '../fixes';
import type { EmailRef, Fix, LintOptions, PolicyModel } from '../model';

function repairs(model: PolicyModel, email: EmailRef, options: LintOptions): Fix[] {
  const repaired = repairEmail(email.address);
  const fixes: Fix[] = [];
  if (repaired) fixes.push({ title: `Correct to ${repaired}`, edits: replaceAddress(model, email, repaired), isPreferred: true });
  // An empty "mailto:" whose link text is a good address: the text says what was meant.
  else if (email.address === '' && email.linkText && emailProblem(email.linkText.trim()) === undefined && email.link) {
    const at = model.text.lastIndexOf('mailto:', email.link.end);
    if (at >= email.link.start)
      fixes.push({
        title: `Send mail to ${email.linkText.trim()}`,
        edits: [{ start: at + 7, end: at + 7, newText: email.linkText.trim() }],
        isPreferred: true,
      });
  }
  fixes.push(useReportingLink(email, options));
  return fixes;
}

/** Prose that is about mail, so that "security@company" there is a broken address, not a handle. */
const MAIL_CONTEXT_RE = /e-?mail|mailto|contact|correo|courriel|邮件|メール|이메일|почт/i;

export const invalidEmail: RuleDefinition = {
  code: 'invalid-email',
  check(model, ctx) {
    const reports: Report[] = [];
    for (const email of model.emails) {
      // A template variable ({{EMAIL}}) is placeholder-text's to report, not a broken address.
      if (email.source === 'obfuscated' || /[{}<>[\]]/.test(email.address)) continue;
      if (email.source === 'bare-link') {
        // The target is the last place the address is written in the link.
        const target = model.text.lastIndexOf(email.address, email.link?.end ?? email.end);
        reports.push({
          fixes: [
            { title: 'Add "mailto:" to the link target', edits: [{ start: target, end: target, newText: 'mailto:' }], isPreferred: true },
          ],
          start: email.link?.start ?? email.start,
          end: email.link?.end ?? email.end,
          message: `The link target "${email.address}" is not a mail link: write "mailto:${email.address}" so that clicking it opens a mail program.`,
          data: { address: email.address, missingMailto: true },
        });
        continue;
      }
      const issue = emailIssue(email.address);
      if (!issue) continue;
      // A stand-in at an invented or reserved domain (you@yourdomain.tld) is placeholder-email's to report.
      if (issue.kind !== 'syntax' && isPlaceholderEmail(email.address)) continue;
      const problem = issue.message;
      if (email.source === 'text') {
        const domain = email.address.slice(email.address.lastIndexOf('@') + 1);
        const slip = domain === '' || email.address.includes('@@') || domain.includes('.');
        if (!slip && !MAIL_CONTEXT_RE.test(email.block?.text ?? '')) continue;
      }
      const shown = email.address === '' ? 'mailto:' : email.address;
      reports.push({
        start: email.start,
        end: email.end,
        fixes: repairs(model, email, ctx.options),
        message:
          email.address === ''
            ? 'The "mailto:" link has no address: write the full address after "mailto:".'
            : `"${shown}" cannot receive mail: ${problem}. Correct the address.`,
        data: { address: email.address },
      });
    }
    return reports;
  },
};
