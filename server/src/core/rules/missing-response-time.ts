import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';
import type { ConcreteTime, PolicyModel } from '../model';
import { RESPONSE_CONTEXT_RE, SUPPORT_PERIOD_RE, isPromise, isSupportedLanguage } from '../language/grammar';

/** A concrete time that is about handling a report (not, say, how long a release is supported). */
export function isResponseTime(model: PolicyModel, time: ConcreteTime): boolean {
  const { block } = time.sentence;
  if (SUPPORT_PERIOD_RE.test(time.sentence.text) && !/acknowledg|respon|repl|triage|receipt/i.test(time.sentence.text)) return false;
  // A time the project promises ("we ... within 5 days") or one about handling a report.
  if (RESPONSE_CONTEXT_RE.test(time.sentence.text) || isPromise(time.sentence.text)) return true;
  if (block.leadIn && RESPONSE_CONTEXT_RE.test(block.leadIn.text)) return true;
  const section = model.sections[block.section];
  if (section && section.kinds.some((k) => k === 'response' || k === 'reporting' || k === 'disclosure')) return true;
  // A row of a per-severity table: "Critical | 24 hours".
  return (
    block.type === 'tableCell' && block.table !== undefined && model.tables[block.table]!.header.some((h) => RESPONSE_CONTEXT_RE.test(h))
  );
}

export const missingResponseTime: Rule = {
  code: 'missing-response-time',
  severity: 'warning',
  description: 'No concrete time for acknowledging or answering a report.',
  fixable: true,
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (model.times.some((t) => isResponseTime(model, t))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'response', ctx.options, 'Add a "Response Timeline" section')!],
        message: 'No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."',
      },
    ];
  },
};
