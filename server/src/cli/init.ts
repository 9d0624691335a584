// security-md init: writes a complete SECURITY.md for a repository that has none, meeting the
// compliance profiles asked for, and a .securitymd.json that turns them on when there is none.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPolicy, emailProblem, findPolicyIn, isPlaceholderEmail, policyNeeds, versionsFromTags, PRODUCT } from '../core/index';
import { findRepository } from '../node/repository';
import { readGitTags } from '../node/git-tags';
import { diskProbe, targetInFolder } from '../node/folder-target';
import { CONFIG_FILE, findConfigFile, readConfigFile } from '../node/config-file';
import { profilesConfigText } from '../../../shared/policy-answers';

export interface InitFlags {
  email?: string;
  githubAdvisories: boolean;
  dir: string;
  yes: boolean;
  /** Compliance profiles the policy must meet (known ids). */
  profiles?: string[];
}

export interface InitResult {
  /** The policy written. */
  file: string;
  /** The .securitymd.json written with the profiles, when there was none. */
  configWritten?: string;
  /** The .securitymd.json that applies to the policy and lacks some of the profiles; left as it is. */
  configLacking?: string;
}

export class InitError extends Error {}

/**
 * The profiles in a .securitymd.json: written at the root when no config file applies to the
 * policy, never over one (an existing file is left alone and named, so that the user adds them).
 */
function configureProfiles(root: string, policy: string, profiles: readonly string[]): Omit<InitResult, 'file'> {
  const existing = findConfigFile(path.dirname(policy));
  if (existing) {
    const configured = readConfigFile(existing).settings.profiles ?? [];
    return profiles.every((p) => configured.includes(p)) ? {} : { configLacking: existing };
  }
  const file = path.join(root, CONFIG_FILE);
  try {
    // 'wx': never over a file (or a link) that appeared meanwhile.
    fs.writeFileSync(file, profilesConfigText(profiles), { flag: 'wx' });
    return { configWritten: file };
  } catch {
    return { configLacking: file };
  }
}

/** Writes the policy (and the profiles' config, see configureProfiles). Refuses to overwrite any policy GitHub would find. */
export function initPolicy(root: string, flags: InitFlags): InitResult {
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
  const profiles = flags.profiles ?? [];
  const secure = profiles.filter((id) => policyNeeds([id]).secureChannel);
  if (secure.length > 0 && !flags.githubAdvisories)
    throw new InitError(
      `${secure.map((id) => `--profile ${id}`).join(' and ')} ${secure.length > 1 ? 'ask' : 'asks'} for a secure way to send a report: add --github-advisories (GitHub private vulnerability reporting is private and encrypted)`,
    );
  const versions = versionsFromTags(readGitTags(root));
  let text: string;
  try {
    text = createPolicy({
      ...(repository ? { repository } : {}),
      githubAdvisories: flags.githubAdvisories,
      ...(flags.email ? { email: flags.email } : {}),
      ...(versions ? { versions } : {}),
      ...(profiles.length > 0 ? { profiles } : {}),
    });
  } catch (error) {
    // A chosen profile the answers cannot meet (a personal address as the only contact, say).
    throw new InitError(error instanceof Error ? error.message : String(error));
  }
  const folder = flags.dir === 'root' ? root : path.join(root, flags.dir);
  const checked = targetInFolder(root, flags.dir === 'root' ? ['SECURITY.md'] : [flags.dir, 'SECURITY.md'], diskProbe());
  if ('error' in checked) throw new InitError(checked.error);
  const file = checked.target;
  fs.mkdirSync(folder, { recursive: true });
  // 'wx': fail rather than overwrite, should a policy appear meanwhile.
  fs.writeFileSync(file, text, { flag: 'wx' });
  return { file, ...(profiles.length > 0 ? configureProfiles(root, file, profiles) : {}) };
}
