import type { RuleDefinition } from '../rule';
import { missingElementRule } from '../rule';
import { appendParagraph } from '../fixes';
import { grammarFor } from '../language/grammar';
import type { PolicyModel, Span } from '../model';

/** A year or a full date ("2028", "2028-06-30"), not the year inside an identifier ("CVE-2024-1234"). */
const DATE_RE = /(?<![\p{L}\p{N}-])(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?(?![\p{N}]|-\d)/u;

/**
 * Where the policy dates the end of support: a sentence about support or its end with a date or
 * a length of time ("security fixes until 2028-06-30", "each release is supported for 18 months"),
 * or a version table with an end-of-support column or dates.
 */
function supportPeriod(model: PolicyModel): Span | undefined {
  const timed = new Set(model.times.map((t) => t.sentence));
  for (const s of model.sentences) {
    const grammar = grammarFor(model, s.text);
    if (!grammar.has('supportEnd', s.text) && !grammar.has('supportPeriod', s.text)) continue;
    if (timed.has(s) || DATE_RE.test(s.text)) return { start: s.start, end: s.end };
  }
  for (const table of model.tables) {
    const versions = table.header.some((cell) => grammarFor(model, cell).has('versionHeader', cell));
    if (!versions) continue;
    const endColumn = table.header.some((cell) => grammarFor(model, cell).has('supportEnd', cell));
    if (endColumn || table.rows.some((row) => row.cells.some((cell) => DATE_RE.test(cell))))
      return { start: table.start, end: table.start };
  }
  return undefined;
}

export const missingSupportPeriod: RuleDefinition = missingElementRule({
  code: 'missing-support-period',
  message: 'No support period: give the end date of security support, or how long each release receives security fixes.',
  evidence: supportPeriod,
  fix: (model) => appendParagraph(model, 'supported-versions', 'support-period', 'Say how long releases receive security fixes'),
});
