// Which SECURITY.md GitHub shows when a repository has more than one where it looks, and which
// file a policy is hidden behind (shadowed-policy).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPoliciesIn } from '../core/index';

/** The policies of the repository at `root`, in GitHub's order, relative with forward slashes. */
export function policiesIn(root: string): string[] {
  return findPoliciesIn((dir) => fs.readdirSync(path.join(root, dir)));
}

function samePath(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * For a SECURITY.md in the .github/, root or docs/ folder of a git repository: the path of the
 * policy GitHub shows instead of it (relative to the repository root), or undefined when this
 * file is the one shown or is not in such a place. `root` names the repository root when the
 * caller knows it (a folder given on the command line), else the folder holding .git is used.
 */
export function shadowingPolicy(file: string, root?: string): string | undefined {
  const absolute = path.resolve(file);
  if (!/^security\.md$/i.test(path.basename(absolute))) return undefined;
  const dir = path.dirname(absolute);
  const inSubfolder = /^(?:\.github|docs)$/i.test(path.basename(dir));
  const roots = root
    ? [path.resolve(root)]
    : (inSubfolder ? [path.dirname(dir), dir] : [dir]).filter((r) => fs.existsSync(path.join(r, '.git')));
  const repositoryRoot = roots[0];
  if (repositoryRoot === undefined) return undefined;
  const relative = path.relative(repositoryRoot, dir);
  if (relative !== '' && !(relative === path.basename(dir) && inSubfolder)) return undefined;
  const shown = policiesIn(repositoryRoot)[0];
  return shown !== undefined && !samePath(path.join(repositoryRoot, shown), absolute) ? shown : undefined;
}
