// Policies for the end-to-end tests: the seed policies of the shared corpus with their
// EXPECTED.tsv when it is there, else the invented ones in ../seeds with a table of the same kind,
// and generated policies of a given size for the latency measurement.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { VERSIONS_TABLE_HEAD } = createRequire(import.meta.url)('../../cli/fixtures.js');

/** Five small policies in the manner of the corpus seeds, with their EXPECTED.tsv, for a checkout without ../shared. */
const INVENTED_SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

/**
 * The seeds: [{ name, text, rows }] with rows as in EXPECTED.tsv:
 * { rule, expect: 'fires' | 'silent', line (1-based, 0 = anywhere), evidence }. From `seedsDir`
 * when it has an EXPECTED.tsv, else the invented ones.
 */
export function loadSeeds(seedsDir) {
  if (!existsSync(join(seedsDir, 'EXPECTED.tsv'))) return { ...loadSeeds(INVENTED_SEEDS), source: 'invented' };
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

/** Lines 1-6 of a policy that opens with its supported-versions table: the rows come next. */
const VERSIONS_OPENING = ['# Security Policy', '', '## Supported Versions', '', ...VERSIONS_TABLE_HEAD];

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
