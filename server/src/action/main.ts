// The GitHub Action (action.yml): lints the repository (or the paths given), prints annotations
// within the runner's limits, writes the job summary, the outputs and an optional SARIF file, and
// fails the step as `fail-on` says. Bundled with everything it needs into action/index.js.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { scorecardScore, PRODUCT, type Severity } from '../core/index';
import { lintPaths, settingsFor, type LintPathsOptions } from '../cli/lint-paths';
import {
  formatText,
  githubAnnotations,
  toGitlab,
  toJson,
  toSarif,
  workflowCommand,
  type FileResult,
  type GithubAnnotation,
  type GithubLevel,
} from '../cli/format';
import { impliedSecurityTxt } from '../cli/implied-security-txt';
import { readGivenConfigFile } from '../node/config-file';
import { isLintWorker, serveLintJobs } from '../node/lint-worker';
import { countBySeverity, jobSummary, plural } from './job-summary';

declare const PACKAGE_VERSION: string;

/** GitHub shows this many annotations of each kind per step and drops the rest. */
export const ANNOTATIONS_PER_KIND = 10;
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
const FORMATS = ['text', 'json', 'sarif', 'gitlab', 'github'];
/** The severities that fail the step for each fail-on value. */
const FAILING: Record<(typeof FAIL_ON)[number], Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  info: ['error', 'warning', 'info'],
  never: [],
};

/** A message of the Action itself, as an annotation titled with the product's name. */
const annotate = (level: GithubLevel, message: string) => workflowCommand(level, message, [['title', PRODUCT]]);

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * The annotations to print: at most ANNOTATIONS_PER_KIND of each kind, in file order. When some
 * are left out, one notice slot is kept for the line that says how many and where they are.
 */
export function limitAnnotations(all: GithubAnnotation[]): { shown: GithubAnnotation[]; omitted: number } {
  const total = (level: string) => all.filter((a) => a.level === level).length;
  const overflow =
    total('error') > ANNOTATIONS_PER_KIND || total('warning') > ANNOTATIONS_PER_KIND || total('notice') > ANNOTATIONS_PER_KIND;
  const limit = {
    error: ANNOTATIONS_PER_KIND,
    warning: ANNOTATIONS_PER_KIND,
    notice: overflow ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND,
  };
  const used = { error: 0, warning: 0, notice: 0 };
  const shown = all.filter((a) => used[a.level]++ < limit[a.level]);
  return { shown, omitted: all.length - shown.length };
}

/** Appends to a file the runner reads (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), when it is set. */
function appendTo(file: string | undefined, text: string, what: string, out: (s: string) => void): void {
  if (!file) return;
  try {
    fs.appendFileSync(file, text);
  } catch (error) {
    out(annotate('warning', `The ${what} could not be written to ${file}: ${(error as Error).message}`));
  }
}

/** The policy GitHub shows among the results: the first policy linted in full. */
function shownPolicy(results: FileResult[]): FileResult | undefined {
  return results.find((r) => !r.securityTxt && !r.shadowedBy);
}

export async function runAction(env: NodeJS.ProcessEnv, out: (s: string) => void): Promise<number> {
  const fail = (message: string) => {
    out(annotate('error', message));
    return 2;
  };
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    process.chdir(workspace);
  } catch {
    return fail(`GITHUB_WORKSPACE ${workspace} is not a folder that can be entered.`);
  }
  const failOn = (input(env, 'fail-on') || 'error') as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) return fail(`fail-on must be error, warning, info or never, not "${failOn}".`);
  const format = input(env, 'format') || 'text';
  if (!FORMATS.includes(format)) return fail(`format must be text, json, sarif, gitlab or github, not "${format}".`);
  const paths = (input(env, 'path') || '.')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const options: LintPathsOptions = {};
  const configPath = input(env, 'config');
  if (configPath) {
    const read = readGivenConfigFile(configPath);
    if ('error' in read) return fail(`config: ${read.error}`);
    options.config = read;
  }

  const messages: string[] = [];
  const { results, problems } = await lintPaths(paths, options, (m) => messages.push(m));
  for (const m of messages) out(m);
  for (const problem of problems) out(annotate('error', problem));

  const { shown, omitted } = limitAnnotations(githubAnnotations(results, workspace));
  for (const a of shown) out(a.line);
  if (omitted > 0) {
    const more = `${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated`;
    out(
      annotate(
        'notice',
        `${more} (GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind per step): see the job summary and the log.`,
      ),
    );
  }
  if (format === 'text' && results.length > 0) out(formatText(results));
  else if (format !== 'text' && format !== 'github') {
    const report =
      format === 'json'
        ? toJson(results)
        : format === 'gitlab'
          ? toGitlab(results, workspace)
          : toSarif(results, PACKAGE_VERSION, workspace);
    out(`::group::${PRODUCT} report (${format})`);
    out(JSON.stringify(report, null, 2));
    out('::endgroup::');
  }

  const sarifFile = input(env, 'sarif-file');
  let status = 0;
  if (sarifFile) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(sarifFile)), { recursive: true });
      fs.writeFileSync(sarifFile, JSON.stringify(toSarif(results, PACKAGE_VERSION, workspace), null, 2) + '\n');
    } catch (error) {
      status = fail(`sarif-file: ${sarifFile} could not be written: ${(error as Error).message}`);
    }
  }

  const counts = countBySeverity(results);
  const failing = FAILING[failOn].filter((s) => counts[s] > 0);
  const policy = shownPolicy(results);
  const score = policy ? scorecardScore(policy.text) : undefined;
  const implied = policy
    ? impliedSecurityTxt(policy.file, policy.text, settingsFor(policy.file, options.config, () => {}).securityTxt)
    : undefined;
  const verdict =
    problems.length > 0
      ? 'The step fails: some paths could not be linted.'
      : failing.length > 0
        ? `The step fails (fail-on: ${failOn}).`
        : `The step passes (fail-on: ${failOn}).`;
  appendTo(
    env.GITHUB_STEP_SUMMARY,
    jobSummary({
      results,
      root: workspace,
      problems,
      verdict,
      ...(policy && score ? { scorecard: { file: policy.file, result: score } } : {}),
      ...(implied ? { securityTxt: implied.text !== undefined ? { text: implied.text } : { reason: implied.reason ?? 'no contact' } } : {}),
    }),
    'job summary',
    out,
  );
  appendTo(env.GITHUB_OUTPUT, `errors=${counts.error}\nwarnings=${counts.warning}\nscore=${score?.score ?? ''}\n`, 'outputs', out);

  const tally = (['error', 'warning', 'info', 'hint'] as const).map((s) => plural(counts[s], s)).join(', ');
  out(`${PRODUCT}: ${tally} in ${plural(results.length, 'file')}. ${verdict}`);
  if (problems.length > 0) return 2;
  if (status !== 0) return status;
  return failing.length > 0 ? 1 : 0;
}

if (isLintWorker()) serveLintJobs();
else
  void runAction(process.env, (s) => console.log(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.log(
        annotate('error', `The action failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      );
      process.exitCode = 2;
    },
  );
