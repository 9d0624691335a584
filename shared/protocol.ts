// The custom LSP methods, declared once as typed messages for the server, the client and other
// editors: the server handles them with connection.onRequest(Type, ...), the client sends them
// with client.sendRequest(Type, ...), and both get the parameter and result types from here.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PolicyAnswers, PolicyNeeds, VersionRow } from './policy-answers';

/** Command any client can run with the document's URI: apply every fix. */
export const FIX_ALL_COMMAND = 'securityMd.applyFixAll';

/** How far a policy meets one compliance profile. */
export interface ProfileScore {
  id: string;
  /** A few characters for the status bar ("CRA"). */
  short: string;
  title: string;
  /** Requirements met, of `total`. */
  met: number;
  total: number;
}

export interface StatusParams {
  uri: string;
  findings: number;
  errors: number;
  /** How long the lint took. */
  ms: number;
  /** The score of each selected compliance profile; absent when none is selected (and for a security.txt). */
  profiles?: ProfileScore[];
}

/** Notification from the server after each lint, for the client's status item. */
export const StatusNotification = new NotificationType<StatusParams>('securityMd/status');

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

/** Request: the security.txt that the policy open at `uri` implies. */
export const SecurityTxtRequest = new RequestType<SecurityTxtParams, SecurityTxtResult, void>('securityMd/securityTxt');

export interface CheckEmailParams {
  address: string;
}

export interface CheckEmailResult {
  /** Why no mail reaches the address (its syntax, a top-level domain that does not exist), absent when mail can. */
  problem?: string;
  /** A stand-in such as you@example.com rather than a real address. */
  placeholder: boolean;
}

/**
 * Request: what "Create security policy" needs to know about an address typed as the reporting
 * e-mail. Both facts are given; the client says the problem first.
 */
export const CheckEmailRequest = new RequestType<CheckEmailParams, CheckEmailResult, void>('securityMd/checkEmail');

export interface VersionsFromTagsParams {
  tags: string[];
}

export interface VersionsFromTagsResult {
  /** Absent when no tag is a version number. */
  versions?: VersionRow[];
}

/** Request: the supported-versions rows a repository's tags suggest (newest major line supported, older ones not). */
export const VersionsFromTagsRequest = new RequestType<VersionsFromTagsParams, VersionsFromTagsResult, void>('securityMd/versionsFromTags');

export type CreatePolicyParams = PolicyAnswers;

export interface CreatePolicyResult {
  text: string;
}

/** Request: a complete SECURITY.md from the answers of "Create security policy". */
export const CreatePolicyRequest = new RequestType<CreatePolicyParams, CreatePolicyResult, void>('securityMd/createPolicy');

/** A compliance profile as a client lists it. */
export interface ProfileSummary {
  id: string;
  title: string;
  /** A few characters for a status item ("CRA"). */
  short: string;
  summary: string;
  /** What a policy written by createPolicy needs beyond the default one to meet the profile. */
  needs: PolicyNeeds;
}

/** A folder on the disk the Node server runs on (the desktop client's workspace folder). */
export interface FolderParams {
  folder: string;
}

export interface RepositoryResult {
  /** GitHub owner/name from the origin remote in .git/config, absent when there is none. */
  repository?: string;
}

/** Request (Node server only): the GitHub repository of the git repository a folder belongs to. */
export const RepositoryRequest = new RequestType<FolderParams, RepositoryResult, void>('securityMd/repository');

export interface GitTagsResult {
  tags: string[];
}

/** Request (Node server only): the tags of the git repository in a folder, read from .git without running git. */
export const GitTagsRequest = new RequestType<FolderParams, GitTagsResult, void>('securityMd/gitTags');

/** The files the client's commands write: the security.txt, or the policy in the root, .github/ or docs/. */
export type WriteTargetParams = FolderParams & ({ file: 'security.txt' } | { file: 'SECURITY.md'; dir: 'root' | '.github' | 'docs' });

/** The path to write and whether something is there already, or why nothing may be written. */
export type WriteTarget = { target: string; exists: boolean } | { error: string };

/**
 * Request (Node server only): where a command may write its file in a folder: <folder>/.well-known/
 * security.txt or <folder>/<dir>/SECURITY.md, never outside the folder, whatever symbolic links
 * lie on the way. Nothing is written.
 */
export const WriteTargetRequest = new RequestType<WriteTargetParams, WriteTarget, void>('securityMd/writeTarget');

export interface ComplianceReportParams {
  uri: string;
}

export interface ComplianceReportResult {
  /**
   * The checklist of every selected profile as Markdown, each requirement linking to its line of
   * the policy (policyLineLink); when no profile is selected or the policy is not open, why not.
   */
  markdown: string;
  /** The selected profiles (settings and .securitymd.json, as for the diagnostics); empty when none is. */
  profiles: ProfileScore[];
}

/** Request: the compliance checklist of the policy open at `uri` against the selected profiles. */
export const ComplianceReportRequest = new RequestType<ComplianceReportParams, ComplianceReportResult, void>('securityMd/complianceReport');

/** A compliance profile, for a picker. */
export type ProfileInfo = Pick<ProfileSummary, 'id' | 'title' | 'short' | 'summary'>;

export interface ProfilesParams {
  /** A policy: what its nearest .securitymd.json selects is reported too. */
  uri?: string;
}

export interface ProfilesResult {
  /** Every profile, in the order of the docs, with what a written policy needs for it. */
  profiles: ProfileSummary[];
  /** The profiles the nearest .securitymd.json of `uri` selects (they apply whatever the settings say). */
  fromConfigFile: string[];
}

/** Request: the compliance profiles there are, and those a policy's .securitymd.json selects. */
export const ProfilesRequest = new RequestType<ProfilesParams, ProfilesResult, void>('securityMd/profiles');

/**
 * The link a compliance report gives to a line of the policy at `uri`: the URI with a `#L<line>`
 * fragment (one-based), parentheses and white space escaped so that it stays one Markdown link
 * destination.
 */
export function policyLineLink(uri: string, line: number): string {
  return `${uri.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}#L${line}`;
}
