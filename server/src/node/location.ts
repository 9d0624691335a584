// Where a policy file lives: its repository (for links in fixes) and its folder.

import * as path from 'node:path';
import { findRepository } from './repository';

export interface PolicyLocation {
  repository?: string;
  /** '.github', 'docs' or '' (the root), which decides relative links. */
  policyDir: string;
}

export function policyLocation(file: string): PolicyLocation {
  const dir = path.dirname(path.resolve(file));
  const repository = findRepository(dir);
  const folder = path.basename(dir).toLowerCase();
  return { ...(repository ? { repository } : {}), policyDir: folder === '.github' || folder === 'docs' ? folder : '' };
}
