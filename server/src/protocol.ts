// Custom LSP methods and settings, declared once for the server, the client and other editors.

import type { RuleSetting } from './core/model';
import type { PolicyAnswers } from './core/create-policy';

/**
 * Node flags the editor starts the server with. A language server lives as long as the editor:
 * a small young generation, an early old-generation limit and V8's memory-saving mode keep its
 * memory flat over thousands of edits (under 80 MB instead of 140 MB; see BENCHMARKS.md).
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=2', '--max-old-space-size=512', '--optimize-for-size'];

/** The error of a lint job in a worker that ran out of time. */
export const TIMED_OUT = 'timed out';

/** Notification from the server after each lint, for the client's status item. */
export const STATUS_NOTIFICATION = 'securityMd/status';

export interface StatusParams {
  uri: string;
  findings: number;
  errors: number;
  /** How long the lint took. */
  ms: number;
}

/** Request: the security.txt that the policy open at `uri` implies. */
export const SECURITY_TXT_REQUEST = 'securityMd/securityTxt';

export interface SecurityTxtParams {
  uri: string;
}

export interface SecurityTxtResult {
  /** The file, absent when none can be made. */
  text?: string;
  /** Why no file can be made. */
  reason?: string;
  notes: string[];
}

/**
 * Request: what "Create security policy" needs to know about an address typed as the reporting
 * e-mail. Both facts are given; the client says the problem first.
 */
export const CHECK_EMAIL_REQUEST = 'securityMd/checkEmail';

export interface CheckEmailParams {
  address: string;
}

export interface CheckEmailResult {
  /** Why no mail reaches the address (its syntax, a top-level domain that does not exist), absent when mail can. */
  problem?: string;
  /** A stand-in such as you@example.com rather than a real address. */
  placeholder: boolean;
}

/** A row of the supported-versions table. */
export interface VersionRow {
  version: string;
  supported: boolean;
}

/** Request: the supported-versions rows a repository's tags suggest (newest major line supported, older ones not). */
export const VERSIONS_FROM_TAGS_REQUEST = 'securityMd/versionsFromTags';

export interface VersionsFromTagsParams {
  tags: string[];
}

export interface VersionsFromTagsResult {
  /** Absent when no tag is a version number. */
  versions?: VersionRow[];
}

/** Request: a complete SECURITY.md from the answers of "Create security policy". */
export const CREATE_POLICY_REQUEST = 'securityMd/createPolicy';

export type CreatePolicyParams = PolicyAnswers;

export interface CreatePolicyResult {
  text: string;
}

/** The `securityMd` settings section, as the client sends it. */
export interface Settings {
  rules: Record<string, RuleSetting>;
  stalePolicyMonths?: number;
  securityTxt: {
    expiresInDays?: number;
    renewDays?: number;
    policyUrl?: string;
    canonicalUrl?: string;
    /** The https URL of the CSAF provider-metadata.json, for the CSAF field. */
    csafUrl?: string;
  };
}
