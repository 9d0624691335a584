import type { TxtRuleDefinition } from '../txt-rule';
import type { Report, RuleContext } from '../../rule';
import type { Fix, TextEdit } from '../../model';
import type { SecurityTxtModel, TxtField } from '../parse';
import { fieldsNamed } from '../parse';
import { parsePolicy } from '../../parse';
import { generateSecurityTxt } from '../generate';
import { firstLine } from '../txt-rule';

/** Compares the file with the repository's SECURITY.md (LintOptions.policy), when there is one. */
export const txtOutOfSync: TxtRuleDefinition = {
  code: 'securitytxt/out-of-sync',
  check(model, ctx) {
    const policy = ctx.options.policy;
    if (!policy) return [];
    const derived = generateSecurityTxt(parsePolicy(policy.text), {
      now: ctx.now,
      ...(ctx.options.repository ? { repository: ctx.options.repository } : {}),
      ...(ctx.options.policyUrl ? { policyUrl: ctx.options.policyUrl } : {}),
    });
    const wanted = derived.fields.filter((f) => f.name === 'Contact').map((f) => f.value);
    const contacts = fieldsNamed(model, 'Contact');
    const have = new Set(contacts.map((f) => sameUri(f.value)));
    const want = new Set(wanted.map(sameUri));
    const badPolicy = fieldsNamed(model, 'Policy').filter((f) => !leadsToPolicy(f.value, policy.path, ctx));
    const expectedPolicy = derived.fields.find((f) => f.name === 'Policy')?.value;
    const fix = syncFix(model, wanted, badPolicy, expectedPolicy);
    const fixes = fix ? { fixes: [fix] } : {};
    const reports: Report[] = [];
    for (const field of contacts) {
      if (want.has(sameUri(field.value))) continue;
      reports.push({
        ...field.valueSpan,
        message: `${policy.path} no longer gives this contact: remove it here, or add it to the policy.`,
        ...fixes,
      });
    }
    const anchor = contacts[0]?.valueSpan ?? firstLine(model);
    for (const uri of wanted) {
      if (have.has(sameUri(uri))) continue;
      reports.push({ ...anchor, message: `${policy.path} gives ${uri} for reports, but this file has no Contact for it.`, ...fixes });
    }
    for (const field of badPolicy) {
      const instead = expectedPolicy ? `: write ${expectedPolicy}` : '';
      reports.push({ ...field.valueSpan, message: `Policy does not lead to ${policy.path}${instead}.`, ...fixes });
    }
    return reports;
  },
};

/** Contacts compare without regard to case or a trailing slash. */
function sameUri(uri: string): string {
  return uri.trim().replace(/\/$/, '').toLowerCase();
}

/**
 * Whether a Policy URL leads to the policy: the configured policy URL, or on GitHub the
 * repository's policy page or the file itself. A page elsewhere cannot be judged from here.
 */
function leadsToPolicy(url: string, policyPath: string, ctx: RuleContext): boolean {
  if (ctx.options.policyUrl) return sameUri(url) === sameUri(ctx.options.policyUrl);
  const repository = ctx.options.repository?.toLowerCase();
  const m = /^https:\/\/(?:www\.)?github\.com\/([^/]+\/[^/]+)\/(.*)$|^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\/(.*)$/i.exec(
    url.trim(),
  );
  if (!m || !repository) return true;
  const [owner, rest] = m[1] ? [m[1], m[2]!] : [m[3]!, `raw/${m[4]!}`];
  if (owner.toLowerCase() !== repository) return false;
  const path = rest.replace(/[?#].*$/, '').replace(/\/$/, '');
  if (/^security\/policy$/i.test(path)) return true;
  const file = /^(?:blob|raw|tree)\/[^/]+\/(.+)$/i.exec(path)?.[1];
  return file !== undefined && file.toLowerCase() === policyPath.toLowerCase();
}

/** One fix for all: the policy's contacts replace the file's, the Policy URL is set right. */
function syncFix(model: SecurityTxtModel, wanted: string[], badPolicy: TxtField[], expectedPolicy: string | undefined): Fix | undefined {
  const contacts = fieldsNamed(model, 'Contact');
  const edits: TextEdit[] = [];
  const first = contacts[0];
  if (first && wanted.length > 0) {
    const current = contacts.map((f) => f.value);
    if (current.join('\n') !== wanted.join('\n')) {
      const line = model.lines[first.line]!;
      const eol = model.text.slice(line.end, line.next) || '\n';
      edits.push({ start: line.start, end: line.next, newText: wanted.map((uri) => `Contact: ${uri}${eol}`).join('') });
      for (const field of contacts.slice(1)) {
        const other = model.lines[field.line]!;
        edits.push({ start: other.start, end: other.next, newText: '' });
      }
    }
  }
  if (expectedPolicy) for (const field of badPolicy) edits.push({ ...field.valueSpan, newText: expectedPolicy });
  if (edits.length === 0) return undefined;
  const again = model.signed ? '; then sign the file again' : '';
  return { title: `Update Contact and Policy from the repository's SECURITY.md${again}`, edits, isPreferred: true };
}
