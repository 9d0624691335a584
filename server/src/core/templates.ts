// The standard sections of a policy, written once. The snippets file is generated from these
// (scripts/build.mjs), and quick fixes insert the same text rendered without tab stops.

export interface SectionTemplate {
  id: string;
  /** Snippet prefix; every one starts with secmd- so it never crowds other Markdown. */
  prefix: string;
  description: string;
  /** Lines in VS Code snippet syntax: ${1:default}, ${2|first,second|}, $0. */
  body: string[];
}

const VERSIONS = [
  '## Supported Versions',
  '',
  '| Version | Supported          |',
  '| ------- | ------------------ |',
  '| ${1:Latest release} | :white_check_mark: |',
  '| ${2:Older releases} | :x:                |',
];

const REPORT_CONTENTS = ['Please include the affected versions, the steps to reproduce and the impact you expect.'];

const REPORTING = [
  '## Reporting a Vulnerability',
  '',
  'Please do not report security vulnerabilities in public issues, discussions or pull requests.',
  '',
  'Report them privately through GitHub private vulnerability reporting:',
  '<https://github.com/${1:OWNER}/${2:REPO}/security/advisories/new>',
  '',
  'or by e-mail to <${3:security@your-project.org}>.',
  '',
  ...REPORT_CONTENTS,
];

const RESPONSE = [
  '## Response Timeline',
  '',
  '- We acknowledge every report within ${1|3 business days,48 hours,7 days|}.',
  '- We send a first assessment within ${2|7 days,14 days,3 business days|}.',
  '- We keep you informed of our progress at least every ${3|14 days,7 days,30 days|}.',
];

const DISCLOSURE = [
  '## Disclosure Policy',
  '',
  'We follow coordinated disclosure. When a fix is released we publish a GitHub security advisory,',
  'request a CVE where one applies, and credit the reporter unless they prefer otherwise. We',
  'disclose no later than ${1|90 days,60 days,45 days|} after the report.',
];

const SCOPE = [
  '## Scope',
  '',
  'In scope: ${1:the code in this repository and the packages released from it}.',
  '',
  'Out of scope: ${2:vulnerabilities in third-party dependencies (please report them upstream)}.',
];

const SAFE_HARBOR = [
  '## Safe Harbor',
  '',
  'We consider security research conducted in good faith and in line with this policy to be',
  'authorized under anti-hacking laws such as the Computer Fraud and Abuse Act, and exempt from the',
  'anti-circumvention provisions of the DMCA. We waive the restrictions of our terms of service that',
  'would interfere with such research, and we will not pursue legal action against you for it.',
];

const TEST_RESTRICTIONS = [
  'Do not test with denial of service, social engineering, phishing, spam or physical attacks, and do not',
  "access, modify or delete other users' data.",
];

const ADVISORY_PUBLICATION = ['Fixed vulnerabilities are published as GitHub security advisories and in the release notes.'];

const SUPPORT_PERIOD = ['Each release receives security fixes for ${1:12 months} after the next one comes out.'];

const ENCRYPTION = [
  '## Encryption',
  '',
  'To encrypt your report, use our PGP key: <${1:https://your-project.org/security.asc}>',
  '',
  'Fingerprint: `${2:0000 0000 0000 0000 0000  0000 0000 0000 0000 0000}`',
];

export const SECTION_TEMPLATES: readonly SectionTemplate[] = [
  {
    id: 'policy',
    prefix: 'secmd-policy',
    description: 'A whole security policy: supported versions, reporting, response timeline, disclosure',
    body: ['# Security Policy', '', ...VERSIONS, '', ...shift(REPORTING, 2), '', ...shift(RESPONSE, 5), '', ...shift(DISCLOSURE, 8), '$0'],
  },
  { id: 'supported-versions', prefix: 'secmd-versions', description: 'Supported Versions section with a version table', body: VERSIONS },
  {
    id: 'reporting',
    prefix: 'secmd-reporting',
    description: 'Reporting a Vulnerability: GitHub private reporting and e-mail',
    body: REPORTING,
  },
  { id: 'response', prefix: 'secmd-response', description: 'Response Timeline with concrete times', body: RESPONSE },
  {
    id: 'disclosure',
    prefix: 'secmd-disclosure',
    description: 'Disclosure Policy: coordinated disclosure with a deadline',
    body: DISCLOSURE,
  },
  { id: 'scope', prefix: 'secmd-scope', description: 'Scope: what is in and out', body: SCOPE },
  { id: 'safe-harbor', prefix: 'secmd-safe-harbor', description: 'Safe Harbor for good-faith research', body: SAFE_HARBOR },
  { id: 'encryption', prefix: 'secmd-pgp', description: 'Encryption: PGP key and fingerprint', body: ENCRYPTION },
  {
    id: 'report-contents',
    prefix: 'secmd-report-contents',
    description: 'Report contents: what a report should include',
    body: REPORT_CONTENTS,
  },
  {
    id: 'test-restrictions',
    prefix: 'secmd-test-restrictions',
    description: 'Test restrictions: the testing methods that are not allowed',
    body: TEST_RESTRICTIONS,
  },
  {
    id: 'advisory-publication',
    prefix: 'secmd-advisories',
    description: 'Advisory publication: where fixed vulnerabilities are published',
    body: ADVISORY_PUBLICATION,
  },
  {
    id: 'support-period',
    prefix: 'secmd-support-period',
    description: 'Support period: how long releases get security fixes',
    body: SUPPORT_PERIOD,
  },
];

/** Renumbers tab stops so that sections can be put together into one snippet. */
function shift(lines: string[], by: number): string[] {
  return lines.map((line) => line.replace(/\$\{(\d+)([:|])/g, (_, n: string, sep: string) => `\${${Number(n) + by}${sep}`));
}

/** The text a snippet inserts when every tab stop keeps its default (first choice). */
export function renderTemplate(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** The snippets file VS Code reads, as an object keyed by snippet name. */
export function snippetsFile(): Record<string, { prefix: string; description: string; body: string[] }> {
  const out: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const t of SECTION_TEMPLATES) out[t.description.split(':')[0]!] = { prefix: t.prefix, description: t.description, body: t.body };
  return out;
}
