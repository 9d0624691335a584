// The security.txt a policy file implies, with the URLs from the command line, else from the
// settings (.securitymd.json), and the repository from .git/config. Shared by `txt` and the Action.

import * as path from 'node:path';
import { parsePolicy, generateSecurityTxt } from '../core/index';
import { findRepository } from '../node/repository';
import type { Settings } from '../../../shared/settings';

export interface ImpliedOptions {
  now?: Date;
  expiresInDays?: number;
  policyUrl?: string;
  canonicalUrl?: string;
  csafUrl?: string;
}

export function impliedSecurityTxt(file: string, text: string, configured: Settings['securityTxt'], given: ImpliedOptions = {}) {
  const repository = findRepository(path.dirname(path.resolve(file)));
  const policyUrl = given.policyUrl ?? configured.policyUrl;
  const canonicalUrl = given.canonicalUrl ?? configured.canonicalUrl;
  const csafUrl = given.csafUrl ?? configured.csafUrl;
  return generateSecurityTxt(parsePolicy(text), {
    ...(given.now ? { now: given.now } : {}),
    ...(given.expiresInDays !== undefined ? { expiresInDays: given.expiresInDays } : {}),
    ...(policyUrl ? { policyUrl } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(csafUrl ? { csafUrl } : {}),
    ...(repository ? { repository } : {}),
    sourceName: path.basename(file),
  });
}
