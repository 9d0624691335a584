// security-md: the linter for terminals and CI.

import * as path from 'node:path';
import { defaultSettings, PRODUCT, PROFILE_IDS, policyNeeds } from './core/index';
import { readPolicyText, resolvePolicyPath, PolicyReadError } from './node/read-policy';
import { readKeyFile, type KeyData } from './node/signing-keys';
import { isLintWorker, serveLintJobs } from './node/lint-worker';
import { formatGithub, formatText, toGitlab, toJson, toSarif } from './cli/format';
import { lintPaths, type LintPathsOptions } from './cli/lint-paths';
import { initPolicy, InitError } from './cli/init';
import { impliedSecurityTxt } from './cli/implied-security-txt';
import { runCheck, CHECK_FORMATS } from './cli/check';
import { findConfigFile, readConfigFile, readGivenConfigFile, mergeSettings } from './node/config-file';
import type { Settings } from '../../shared/settings';

declare const PACKAGE_VERSION: string;

const USAGE = `Usage:
  ${PRODUCT} lint [--fix] [--format text|json|sarif|github|gitlab] [--max-warnings N] [--config FILE] [--profile ID]... [--now ISO-DATE] [--key FILE]... PATH...
      Lint SECURITY.md and security.txt files. A PATH that is a folder is a repository: the policy
      GitHub shows there (the first of .github/, the root, docs/), a shadowed-policy warning for
      each other SECURITY.md there, and its security.txt files (.well-known/, the root, docs/,
      docs/.well-known/, public/.well-known/, static/.well-known/). --config uses that file instead
      of the nearest .securitymd.json. --fix applies every quick fix, writes the file, and reports
      what is left. A signed security.txt is verified with the public keys given by --key and
      those found beside it (*.asc, *.pub, *.key, *.gpg, pgp-key.txt).
      --format sarif is for GitHub code scanning, github prints GitHub Actions annotations (one
      workflow command per finding), gitlab a GitLab Code Quality report; their paths are relative
      to the current directory. --profile turns on the rules of a compliance profile (repeatable).
  ${PRODUCT} check [--profile ID]... [--format text|json|markdown] [--config FILE] [--now ISO-DATE] [PATH]
      The compliance checklist of a policy (PATH: a SECURITY.md or a repository folder, default .):
      each requirement of each profile, met or not, with the line that meets it or what is missing,
      and its source. Profiles: ${PROFILE_IDS.join(', ')}.
      Without --profile, the profiles of .securitymd.json. Exit 1 when a requirement is not met.
  ${PRODUCT} txt PATH [--config FILE] [--now ISO-DATE] [--expires-days N] [--policy-url URL] [--canonical-url URL] [--csaf-url URL]
      Print the RFC 9116 security.txt that the policy implies (URLs not given come from .securitymd.json).
  ${PRODUCT} init [--email ADDR] [--github-advisories] [--profile ID]... [--dir root|.github|docs] [--yes] [FOLDER]
      Write a complete SECURITY.md for a repository that has none (never overwrites one). With
      --profile (repeatable), the policy meets every requirement of those compliance profiles, and
      a .securitymd.json turning them on is written when none applies (an existing one is left as
      it is, with a note to add them).

Exit codes: 0 no errors, 1 errors found (lint), a requirement not met (check) or no contact (txt),
2 bad usage or unreadable input.`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  paths: string[];
  flags: Map<string, string>;
  /** Every --key FILE, in order. */
  keys: string[];
  /** Every --profile ID, in order. */
  profiles: string[];
}

const FLAGS_WITH_VALUES = new Set([
  '--email',
  '--dir',
  '--format',
  '--now',
  '--expires-days',
  '--policy-url',
  '--canonical-url',
  '--csaf-url',
  '--max-warnings',
  '--key',
  '--config',
  '--profile',
]);
const BOOLEAN_FLAGS = new Set(['--fix', '--github-advisories', '--yes']);

function parseArgs(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  const flags = new Map<string, string>();
  const paths: string[] = [];
  const keys: string[] = [];
  const profiles: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (BOOLEAN_FLAGS.has(name) && inline === undefined) {
        flags.set(name, 'true');
        continue;
      }
      if (!FLAGS_WITH_VALUES.has(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (name === '--key') keys.push(value);
      if (name === '--profile') {
        if (!PROFILE_IDS.includes(value)) throw new UsageError(`--profile: no profile "${value}" (known: ${PROFILE_IDS.join(', ')})`);
        if (!profiles.includes(value)) profiles.push(value);
      }
      flags.set(name, value);
    } else {
      paths.push(arg);
    }
  }
  return { command, paths, flags, keys, profiles };
}

function parseNow(flags: Map<string, string>): Date | undefined {
  const raw = flags.get('--now');
  if (raw === undefined) return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--now: "${raw}" is not a date (use e.g. 2026-01-31T00:00:00Z)`);
  return date;
}

/** Settings for a file: the defaults overlaid with the nearest .securitymd.json, as in the editor. */
function settingsFor(file: string, err: (s: string) => void): Settings {
  const config = findConfigFile(path.dirname(path.resolve(file)));
  if (!config) return defaultSettings();
  const read = readConfigFile(config);
  for (const w of read.warnings) err(`${PRODUCT}: warning: ${w}`);
  return mergeSettings(defaultSettings(), read.settings);
}

/** The file named by --config: read now, and a file that cannot be used is an error, not a warning. */
function explicitConfig(file: string | undefined, err: (s: string) => void): LintPathsOptions['config'] {
  if (file === undefined) return undefined;
  const read = readGivenConfigFile(file);
  if ('error' in read) throw new UsageError(`--config ${read.error}`);
  for (const w of read.warnings) err(`${PRODUCT}: warning: ${w}`);
  return read;
}

const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'];

async function runLint(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const format = parsed.flags.get('--format') ?? 'text';
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}, not "${format}"`);
  const maxWarningsRaw = parsed.flags.get('--max-warnings');
  const maxWarnings = maxWarningsRaw === undefined ? undefined : Number(maxWarningsRaw);
  if (maxWarningsRaw !== undefined && !/^\d{1,9}$/.test(maxWarningsRaw.trim())) {
    throw new UsageError(`--max-warnings must be a whole number, not "${maxWarningsRaw}"`);
  }
  if (parsed.paths.length === 0) throw new UsageError('lint needs at least one PATH');
  const now = parseNow(parsed.flags);
  const config = explicitConfig(parsed.flags.get('--config'), err);
  const givenKeys = parsed.keys.map(readKeyFile);
  const badKey = parsed.keys.find((_, i) => !givenKeys[i]);
  if (badKey !== undefined) {
    err(`${PRODUCT}: --key ${badKey}: not a readable OpenPGP public key file`);
    return 2;
  }
  const { results, unreadable } = await lintPaths(
    parsed.paths,
    {
      ...(now ? { now } : {}),
      ...(config ? { config } : {}),
      fix: parsed.flags.has('--fix'),
      keys: givenKeys as KeyData[],
      profiles: parsed.profiles,
    },
    err,
  );
  // With nothing read, a "No problems found" would read like success in a CI log.
  if (format === 'json') out(JSON.stringify(toJson(results), null, 2));
  else if (format === 'sarif') out(JSON.stringify(toSarif(results, PACKAGE_VERSION), null, 2));
  else if (format === 'gitlab') out(JSON.stringify(toGitlab(results), null, 2));
  else if (format === 'github') {
    // Workflow commands only: no summary, and no line at all without findings.
    const annotations = formatGithub(results);
    if (annotations) out(annotations);
  } else if (results.length > 0) out(formatText(results));
  if (unreadable) return 2;
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    err(`${PRODUCT}: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}`);
    return 1;
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function runTxt(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): number {
  if (parsed.paths.length !== 1) throw new UsageError('txt needs exactly one PATH');
  const now = parseNow(parsed.flags);
  const daysRaw = parsed.flags.get('--expires-days');
  const days = daysRaw === undefined ? undefined : Number(daysRaw);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 365)) {
    throw new UsageError(`--expires-days must be a whole number from 1 to 365, not "${daysRaw}"`);
  }
  let file: string;
  let text: string;
  try {
    file = resolvePolicyPath(parsed.paths[0]!);
    text = readPolicyText(file);
  } catch (error) {
    if (!(error instanceof PolicyReadError)) throw error;
    err(`${PRODUCT}: ${error.message}`);
    return 2;
  }
  const explicit = explicitConfig(parsed.flags.get('--config'), err);
  const configured = (explicit ? mergeSettings(defaultSettings(), explicit.settings) : settingsFor(file, err)).securityTxt;
  const given = (flag: string) => parsed.flags.get(flag);
  const result = impliedSecurityTxt(file, text, configured, {
    ...(now ? { now } : {}),
    ...(days !== undefined ? { expiresInDays: days } : {}),
    ...(given('--policy-url') ? { policyUrl: given('--policy-url')! } : {}),
    ...(given('--canonical-url') ? { canonicalUrl: given('--canonical-url')! } : {}),
    ...(given('--csaf-url') ? { csafUrl: given('--csaf-url')! } : {}),
  });
  for (const note of result.notes) err(`${PRODUCT}: note: ${note}`);
  if (result.text === undefined) {
    err(`${PRODUCT}: ${file}: no security.txt: ${result.reason}`);
    return 1;
  }
  out(result.text.replace(/\n$/, ''));
  return 0;
}

async function runInit(parsed: Parsed, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (parsed.paths.length > 1) throw new UsageError('init takes at most one FOLDER');
  const root = path.resolve(parsed.paths[0] ?? '.');
  const flags = {
    githubAdvisories: parsed.flags.has('--github-advisories'),
    dir: parsed.flags.get('--dir') ?? 'root',
    yes: parsed.flags.has('--yes'),
    ...(parsed.flags.has('--email') ? { email: parsed.flags.get('--email')! } : {}),
    ...(parsed.profiles.length > 0 ? { profiles: parsed.profiles } : {}),
  };
  // At a terminal, confirm first unless --yes; in scripts and CI, flags are the answer.
  if (!flags.yes && process.stdin.isTTY) {
    const where = flags.dir === 'root' ? root : path.join(root, flags.dir);
    const readline = await import('node:readline/promises');
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(`Write ${path.join(where, 'SECURITY.md')}? [y/N] `);
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      err(`${PRODUCT}: nothing written`);
      return 1;
    }
  }
  try {
    const { file, configWritten, configLacking } = initPolicy(root, flags);
    const shown = path.relative(process.cwd(), file);
    const needs = policyNeeds(parsed.profiles);
    const check = ['the supported versions', ...(needs.supportPeriod ? ['the support period'] : []), ...(needs.scope ? ['the scope'] : [])];
    const listed = check.length > 1 ? `${check.slice(0, -1).join(', ')} and ${check.at(-1)}` : check[0];
    // Until a config file names the profiles, lint needs them on its command line.
    const profileFlags = configLacking ? parsed.profiles.map((p) => ` --profile ${p}`).join('') : '';
    out(`Wrote ${file}. Check ${listed}, then lint it: ${PRODUCT} lint${profileFlags} ${shown && !shown.startsWith('..') ? shown : file}`);
    const list = `"profiles": [${parsed.profiles.map((p) => JSON.stringify(p)).join(', ')}]`;
    if (configWritten) out(`Wrote ${configWritten} with ${list}, so that lint, check and the editor apply them.`);
    if (configLacking)
      out(`Add ${list} to ${configLacking} so that lint, check and the editor apply them (${PRODUCT} init leaves it as it is).`);
    return 0;
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    err(`${PRODUCT}: ${error.message}`);
    return 2;
  }
}

export async function main(argv: string[], out = (s: string) => console.log(s), err = (s: string) => console.error(s)): Promise<number> {
  try {
    if (argv.length === 0) {
      err(USAGE);
      return 2;
    }
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      out(USAGE);
      return 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      out(PACKAGE_VERSION);
      return 0;
    }
    const parsed = parseArgs(argv);
    if (parsed.command === 'lint') return await runLint(parsed, out, err);
    if (parsed.command === 'txt') return runTxt(parsed, out, err);
    if (parsed.command === 'init') return await runInit(parsed, out, err);
    if (parsed.command === 'check') {
      const format = parsed.flags.get('--format') ?? 'text';
      if (!CHECK_FORMATS.includes(format)) throw new UsageError(`check: --format must be text, json or markdown, not "${format}"`);
      if (parsed.paths.length > 1) throw new UsageError('check takes at most one PATH');
      const config = explicitConfig(parsed.flags.get('--config'), err);
      const now = parseNow(parsed.flags);
      return runCheck(
        { path: parsed.paths[0] ?? '.', profiles: parsed.profiles, format, ...(config ? { config } : {}), ...(now ? { now } : {}) },
        out,
        err,
      );
    }
    throw new UsageError(`unknown command "${parsed.command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${PRODUCT}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (isLintWorker()) serveLintJobs();
else
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
