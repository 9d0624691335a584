// The requests behind "Create security policy": the client asks them, so that it carries neither
// the address checks (and the Public Suffix List under them) nor the templates.

import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { createPolicy, versionsFromTags, policyNeeds, PROFILES, emailProblem, isPlaceholderEmail } from '../core/index';
import type {
  CheckEmailParams,
  CheckEmailResult,
  CreatePolicyParams,
  CreatePolicyResult,
  ProfileSummary,
  VersionsFromTagsParams,
  VersionsFromTagsResult,
} from '../../../shared/protocol';

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkEmail(params: CheckEmailParams): CheckEmailResult {
  if (!isObject(params) || typeof params.address !== 'string') throw invalid('securityMd/checkEmail needs an address (a string)');
  const problem = emailProblem(params.address);
  return { ...(problem ? { problem } : {}), placeholder: isPlaceholderEmail(params.address) };
}

export function tagVersions(params: VersionsFromTagsParams): VersionsFromTagsResult {
  if (!isObject(params) || !Array.isArray(params.tags) || !params.tags.every((t) => typeof t === 'string'))
    throw invalid('securityMd/versionsFromTags needs tags (an array of strings)');
  const versions = versionsFromTags(params.tags);
  return versions ? { versions } : {};
}

/** The compliance profiles, with what each asks of a written policy. */
export function profileList(): ProfileSummary[] {
  return PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary, needs: policyNeeds([p.id]) }));
}

/** What each answer must be when it is given. */
const ANSWER_TYPES: Record<keyof CreatePolicyParams, 'string' | 'boolean' | 'number' | 'versions' | 'strings'> = {
  repository: 'string',
  githubAdvisories: 'boolean',
  email: 'string',
  versions: 'versions',
  acknowledgeWithin: 'string',
  disclosureDays: 'number',
  scope: 'boolean',
  safeHarbor: 'boolean',
  encryptionKeyUrl: 'string',
  profiles: 'strings',
};

const DESCRIBED = { versions: 'an array of { version, supported }', strings: 'an array of strings' } as Record<string, string>;

function isVersions(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => isObject(v) && typeof v.version === 'string' && typeof v.supported === 'boolean');
}

export function policyText(params: CreatePolicyParams): CreatePolicyResult {
  if (!isObject(params)) throw invalid('securityMd/createPolicy needs the answers (an object)');
  for (const [key, type] of Object.entries(ANSWER_TYPES)) {
    const value = (params as unknown as Record<string, unknown>)[key];
    if (value === undefined && key !== 'githubAdvisories') continue;
    const ok =
      type === 'versions'
        ? isVersions(value)
        : type === 'strings'
          ? Array.isArray(value) && value.every((v) => typeof v === 'string')
          : type === 'number'
            ? Number.isFinite(value)
            : typeof value === type;
    if (!ok) throw invalid(`securityMd/createPolicy: ${key} must be ${DESCRIBED[type] ?? `a ${type}`}`);
  }
  try {
    return { text: createPolicy(params) };
  } catch (error) {
    // The answers give no way to report (neither GitHub with a repository nor an address), name
    // an unknown profile, or cannot meet a chosen one.
    throw invalid(error instanceof Error ? error.message : String(error));
  }
}
