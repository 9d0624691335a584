// Output formats of `security-md lint`: text (like ESLint's), JSON, SARIF 2.1.0 for GitHub code
// scanning, GitHub Actions workflow commands (annotations) and GitLab Code Quality JSON.
// Pure: results in, a string out. Paths in SARIF, GitHub and GitLab output are relative to `root`.

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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
  /** The policy GitHub shows instead of this one: a hidden policy gets no Scorecard line either. */
  shadowedBy?: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { file, text, findings, securityTxt, shadowedBy } of results) {
    const starts = lineStartsOf(text);
    lines.push(file);
    for (const f of findings) {
      counts[f.severity]++;
      const p = positionAt(starts, f.start);
      lines.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.code}`);
    }
    if (!securityTxt && !shadowedBy) lines.push(`  ${describeScorecard(scorecardScore(text))}`);
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

/** The path of `file` relative to `root`, with `/` separators (as CI services show paths). */
export function relativePath(file: string, root: string): string {
  return path.relative(path.resolve(root), path.resolve(file)).split(path.sep).join('/');
}

/** The text of the lines a finding covers, trimmed and with runs of white space made one space. */
function findingLinesText(text: string, starts: readonly number[], f: Finding): string {
  const first = positionAt(starts, f.start).line;
  const endAt = positionAt(starts, f.end);
  // A finding that ends at the start of a line does not cover that line.
  const last = Math.max(first, endAt.character === 0 && f.end > f.start ? endAt.line - 1 : endAt.line);
  const from = starts[first] ?? 0;
  const to = starts[last + 1] ?? text.length;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/**
 * A fingerprint of each finding, in the order of `results` and their findings: the first 32 hex
 * digits of the SHA-256 of the path relative to `root`, the rule code, the normalised text of the
 * finding's lines and which occurrence of that same key it is (1, 2, ...). No line number takes
 * part, so an edit above a finding leaves its fingerprint as it was; the counter keeps the
 * fingerprints of a report unique.
 */
export function fingerprints(results: readonly FileResult[], root = process.cwd()): string[][] {
  const seen = new Map<string, number>();
  return results.map(({ file, text, findings }) => {
    const starts = lineStartsOf(text);
    const rel = relativePath(file, root);
    return findings.map((f) => {
      const key = JSON.stringify([rel, f.code, findingLinesText(text, starts, f)]);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return createHash('sha256').update(`${key}\n${occurrence}`).digest('hex').slice(0, 32);
    });
  });
}

/** The name of the fingerprint in SARIF `partialFingerprints`. */
export const FINGERPRINT_KEY = 'securityMd/v1';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, as GitHub code scanning reads it: 1-based regions, paths relative to `root`. */
export function toSarif(results: FileResult[], version: string, root = process.cwd()): unknown {
  const allRules = [...rules, ...securityTxtRules];
  const index = new Map(allRules.map((r, i) => [r.code, i]));
  const prints = fingerprints(results, root);
  const rootUri = pathToFileURL(path.resolve(root)).href;
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
              // Rules only compliance profiles turn on are off until a profile or setting asks for them.
              defaultConfiguration: r.severity === 'off' ? { level: 'warning', enabled: false } : { level: SARIF_LEVEL[r.severity] },
            })),
          },
        },
        // The base of every relative artifact URI: the root folder, as a file URI ending in "/".
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, text, findings }, fileIndex) => {
          const starts = lineStartsOf(text);
          // A URI reference: each path segment percent-encoded (SARIF 2.1.0, 3.4.3).
          const uri = relativePath(file, root).split('/').map(encodeURIComponent).join('/');
          return findings.map((f, i) => {
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
              partialFingerprints: { [FINGERPRINT_KEY]: prints[fileIndex]![i]! },
            };
          });
        }),
      },
    ],
  };
}

// GitHub Actions workflow commands: `::error file=…,line=…::message`. The runner reads "%", CR
// and LF escaped in the message, and also ":" and "," in property values.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type GithubLevel = 'error' | 'warning' | 'notice';

export interface GithubAnnotation {
  level: GithubLevel;
  /** The workflow command, one line: `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`. */
  line: string;
}

const GITHUB_LEVEL: Record<Severity, GithubLevel> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** One workflow command: `::level key=value,…::message`, escaped as the runner reads it. */
export function workflowCommand(level: GithubLevel, message: string, properties: [string, string | number][] = []): string {
  const props = properties.map(([key, value]) => `${key}=${typeof value === 'number' ? value : escapeProperty(value)}`).join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** One annotation per finding, in order; paths relative to `root` (in an Action, GITHUB_WORKSPACE). */
export function githubAnnotations(results: readonly FileResult[], root = process.cwd()): GithubAnnotation[] {
  return results.flatMap(({ file, text, findings }) => {
    const starts = lineStartsOf(text);
    const rel = relativePath(file, root);
    return findings.map((f) => {
      const start = positionAt(starts, f.start);
      const end = positionAt(starts, f.end);
      const level = GITHUB_LEVEL[f.severity];
      const line = workflowCommand(level, f.message, [
        ['file', rel],
        ['line', start.line + 1],
        ['endLine', end.line + 1],
        ['col', start.character + 1],
        ['endColumn', end.character + 1],
        ['title', f.code],
      ]);
      return { level, line };
    });
  });
}

/** `--format github`: every annotation, one per line; nothing at all when there are no findings. */
export function formatGithub(results: readonly FileResult[], root = process.cwd()): string {
  return githubAnnotations(results, root)
    .map((a) => a.line)
    .join('\n');
}

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

const GITLAB_SEVERITY: Record<Severity, GitlabSeverity> = { hint: 'info', info: 'minor', warning: 'major', error: 'critical' };

/** GitLab Code Quality report: the fields GitLab reads, one issue per finding; paths relative to `root`. */
export function toGitlab(results: readonly FileResult[], root = process.cwd()): GitlabIssue[] {
  const prints = fingerprints(results, root);
  return results.flatMap(({ file, text, findings }, fileIndex) => {
    const starts = lineStartsOf(text);
    const rel = relativePath(file, root);
    return findings.map((f, i) => ({
      description: f.message,
      check_name: f.code,
      fingerprint: prints[fileIndex]![i]!,
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: rel, lines: { begin: positionAt(starts, f.start).line + 1 } },
    }));
  });
}
