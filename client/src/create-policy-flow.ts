// The questions of "SECURITY.md: Create security policy", with the UI and the language server
// injected so that the flow can be tested without VS Code. Every step has a default; cancelling
// any step gives undefined. What needs the linter's knowledge (is this address real, which
// versions do the tags suggest, the policy itself) is asked of the server, so that the client
// bundles none of the core.

import type { CheckEmailResult } from '../../shared/protocol';
import type { PolicyAnswers, VersionRow } from '../../shared/policy-answers';

export interface PickItem<T> {
  label: string;
  description?: string;
  value: T;
  picked?: boolean;
}

export interface FlowUi {
  /** One choice; undefined when cancelled. The first item is the default. */
  pick<T>(title: string, items: PickItem<T>[]): Promise<T | undefined>;
  /** Several choices; undefined when cancelled. */
  pickMany<T>(title: string, items: PickItem<T>[]): Promise<T[] | undefined>;
  /** Free text checked by `validate` (a message, or undefined when fine); undefined when cancelled. */
  input(
    title: string,
    options: { value?: string; placeHolder?: string; validate(value: string): string | undefined | Promise<string | undefined> },
  ): Promise<string | undefined>;
}

/**
 * The questions the flow and the command ask the language server. A failure rejects with an Error
 * whose message completes a sentence: "No policy was written: <message>."
 */
export interface PolicyServer {
  checkEmail(address: string): Promise<CheckEmailResult>;
  /** Rows for the supported-versions table, or undefined when no tag is a version. */
  versionsFromTags(tags: string[]): Promise<VersionRow[] | undefined>;
  /** The SECURITY.md the answers make. */
  createPolicy(answers: PolicyAnswers): Promise<string>;
}

export interface FlowContext {
  /** GitHub owner/name from the folder's .git/config, when known. */
  repository?: string;
  /** The repository's tags, for the supported-versions table. */
  tags: string[];
}

export type CreateAnswers = PolicyAnswers & { dir: 'root' | '.github' | 'docs' };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function validateEmail(value: string, server: Pick<PolicyServer, 'checkEmail'>): Promise<string | undefined> {
  const address = value.trim();
  if (address === '') return 'Type the address that receives security reports.';
  let check: CheckEmailResult;
  try {
    check = await server.checkEmail(address);
  } catch (error) {
    return `The address cannot be checked: ${reason(error)}.`;
  }
  if (check.problem) return `This address cannot receive mail: ${check.problem}.`;
  if (check.placeholder) return 'This is a placeholder address; type a real one.';
  return undefined;
}

export function validateKeyUrl(value: string): string | undefined {
  return /^https:\/\/\S+$/.test(value.trim()) ? undefined : 'Type an https:// address of your PGP key.';
}

/** The answers, or undefined when a question was cancelled; rejects when the server fails (see PolicyServer). */
export async function askPolicyAnswers(ui: FlowUi, context: FlowContext, server: PolicyServer): Promise<CreateAnswers | undefined> {
  const dir = await ui.pick('Where should the policy go?', [
    { label: 'SECURITY.md', description: 'the repository root', value: 'root' as const },
    { label: '.github/SECURITY.md', description: 'with the other community files', value: '.github' as const },
    { label: 'docs/SECURITY.md', description: 'with the documentation', value: 'docs' as const },
  ]);
  if (!dir) return undefined;

  type How = 'github' | 'email' | 'both';
  const hows: PickItem<How>[] = context.repository
    ? [
        { label: 'GitHub private vulnerability reporting', description: context.repository, value: 'github' },
        { label: 'GitHub private vulnerability reporting and e-mail', value: 'both' },
        { label: 'E-mail', value: 'email' },
      ]
    : [{ label: 'E-mail', description: 'no GitHub repository found in .git/config', value: 'email' }];
  const how = await ui.pick('How should people report a vulnerability?', hows);
  if (!how) return undefined;
  let email: string | undefined;
  if (how !== 'github') {
    email = await ui.input('The address that receives security reports', {
      placeHolder: 'security@your-project.org',
      validate: (value) => validateEmail(value, server),
    });
    if (email === undefined) return undefined;
    email = email.trim();
  }

  const fromTags = context.tags.length > 0 ? await server.versionsFromTags(context.tags) : undefined;
  const versions = await ui.pick('Which versions receive security fixes?', [
    ...(fromTags
      ? [
          {
            label: fromTags.map((v) => `${v.version} ${v.supported ? 'yes' : 'no'}`).join(', '),
            description: 'from the repository tags',
            value: fromTags,
          },
        ]
      : []),
    { label: 'The latest release only', value: [{ version: 'Latest release', supported: true }] },
  ]);
  if (!versions) return undefined;

  const acknowledgeWithin = await ui.pick('How soon do you acknowledge a report?', [
    { label: '3 business days', description: 'OpenSSF and CISA guidance', value: '3 business days' },
    { label: '48 hours', value: '48 hours' },
    { label: '7 days', value: '7 days' },
  ]);
  if (!acknowledgeWithin) return undefined;
  const disclosureDays = await ui.pick('When is a vulnerability disclosed at the latest?', [
    { label: '90 days after the report', description: 'the common practice', value: 90 },
    { label: '60 days', value: 60 },
    { label: '45 days', description: 'CERT/CC', value: 45 },
  ]);
  if (!disclosureDays) return undefined;

  const extras = await ui.pickMany('Optional sections', [
    { label: 'Scope', value: 'scope' as const },
    { label: 'Safe harbor', value: 'safeHarbor' as const },
    { label: 'Encryption (PGP key)', value: 'encryption' as const },
  ]);
  if (!extras) return undefined;
  let encryptionKeyUrl: string | undefined;
  if (extras.includes('encryption')) {
    encryptionKeyUrl = await ui.input('The https address of your PGP key', {
      placeHolder: 'https://your-project.org/pgp-key.asc',
      validate: validateKeyUrl,
    });
    if (encryptionKeyUrl === undefined) return undefined;
    encryptionKeyUrl = encryptionKeyUrl.trim();
  }
  return {
    dir,
    ...(context.repository ? { repository: context.repository } : {}),
    githubAdvisories: how !== 'email',
    ...(email ? { email } : {}),
    versions,
    acknowledgeWithin,
    disclosureDays,
    scope: extras.includes('scope'),
    safeHarbor: extras.includes('safeHarbor'),
    ...(encryptionKeyUrl ? { encryptionKeyUrl } : {}),
  };
}

/** Memory of the "no security policy" notification. */
export interface OfferState {
  /** Dismissed for this workspace. */
  dismissedHere: boolean;
  /** "Don't ask again", for every workspace. */
  neverAgain: boolean;
}

export function shouldOfferCreate(state: OfferState, folder: { isGitRepository: boolean; hasPolicy: boolean }): boolean {
  return folder.isGitRepository && !folder.hasPolicy && !state.dismissedHere && !state.neverAgain;
}
