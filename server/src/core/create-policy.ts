// A complete SECURITY.md from a few answers, written from the same section templates as the
// snippets and quick fixes. Every combination of answers lints clean (a test checks it), and with
// compliance profiles chosen it meets every requirement of each (or createPolicy says why not).

import type { PolicyAnswers, PolicyNeeds, VersionRow } from '../../../shared/policy-answers';
import { SECTION_TEMPLATES } from './templates';
import { profileById, ruleParameters } from './profiles/index';
import { checkCompliance } from './compliance';
import { parsePolicy } from './parse';
import { DEFAULT_MAX_DAYS } from './rules/slow-acknowledgement';

export type { PolicyAnswers, PolicyNeeds };

/** Fills tab stops: ${n:default} and ${n|a,b|} take values[n], else their default or first choice. */
function fill(body: readonly string[], values: Record<number, string> = {}): string[] {
  return body.map((line) =>
    line
      .replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n: string, first: string) => values[Number(n)] ?? first)
      .replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, fallback: string) => values[Number(n)] ?? fallback)
      .replace(/\$\d+/g, ''),
  );
}

function template(id: string): readonly string[] {
  return SECTION_TEMPLATES.find((t) => t.id === id)!.body;
}

/** Newest major line supported, older ones not: "2.x" and "< 2.0" from tags such as v2.3.1. */
export function versionsFromTags(tags: readonly string[]): VersionRow[] | undefined {
  const versions = tags
    .map((t) => /^v?(\d{1,6})\.(\d{1,6})(?:\.\d{1,6})?$/.exec(t.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  const newest = versions[0];
  if (!newest) return undefined;
  const [major, minor] = newest;
  if (major > 0)
    return [
      { version: `${major}.x`, supported: true },
      ...(versions.some((v) => v[0] < major) ? [{ version: `< ${major}.0`, supported: false }] : []),
    ];
  return [
    { version: `0.${minor}.x`, supported: true },
    ...(versions.some((v) => v[1] < minor) ? [{ version: `< 0.${minor}`, supported: false }] : []),
  ];
}

/**
 * What the chosen profiles ask of a policy beyond the default one, read from the rules their
 * requirements name. Throws on an unknown profile id.
 */
export function policyNeeds(profiles: readonly string[]): PolicyNeeds {
  const rules = new Set<string>();
  for (const id of profiles) {
    const profile = profileById(id);
    if (!profile) throw new Error(`unknown profile "${id}"`);
    for (const requirement of profile.requirements) for (const rule of requirement.rules) rules.add(rule);
  }
  const needs: PolicyNeeds = {
    scope: rules.has('missing-scope'),
    testRestrictions: rules.has('missing-test-restrictions'),
    safeHarbor: rules.has('missing-safe-harbor'),
    supportPeriod: rules.has('missing-support-period'),
    secureChannel: rules.has('missing-secure-channel'),
  };
  if (rules.has('slow-acknowledgement'))
    needs.maxAcknowledgeDays = ruleParameters('slow-acknowledgement', profiles).maxAcknowledgeDays ?? DEFAULT_MAX_DAYS;
  return needs;
}

/** Throws when `text` misses a requirement of one of the profiles: the first problem, with the profile's title. */
function assertCompliant(text: string, profiles: readonly string[], repository: string | undefined): void {
  const model = parsePolicy(text);
  for (const id of profiles) {
    const report = checkCompliance(model, id, repository ? { repository } : {});
    const problem = report.requirements.find((r) => !r.met)?.problems[0];
    if (problem) throw new Error(`The policy would not meet ${report.title}: ${problem.message.replace(/\.$/, '')}`);
  }
}

export function createPolicy(answers: PolicyAnswers): string {
  const github = answers.githubAdvisories && answers.repository ? answers.repository : undefined;
  if (!github && !answers.email)
    throw new Error('A policy needs a way to report: GitHub private vulnerability reporting or an e-mail address.');
  const profiles = answers.profiles ?? [];
  const needs = policyNeeds(profiles);
  if (needs.secureChannel && !github && !answers.encryptionKeyUrl) {
    const which = profiles.filter((id) => policyNeeds([id]).secureChannel).map((id) => profileById(id)!.title);
    throw new Error(
      `${which.join(' and ')} ${which.length > 1 ? 'ask' : 'asks'} for a secure way to send a report: GitHub private vulnerability reporting or a PGP key for encrypted e-mail.`,
    );
  }
  const out: string[] = ['# Security Policy', ''];

  const versions = answers.versions?.length ? answers.versions : [{ version: 'Latest release', supported: true }];
  const table = fill(template('supported-versions')).slice(0, 4);
  const width = Math.max(7, ...versions.map((v) => v.version.length));
  out.push(
    table[0]!,
    '',
    `| ${'Version'.padEnd(width)} | Supported          |`,
    `| ${'-'.repeat(width)} | ------------------ |`,
    // A "|" in a label would end the cell.
    ...versions.map(
      (v) => `| ${v.version.replace(/\|/g, '\\|').padEnd(width)} | ${v.supported ? ':white_check_mark:' : ':x:               '} |`,
    ),
    '',
  );
  if (needs.supportPeriod) out.push(...fill(template('support-period')), '');

  const [owner, repo] = (github ?? 'OWNER/REPO').split('/');
  const reporting = fill(template('reporting'), { 1: owner!, 2: repo!, 3: answers.email ?? '' });
  for (const line of reporting) {
    if (!github && /GitHub private vulnerability reporting|security\/advisories\/new/.test(line)) continue;
    if (!answers.email && line.startsWith('or by e-mail')) continue;
    out.push(!github && line.startsWith('or by e-mail') ? `Report them privately by e-mail to <${answers.email}>.` : line);
  }
  out.push('');

  out.push(...fill(template('response'), answers.acknowledgeWithin ? { 1: answers.acknowledgeWithin } : {}), '');
  out.push(...fill(template('disclosure'), answers.disclosureDays ? { 1: `${answers.disclosureDays} days` } : {}), '');
  if (answers.scope || needs.scope || needs.testRestrictions) out.push(...fill(template('scope')), '');
  if (needs.testRestrictions) out.push(...fill(template('test-restrictions')), '');
  if (answers.safeHarbor || needs.safeHarbor) out.push(...fill(template('safe-harbor')), '');
  if (answers.encryptionKeyUrl)
    out.push(...fill(template('encryption'), { 1: answers.encryptionKeyUrl }).filter((l) => !l.startsWith('Fingerprint')), '');
  const text =
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n';
  // The templates meet every requirement; what the answers put in can still miss one (an
  // acknowledgement slower than a profile allows, a personal address as the only contact).
  if (profiles.length > 0) assertCompliant(text, profiles, answers.repository);
  return text;
}
