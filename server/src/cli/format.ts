// Output formats of `security-md lint`: text (like ESLint's), JSON, and SARIF 2.1.0 for GitHub
// code scanning. Pure: results in, a string out.

import * as path from 'node:path';
import {
  lineStartsOf,
  positionAt,
  rules,
  securityTxtRules,
  ruleDocsUrl,
  scorecardScore,
  describeScorecard,
  PRODUCT,
  type Finding,
  type Severity,
} from '../core/index';

export interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  /** security.txt files get no Scorecard line. */
  securityTxt: boolean;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { file, text, findings, securityTxt } of results) {
    const starts = lineStartsOf(text);
    lines.push(file);
    for (const f of findings) {
      counts[f.severity]++;
      const p = positionAt(starts, f.start);
      lines.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.code}`);
    }
    if (!securityTxt) lines.push(`  ${describeScorecard(scorecardScore(text))}`);
    lines.push('');
  }
  const total = SEVERITY_ORDER.reduce((n, s) => n + counts[s], 0);
  if (total === 0) lines.push(`No problems found in ${plural(results.length, 'file')}.`);
  else lines.push(`${plural(total, 'problem')} (${SEVERITY_ORDER.map((s) => plural(counts[s], s)).join(', ')})`);
  return lines.join('\n');
}

export function toJson(results: FileResult[]): unknown {
  return results.map(({ file, text, findings }) => {
    const starts = lineStartsOf(text);
    return {
      file,
      findings: findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: { start: positionAt(starts, f.start), end: positionAt(starts, f.end) },
      })),
    };
  });
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, as GitHub code scanning reads it: 1-based regions, paths relative to `root`. */
export function toSarif(results: FileResult[], version: string, root = process.cwd()): unknown {
  const allRules = [...rules, ...securityTxtRules];
  const index = new Map(allRules.map((r, i) => [r.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PRODUCT,
            version,
            informationUri: ruleDocsUrl('README').replace(/README\.md$/, ''),
            rules: allRules.map((r) => ({
              id: r.code,
              name: r.code.replace(/(^|[-/])(\w)/g, (_, _sep: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} See ${ruleDocsUrl(r.code)}` },
              helpUri: ruleDocsUrl(r.code),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, text, findings }) => {
          const starts = lineStartsOf(text);
          // A URI reference: each path segment percent-encoded (SARIF 2.1.0, 3.4.3).
          const uri = path.relative(root, path.resolve(file)).split(path.sep).map(encodeURIComponent).join('/');
          return findings.map((f) => {
            const start = positionAt(starts, f.start);
            const end = positionAt(starts, f.end);
            return {
              ruleId: f.code,
              ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
              level: SARIF_LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                    region: {
                      startLine: start.line + 1,
                      startColumn: start.character + 1,
                      endLine: end.line + 1,
                      endColumn: end.character + 1,
                    },
                  },
                },
              ],
            };
          });
        }),
      },
    ],
  };
}
