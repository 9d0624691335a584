// Policies for the end-to-end tests: the seed policies of the shared corpus with their
// EXPECTED.tsv when it is there, else invented ones written here with the same kind of table,
// and generated policies of a given size for the latency measurement.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const { VERSIONS_TABLE_HEAD } = createRequire(import.meta.url)('../../cli/fixtures.js');

/**
 * The seeds: [{ name, text, rows }] with rows as in EXPECTED.tsv:
 * { rule, expect: 'fires' | 'silent', line (1-based, 0 = anywhere), evidence }.
 */
export function loadSeeds(seedsDir) {
  if (!existsSync(join(seedsDir, 'EXPECTED.tsv'))) return { source: 'invented', seeds: inventedSeeds() };
  const [, ...lines] = readFileSync(join(seedsDir, 'EXPECTED.tsv'), 'utf8').split('\n');
  const rows = lines
    .filter((l) => l.trim())
    .map((l) => {
      const [file, rule, expect, line, evidence = ''] = l.split('\t');
      return { file, rule, expect, line: Number(line), evidence };
    });
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8'), rows: rows.filter((r) => r.file === name) }));
  return { source: seedsDir, seeds };
}

const row = (rule, expect, line = 0, evidence = '') => ({ rule, expect, line, evidence });

/** Lines 1-6 of a policy that opens with its supported-versions table: the rows come next. */
const VERSIONS_OPENING = ['# Security Policy', '', '## Supported Versions', '', ...VERSIONS_TABLE_HEAD];

/** Five small policies in the manner of the corpus seeds, for a checkout without ../shared. */
export function inventedSeeds() {
  return [
    {
      name: 'inv_000_mojibake.md',
      text: [
        '# Security Policy', // 1
        '',
        '## Supported Versions',
        '',
        '| Version | Supported |', // 5
        '| ------- | --------- |',
        '| 2.x     | ‚úÖ |', // 7
        '| 1.x     | ‚ùå |', // 8
        '',
        '## Reporting a Vulnerability', // 10
        '',
        'Please report vulnerabilities privately by e-mail to security@lanternfish.dev.',
        '',
        '## Response Timeline',
        '', // 15
        'We acknowledge every report within 3 business days.',
        'We aim to ship a fix as quickly as possible.', // 17
        '',
        '## Disclosure Policy',
        '', // 20
        'We publish an advisory once a fix is released, no later than 90 days after the report.',
        '',
      ].join('\n'),
      rows: [
        row('mojibake', 'fires', 7),
        row('mojibake', 'fires', 8),
        row('vague-sla', 'fires', 17),
        row('no-contact', 'silent'),
        row('missing-response-time', 'silent'),
        row('contact', 'fires', 0, 'mailto:security@lanternfish.dev'),
      ],
    },
    {
      name: 'inv_001_vague.md',
      text: [
        '# Security Policy for Driftwood', // 1
        '',
        '## Reporting a Vulnerability',
        '',
        'Please e-mail `driftwood-security@driftwood.io` and do not open a public issue.', // 5
        '',
        'We will acknowledge your report as soon as reasonably possible.', // 7
        '',
        '## Disclosure',
        '', // 10
        'We release fixes as soon as practical and publish an advisory afterwards.', // 11
        '',
      ].join('\n'),
      rows: [
        row('missing-supported-versions', 'fires'),
        row('missing-response-time', 'fires'),
        row('vague-sla', 'fires', 7),
        row('vague-sla', 'fires', 11),
        row('no-contact', 'silent'),
        row('public-issue-reporting', 'silent'),
        row('contact', 'fires', 0, 'mailto:driftwood-security@driftwood.io'),
      ],
    },
    {
      name: 'inv_002_one_vague.md',
      text: [
        ...VERSIONS_OPENING, // 1-6
        '| 3.0.x   | :white_check_mark: |',
        '| < 3.0   | :x:                |',
        '',
        '## Reporting a Vulnerability', // 10
        '',
        'Send the details to security@quillmark.org.',
        '',
        '- We acknowledge receipt within 48 hours.',
        '- We send an assessment within 7 days.', // 15
        '',
        '## Disclosure Policy',
        '',
        'When we receive a security bug report, we will:',
        '', // 20
        '1. Confirm the problem.',
        '2. Release security patches as soon as possible.', // 22
        '3. Publish an advisory.',
        '',
      ].join('\n'),
      rows: [
        row('vague-sla', 'fires', 22),
        row('no-contact', 'silent'),
        row('missing-response-time', 'silent'),
        row('contact', 'fires', 0, 'mailto:security@quillmark.org'),
      ],
    },
    {
      name: 'inv_003_placeholder.md',
      text: [
        ...VERSIONS_OPENING, // 1-6
        '| 1.0.x   | :white_check_mark: |',
        '',
        '## Reporting a Vulnerability',
        '', // 10
        '1. **Do not** open a public issue.',
        '2. Send a description of the vulnerability to [security@example.com]', // 12
        '',
        '## Response Process',
        '', // 15
        'Your report will be acknowledged within 48 hours.',
        '',
        '## Disclosure Policy',
        '',
        'We publish an advisory within 90 days.', // 20
        '',
      ].join('\n'),
      rows: [
        row('placeholder-email', 'fires', 12),
        row('no-contact', 'fires'),
        row('missing-response-time', 'silent'),
        row('vague-sla', 'silent'),
      ],
    },
    {
      name: 'inv_004_stale.md',
      text: [
        ...VERSIONS_OPENING, // 1-6
        '| main    | :white_check_mark: |',
        '',
        '## Reporting a Vulnerability',
        '', // 10
        'Send an e-mail to **[security@harbormaster.dev](mailto:security@harbormaster.dev)**.',
        '',
        '## Response Timeline',
        '',
        'We are committed to responding promptly:', // 15
        '',
        '- **Initial response**: within 48 hours',
        '- **Triage**: within 5 business days',
        '',
        '## Disclosure Policy', // 20
        '',
        'We publish an advisory within 90 days of the report.',
        '',
        '**Last Updated**: January 2020', // 24
        '',
      ].join('\n'),
      rows: [
        row('stale-policy', 'fires', 24),
        row('vague-sla', 'silent'),
        row('mailto-mismatch', 'silent'),
        row('contact', 'fires', 0, 'mailto:security@harbormaster.dev'),
      ],
    },
  ];
}

const FILLER = [
  'The scheduler reads its configuration once at start and rejects unknown keys with a clear message.',
  'Every release is built from a tagged commit on the main branch by the same pipeline.',
  'The storage layer keeps each tenant in its own schema and never joins across them.',
  'Plugins run in a separate process with a reduced set of permissions.',
  'The command line tool validates its input files before it changes anything on disk.',
  'Access tokens are stored hashed and compared in constant time.',
  'The web interface sets a strict content security policy and refuses to be framed.',
  'Logs contain request identifiers but never the bodies of requests.',
];

/**
 * A clean policy of about `bytes` bytes whose only finding is stale-policy on its last line
 * ("Last updated: January 2020"), so a test can tell when the server has linted it.
 * Returns { text, staleLine }.
 */
export function sizedPolicy(bytes) {
  const head = [
    ...VERSIONS_OPENING,
    '| 4.x     | :white_check_mark: |',
    '| < 4.0   | :x:                |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please report vulnerabilities privately by e-mail to security@ottertail.dev.',
    '',
    '## Response Timeline',
    '',
    'We acknowledge every report within 3 business days and send an assessment within 7 days.',
    '',
    '## Disclosure Policy',
    '',
    'We publish an advisory when the fix is released, no later than 90 days after the report.',
    '',
  ];
  const tail = ['Last updated: January 2020', ''];
  const lines = [...head];
  let size = Buffer.byteLength([...head, ...tail].join('\n'));
  for (let section = 1; size < bytes; section++) {
    // The same sentences, rotated so that sections differ.
    const paragraph = FILLER.map((_, i) => FILLER[(i + section) % FILLER.length]).join(' ');
    const block = [`## Design Note ${section}`, '', paragraph, ''];
    lines.push(...block);
    size += Buffer.byteLength(block.join('\n')) + 1;
  }
  lines.push(...tail);
  return { text: lines.join('\n'), staleLine: lines.length - 1 };
}
