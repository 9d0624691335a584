// The repository policy that a security.txt mirrors: SECURITY.md where GitHub looks for it, in
// the repository root above the places a security.txt is published from.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPolicyIn, securityTxtRootDepths } from '../core/index';
import { MAX_POLICY_BYTES } from './read-policy';

export interface PolicyBeside {
  /** Absolute path of the policy. */
  file: string;
  /** Its path relative to the repository root, with forward slashes ("SECURITY.md"). */
  path: string;
}

/**
 * The SECURITY.md of the repository a security.txt belongs to: the first root, from the longest
 * place (public/.well-known/) to the shortest (the root itself), that has one. `within` bounds the
 * search (a workspace folder).
 */
export function policyBeside(securityTxt: string, within?: string): PolicyBeside | undefined {
  const absolute = path.resolve(securityTxt);
  const segments = absolute.split(path.sep);
  for (const depth of securityTxtRootDepths(segments)) {
    const root = segments.slice(0, segments.length - depth).join(path.sep) || path.sep;
    if (within && path.relative(path.resolve(within), root).startsWith('..')) continue;
    const found = findPolicyIn((dir) => fs.readdirSync(path.join(root, dir)));
    if (found) return { file: path.join(root, found), path: found };
  }
  return undefined;
}

/** The policy's text, or undefined when it cannot be read or is too large to be one. */
export function readPolicyBeside(policy: PolicyBeside): { text: string; path: string } | undefined {
  try {
    if (fs.statSync(policy.file).size > MAX_POLICY_BYTES) return undefined;
    return { text: fs.readFileSync(policy.file, 'utf8'), path: policy.path };
  } catch {
    return undefined;
  }
}
