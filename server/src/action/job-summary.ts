// The Markdown the Action writes to the job summary ($GITHUB_STEP_SUMMARY): counts, the Scorecard
// Security-Policy score, every finding in a table, and the security.txt the policy implies. Pure.

import { lineStartsOf, positionAt, ruleDocsUrl, type ScorecardResult, type Severity } from '../core/index';
import { relativePath, type FileResult } from '../cli/format';

/** Rows past this many are counted, not shown: a step's summary may hold 1 MiB at most. */
export const MAX_SUMMARY_ROWS = 500;

export interface SummaryInput {
  results: FileResult[];
  root: string;
  /** The Scorecard score of the policy GitHub shows, and that policy's path. */
  scorecard?: { file: string; result: ScorecardResult };
  /** The security.txt the policy implies, or why there is none. */
  securityTxt?: { text: string } | { reason: string };
  /** Paths that could not be linted, with why. */
  problems: string[];
  /** The verdict line: whether the step fails, and why. */
  verdict: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Table cells are one line, with no pipes and no HTML. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

export function jobSummary(input: SummaryInput): string {
  const { results, root, scorecard, securityTxt, problems, verdict } = input;
  const counts = countBySeverity(results);
  const total = SEVERITY_ORDER.reduce((n, s) => n + counts[s], 0);
  const lines = ['## SECURITY.md lint', ''];
  const found =
    total === 0
      ? `No problems found in ${plural(results.length, 'file')}.`
      : `${plural(total, 'problem')} in ${plural(results.length, 'file')}: ${SEVERITY_ORDER.map((s) => plural(counts[s], s)).join(', ')}.`;
  lines.push(`${found} ${verdict}`, '');
  if (scorecard) {
    const missing = scorecard.result.parts.filter((p) => p.points < p.max).map((p) => p.advice);
    lines.push(
      `[OpenSSF Scorecard](https://github.com/ossf/scorecard/blob/main/docs/checks.md#security-policy) Security-Policy: **${scorecard.result.score}/${scorecard.result.max}** for ${cell(relativePath(scorecard.file, root))}${missing.length ? ` (for 10: ${cell(missing.join('; '))})` : ''}.`,
      '',
    );
  }
  for (const problem of problems) lines.push(`Not linted: ${cell(problem)}`, '');
  if (total > 0) {
    lines.push('| File | Line | Severity | Rule | Message |', '| --- | ---: | --- | --- | --- |');
    let rows = 0;
    for (const { file, text, findings } of results) {
      const starts = lineStartsOf(text);
      for (const f of findings) {
        if (++rows > MAX_SUMMARY_ROWS) continue;
        const line = positionAt(starts, f.start).line + 1;
        lines.push(
          `| ${cell(relativePath(file, root))} | ${line} | ${f.severity} | [${f.code}](${ruleDocsUrl(f.code)}) | ${cell(f.message)} |`,
        );
      }
    }
    if (rows > MAX_SUMMARY_ROWS) lines.push('', `${rows - MAX_SUMMARY_ROWS} more findings are in the step's log.`);
    lines.push('');
  }
  if (securityTxt) {
    lines.push('<details><summary>The security.txt this policy implies (RFC 9116)</summary>', '');
    if ('text' in securityTxt) lines.push('```text', securityTxt.text.replace(/\n$/, '').replace(/```/g, '`\u200b``'), '```');
    else lines.push(`None: ${cell(securityTxt.reason)}`);
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
