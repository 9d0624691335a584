// A complete SECURITY.md from a few answers, written from the same section templates as the
// snippets and quick fixes. Every combination of answers lints clean (a test checks it).

import type { PolicyAnswers, VersionRow } from '../../../shared/policy-answers';
import { SECTION_TEMPLATES } from './templates';

export type { PolicyAnswers };

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

export function createPolicy(answers: PolicyAnswers): string {
  const github = answers.githubAdvisories && answers.repository ? answers.repository : undefined;
  if (!github && !answers.email)
    throw new Error('A policy needs a way to report: GitHub private vulnerability reporting or an e-mail address.');
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
  if (answers.scope) out.push(...fill(template('scope')), '');
  if (answers.safeHarbor) out.push(...fill(template('safe-harbor')), '');
  if (answers.encryptionKeyUrl)
    out.push(...fill(template('encryption'), { 1: answers.encryptionKeyUrl }).filter((l) => !l.startsWith('Fingerprint')), '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
