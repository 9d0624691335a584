// security-md init: writes a complete SECURITY.md for a repository that has none.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPolicy, findPolicyIn, versionsFromTags, PRODUCT } from '../core/index';
import { emailProblem, isPlaceholderEmail } from '../core/lexicon/emails';
import { findRepository } from '../node/repository';
import { readGitTags } from '../node/git-tags';
import { diskProbe, targetInFolder } from '../node/folder-target';

export interface InitFlags {
  email?: string;
  githubAdvisories: boolean;
  dir: string;
  yes: boolean;
}

export class InitError extends Error {}

/** Writes the policy; returns its path. Refuses to overwrite any policy GitHub would find. */
export function initPolicy(root: string, flags: InitFlags): string {
  if (!['root', '.github', 'docs'].includes(flags.dir)) throw new InitError(`--dir must be root, .github or docs, not "${flags.dir}"`);
  const existing = findPolicyIn((dir) => fs.readdirSync(path.join(root, dir)));
  if (existing)
    throw new InitError(
      `${path.join(root, existing)} exists already; ${PRODUCT} init never overwrites a policy (lint it with "${PRODUCT} lint ${root}")`,
    );
  const repository = findRepository(root);
  if (flags.githubAdvisories && !repository) {
    throw new InitError('--github-advisories needs a GitHub origin remote in .git/config (none found); give --email instead or as well');
  }
  if (flags.email) {
    const problem = emailProblem(flags.email) ?? (isPlaceholderEmail(flags.email) ? 'it is a placeholder, not a real address' : undefined);
    if (problem) throw new InitError(`--email ${flags.email}: ${problem}`);
  }
  if (!flags.githubAdvisories && !flags.email) {
    throw new InitError(
      `say how to report: --email ADDR and/or --github-advisories${repository ? ` (the repository is ${repository})` : ''}`,
    );
  }
  const versions = versionsFromTags(readGitTags(root));
  const text = createPolicy({
    ...(repository ? { repository } : {}),
    githubAdvisories: flags.githubAdvisories,
    ...(flags.email ? { email: flags.email } : {}),
    ...(versions ? { versions } : {}),
  });
  const folder = flags.dir === 'root' ? root : path.join(root, flags.dir);
  const checked = targetInFolder(root, flags.dir === 'root' ? ['SECURITY.md'] : [flags.dir, 'SECURITY.md'], diskProbe());
  if ('error' in checked) throw new InitError(checked.error);
  const file = checked.target;
  fs.mkdirSync(folder, { recursive: true });
  // 'wx': fail rather than overwrite, should a policy appear meanwhile.
  fs.writeFileSync(file, text, { flag: 'wx' });
  return file;
}
