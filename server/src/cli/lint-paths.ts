// Linting what the command line (or the GitHub Action) names: files, and folders in repository
// mode. Reads, lints and, with fix, writes; formatting is left to the caller.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  lintSecurityTxt,
  checkSignature,
  isSecurityTxtName,
  lint,
  fixAll,
  securityTxtPlaces,
  PRODUCT,
  defaultSettings,
  lintOptionsFrom,
  type Finding,
  type LintOptions,
} from '../core/index';
import { readPolicy, writePolicy, PolicyReadError } from '../node/read-policy';
import { signingKeysNear, type KeyData } from '../node/signing-keys';
import { policyBeside, readPolicyBeside } from '../node/policy-beside';
import { policiesIn, shadowingPolicy } from '../node/shadowing';
import { LintWorkerHost, TIMED_OUT } from '../node/lint-worker-host';
import { findConfigFile, readConfigFile, mergeSettings } from '../node/config-file';
import { policyLocation } from '../node/location';
import type { Settings } from '../../../shared/settings';
import type { FileResult } from './format';

export interface LintPathsOptions {
  now?: Date;
  fix?: boolean;
  /** Public keys given for signed security.txt files (those beside each file are added). */
  keys?: KeyData[];
  /** Compliance profiles given on the command line (--profile), added to the config file's. */
  profiles?: readonly string[];
  /** A config file to use instead of the nearest .securitymd.json. */
  config?: { path: string; settings: Partial<Settings> };
}

export interface LintPathsResult {
  results: FileResult[];
  /** Some path could not be linted (its message went to err, and is in problems). */
  unreadable: boolean;
  /** Why each path that could not be linted was not. */
  problems: string[];
}

/** One file to lint, and how. */
interface Target {
  file: string;
  securityTxt: boolean;
  /** A policy GitHub never shows, behind this one: repository mode reports only that of it. */
  hiddenBehind?: string;
}

const SHADOWED_POLICY = 'shadowed-policy';
/** Files from this size on are linted in a worker thread, which is stopped if it takes too long. */
const WORKER_THRESHOLD = 64 * 1024;
const LINT_TIMEOUT_MS = 8_000;

function isSecurityTxtPath(file: string): boolean {
  return isSecurityTxtName(path.basename(file)) || /\.txt$/i.test(file);
}

/**
 * What a path means. A file is linted as it is. A folder is a repository: the policy GitHub shows
 * (first of .github/, the root, docs/), every other SECURITY.md there (each only for the
 * shadowed-policy finding), and the security.txt files at the places they are published from.
 */
function targetsOf(arg: string): { targets: Target[]; problem?: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg);
  } catch {
    return { targets: [], problem: `${arg}: no such file or directory` };
  }
  if (!stat.isDirectory()) return { targets: [{ file: arg, securityTxt: isSecurityTxtPath(arg) }] };
  const [shown, ...hidden] = policiesIn(arg);
  const securityTxts = securityTxtPlaces().flatMap((place) => {
    const dir = path.join(arg, ...place);
    try {
      return fs
        .readdirSync(dir)
        .filter((name) => isSecurityTxtName(name))
        .sort()
        .map((name) => ({ file: path.join(dir, name), securityTxt: true }));
    } catch {
      return [];
    }
  });
  const policies = shown
    ? [
        { file: path.join(arg, shown), securityTxt: false },
        ...hidden.map((p) => ({ file: path.join(arg, p), securityTxt: false, hiddenBehind: shown })),
      ]
    : [];
  return {
    targets: [...policies, ...securityTxts],
    ...(shown ? {} : { problem: `${arg}: no SECURITY.md in the folder, its .github/ or its docs/` }),
  };
}

/** Settings for a file: the defaults overlaid with the given or the nearest .securitymd.json, as in the editor. */
export function settingsFor(
  file: string,
  config: LintPathsOptions['config'],
  err: (s: string) => void,
  profiles: readonly string[] = [],
): Settings {
  const base: Settings = { ...defaultSettings(), ...(profiles.length > 0 ? { profiles: [...profiles] } : {}) };
  if (config) return mergeSettings(base, config.settings);
  const found = findConfigFile(path.dirname(path.resolve(file)));
  if (!found) return base;
  const read = readConfigFile(found);
  for (const w of read.warnings) err(`${PRODUCT}: warning: ${w}`);
  return mergeSettings(base, read.settings);
}

/** Lints in-process, or for large files in a worker with a time limit (hostile Markdown). */
async function lintBounded(
  worker: () => LintWorkerHost,
  file: string,
  text: string,
  options: LintOptions,
  txt: boolean,
): Promise<Finding[]> {
  if (text.length < WORKER_THRESHOLD) return (txt ? lintSecurityTxt : lint)(text, options);
  const result = await worker().lint(file, txt ? 'securitytxt' : 'policy', text, options);
  if (result?.error === TIMED_OUT) {
    throw new PolicyReadError(
      `${file}: linting took longer than ${LINT_TIMEOUT_MS / 1000} s (deeply nested or heavily marked-up text) and was stopped; nothing was checked`,
    );
  }
  if (!result || result.error) throw new Error(result?.error ?? 'the lint worker stopped');
  return result.findings;
}

/** Says on stderr what became of a security.txt signature. */
function reportSignature(file: string, signature: NonNullable<LintOptions['signature']>, keysGiven: boolean, err: (s: string) => void) {
  if (signature.verifiedBy) {
    const expiry = signature.keyExpires ? `, key expires ${signature.keyExpires.slice(0, 10)}` : '';
    err(`${PRODUCT}: ${file}: good signature by key ${signature.verifiedBy}${expiry}`);
  } else if (signature.unverifiable) {
    err(`${PRODUCT}: ${file}: signature not verified: ${signature.unverifiable}`);
  } else if (!signature.problem && keysGiven) {
    err(`${PRODUCT}: ${file}: signed by key ${signature.signingKeyIds?.join(', ')}, which is not among the keys given; not verified`);
  }
}

async function lintTarget(
  target: Target,
  options: LintPathsOptions,
  worker: () => LintWorkerHost,
  err: (s: string) => void,
): Promise<FileResult> {
  const { file, securityTxt: txt } = target;
  const read = readPolicy(file);
  // security.txt is linted as written: its rules judge the byte order mark too.
  const text = txt && read.bom ? `\uFEFF${read.text}` : read.text;
  const bom = read.bom && !txt;
  const linter = txt ? lintSecurityTxt : lint;
  const lintOptions: LintOptions = {
    ...lintOptionsFrom(settingsFor(file, options.config, err, options.profiles), policyLocation(file)),
    ...(options.now ? { now: options.now } : {}),
    ...(read.encoding !== 'UTF-8' ? { sourceEncoding: read.encoding } : {}),
  };
  if (txt) {
    const beside = policyBeside(file);
    const policy = beside ? readPolicyBeside(beside) : undefined;
    if (policy) lintOptions.policy = policy;
    const keys = options.keys ?? [];
    const signature = await checkSignature(text, [...keys, ...signingKeysNear(file)]);
    if (signature) {
      lintOptions.signature = signature;
      reportSignature(file, signature, keys.length > 0, err);
    }
  }
  const shadowedBy = txt ? undefined : (target.hiddenBehind ?? shadowingPolicy(file));
  if (shadowedBy) lintOptions.shadowedBy = shadowedBy;
  const result = (findings: Finding[], fixedText = text): FileResult => ({
    file,
    text: fixedText,
    findings,
    securityTxt: txt,
    ...(shadowedBy ? { shadowedBy } : {}),
  });
  if (target.hiddenBehind) {
    // Nobody reads a hidden policy: what matters is that it exists, not what it says.
    return result(lint(text, lintOptions).filter((f) => f.code === SHADOWED_POLICY));
  }
  if (options.fix && !read.utf8) {
    // Writing the decoded text back would replace the bytes that were not UTF-8.
    err(`${PRODUCT}: ${file}: not fixed: the file is not UTF-8, and writing it back would change those bytes`);
    return result(linter(text, lintOptions));
  }
  if (options.fix) {
    const fixed = fixAll(text, lintOptions, undefined, linter);
    if (fixed.text !== text) writePolicy(file, fixed.text, bom);
    if (fixed.applied > 0) err(`${PRODUCT}: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}`);
    return result(fixed.findings, fixed.text);
  }
  return result(await lintBounded(worker, file, text, lintOptions, txt));
}

/** Lints every path (files, and folders in repository mode), each file once. */
export async function lintPaths(paths: string[], options: LintPathsOptions, err: (s: string) => void): Promise<LintPathsResult> {
  let pool: LintWorkerHost | undefined;
  const worker = () => (pool ??= new LintWorkerHost(LINT_TIMEOUT_MS));
  const results: FileResult[] = [];
  const seen = new Set<string>();
  const problems: string[] = [];
  try {
    for (const arg of paths) {
      const { targets, problem } = targetsOf(arg);
      if (problem) {
        err(`${PRODUCT}: ${problem}`);
        problems.push(problem);
      }
      for (const target of targets) {
        const key = path.resolve(target.file);
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          results.push(await lintTarget(target, options, worker, err));
        } catch (error) {
          if (!(error instanceof PolicyReadError)) throw error;
          err(`${PRODUCT}: ${error.message}`);
          problems.push(error.message);
        }
      }
    }
  } finally {
    pool?.dispose();
  }
  return { results, unreadable: problems.length > 0, problems };
}
