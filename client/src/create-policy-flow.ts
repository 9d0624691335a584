// The questions of "SECURITY.md: Create security policy", with the UI and the language server
// injected so that the flow can be tested without VS Code. Every step has a default; cancelling
// any step gives undefined. What needs the linter's knowledge (is this address real, which
// versions do the tags suggest, the policy itself) is asked of the server, so that the client
// bundles none of the core.

import type { CheckEmailResult, ProfileSummary } from '../../shared/protocol';
import { profilesConfigText, type PolicyAnswers, type PolicyNeeds, type VersionRow } from '../../shared/policy-answers';

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
  /** The compliance profiles, with what each asks of a written policy. */
  profiles(): Promise<ProfileSummary[]>;
}

export interface FlowContext {
  /** GitHub owner/name from the folder's .git/config, when known. */
  repository?: string;
  /** The repository's tags, for the supported-versions table. */
  tags: string[];
  /** The compliance profiles to offer; without them the question is not asked. */
  profiles?: ProfileSummary[];
  /** The profiles picked at first: those of the securityMd.profiles setting. */
  chosenProfiles?: string[];
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

/** The acknowledgement times offered, with the days the linter counts for each. */
const ACKNOWLEDGE_CHOICES = [
  { label: '3 business days', description: 'OpenSSF and CISA guidance', value: '3 business days', days: 3 },
  { label: '48 hours', value: '48 hours', days: 2 },
  { label: '7 days', value: '7 days', days: 7 },
];

/** What the chosen profiles together ask of the policy. */
function neededBy(chosen: readonly ProfileSummary[]): PolicyNeeds {
  const any = (need: Exclude<keyof PolicyNeeds, 'maxAcknowledgeDays'>) => chosen.some((p) => p.needs[need]);
  const limits = chosen.map((p) => p.needs.maxAcknowledgeDays).filter((d): d is number => d !== undefined);
  return {
    scope: any('scope'),
    testRestrictions: any('testRestrictions'),
    safeHarbor: any('safeHarbor'),
    supportPeriod: any('supportPeriod'),
    secureChannel: any('secureChannel'),
    ...(limits.length > 0 ? { maxAcknowledgeDays: Math.min(...limits) } : {}),
  };
}

/** "required by CRA and BOD 20-01", or undefined when no chosen profile needs it. */
function requiredBy(chosen: readonly ProfileSummary[], needs: (n: PolicyNeeds) => boolean): string | undefined {
  const names = chosen.filter((p) => needs(p.needs)).map((p) => p.short);
  return names.length > 0 ? `required by ${names.join(' and ')}` : undefined;
}

/** The answers, or undefined when a question was cancelled; rejects when the server fails (see PolicyServer). */
export async function askPolicyAnswers(ui: FlowUi, context: FlowContext, server: PolicyServer): Promise<CreateAnswers | undefined> {
  const dir = await ui.pick('Where should the policy go?', [
    { label: 'SECURITY.md', description: 'the repository root', value: 'root' as const },
    { label: '.github/SECURITY.md', description: 'with the other community files', value: '.github' as const },
    { label: 'docs/SECURITY.md', description: 'with the documentation', value: 'docs' as const },
  ]);
  if (!dir) return undefined;

  // The profiles come first: they decide which answers the later questions offer.
  let chosen: ProfileSummary[] = [];
  if (context.profiles?.length) {
    const picked = await ui.pickMany(
      'Compliance profiles (optional)',
      context.profiles.map((p) => ({
        label: p.title,
        description: p.id,
        value: p,
        picked: context.chosenProfiles?.includes(p.id) ?? false,
      })),
    );
    if (!picked) return undefined;
    chosen = picked;
  }
  const needs = neededBy(chosen);

  type How = 'github' | 'email' | 'both';
  const hows: PickItem<How>[] = context.repository
    ? [
        { label: 'GitHub private vulnerability reporting', description: context.repository, value: 'github' },
        { label: 'GitHub private vulnerability reporting and e-mail', value: 'both' },
        { label: 'E-mail', value: 'email' },
      ]
    : [{ label: 'E-mail', description: 'no GitHub repository found in .git/config', value: 'email' }];
  // E-mail alone is secure only with a PGP key, which is then asked for.
  const keyNeeded = requiredBy(chosen, (n) => n.secureChannel);
  const byEmail = hows.find((h) => h.value === 'email')!;
  if (keyNeeded) byEmail.description = `${byEmail.description ? `${byEmail.description}; ` : ''}a PGP key is then ${keyNeeded}`;
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

  // Only the times the strictest chosen profile allows (all of them when none would be left).
  const inTime = ACKNOWLEDGE_CHOICES.filter((c) => c.days <= (needs.maxAcknowledgeDays ?? Infinity));
  const acknowledgeWithin = await ui.pick(
    'How soon do you acknowledge a report?',
    (inTime.length > 0 ? inTime : ACKNOWLEDGE_CHOICES).map(({ days: _, ...item }) => item),
  );
  if (!acknowledgeWithin) return undefined;
  const disclosureDays = await ui.pick('When is a vulnerability disclosed at the latest?', [
    { label: '90 days after the report', description: 'the common practice', value: 90 },
    { label: '60 days', value: 60 },
    { label: '45 days', description: 'CERT/CC', value: 45 },
  ]);
  if (!disclosureDays) return undefined;

  // A section a chosen profile needs is picked and says so; the policy gets it either way.
  const section = <T>(label: string, value: T, required: string | undefined): PickItem<T> =>
    required ? { label, description: required, value, picked: true } : { label, value };
  const mustEncrypt = keyNeeded !== undefined && how === 'email';
  const extras = await ui.pickMany('Optional sections', [
    section(
      'Scope',
      'scope' as const,
      requiredBy(chosen, (n) => n.scope || n.testRestrictions),
    ),
    section(
      'Safe harbor',
      'safeHarbor' as const,
      requiredBy(chosen, (n) => n.safeHarbor),
    ),
    section('Encryption (PGP key)', 'encryption' as const, mustEncrypt ? `${keyNeeded} for e-mail reports` : undefined),
  ]);
  if (!extras) return undefined;
  let encryptionKeyUrl: string | undefined;
  if (extras.includes('encryption') || mustEncrypt) {
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
    ...(chosen.length > 0 ? { profiles: chosen.map((p) => p.id) } : {}),
  };
}

/**
 * What to do about .securitymd.json once a policy with profiles is written: write a new one when
 * none applies (`existing` undefined), else say what to add to the one there, or nothing when it
 * names them all. An existing file is never changed. The note is a sentence without its full stop.
 */
export function profilesConfigStep(
  profiles: readonly string[],
  existing: { name: string; text: string } | undefined,
): { write: string } | { note: string } | undefined {
  if (profiles.length === 0) return undefined;
  if (!existing) return { write: profilesConfigText(profiles) };
  let configured: unknown;
  try {
    configured = (JSON.parse(existing.text) as { profiles?: unknown }).profiles;
  } catch {
    configured = undefined;
  }
  if (Array.isArray(configured) && profiles.every((p) => configured.includes(p))) return undefined;
  const list = profiles.map((p) => JSON.stringify(p)).join(', ');
  return { note: `Add "profiles": [${list}] to ${existing.name} so that the linter applies them everywhere` };
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
