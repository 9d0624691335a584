// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, md } = require('../helpers.js');
const { GITHUB_SAMPLE_TABLE } = require('../../cli/fixtures.js');

const CODE = 'template-text';

// GitHub's default SECURITY.md, as the "Add a security policy" button creates it.
const SAMPLE_TABLE = GITHUB_SAMPLE_TABLE.join('\n');
const VERSIONS_SENTENCE =
  'Use this section to tell people about which versions of your project are\ncurrently being supported with security updates.';
const REPORT_SENTENCE = 'Use this section to tell people how to report a vulnerability.';
const UPDATE_SENTENCE =
  'Tell them where to go, how often they can expect to get an update on a\nreported vulnerability, what to expect if the vulnerability is accepted or\ndeclined, etc.';
const TEMPLATE = md(
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  VERSIONS_SENTENCE,
  '',
  SAMPLE_TABLE,
  '',
  '## Reporting a Vulnerability',
  '',
  REPORT_SENTENCE,
  '',
  UPDATE_SENTENCE,
);

test("fires on every leftover of GitHub's template, each range exact", () => {
  const findings = findingsOf(TEMPLATE, CODE);
  assert.deepEqual(slicesOf(TEMPLATE, CODE), [VERSIONS_SENTENCE, SAMPLE_TABLE, REPORT_SENTENCE, UPDATE_SENTENCE]);
  for (const f of findings) assert.equal(f.severity, 'warning');
});

test('the template sentence message says to replace it', () => {
  const [f] = findingsOf(TEMPLATE, CODE);
  assert.match(f.message, /template/);
  assert.match(f.message, /replace it/);
});

test('the sample table: the range covers the whole table, the message names its versions', () => {
  const text = md('# Cobblestone', '', '## Supported Versions', '', SAMPLE_TABLE, '', 'Email security@cobblestone.dev.');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), SAMPLE_TABLE);
  assert.match(findings[0].message, /5\.1\.x/);
  assert.match(findings[0].message, /real versions/);
});

test('the sample table with emoji marks fires too', () => {
  const table = md(
    '| Version | Supported |',
    '| ------- | --------- |',
    '| 5.1.x   | ✅ |',
    '| 5.0.x   | ❌ |',
    '| 4.0.x   | ✅ |',
    '| < 4.0   | ❌ |',
  ).trimEnd();
  const text = md('# Cobblestone', '', table);
  assert.deepEqual(slicesOf(text, CODE), [table]);
});

test('only the template sentence of a paragraph is covered', () => {
  const text = md('# Cobblestone', '', `Email security@cobblestone.dev. ${REPORT_SENTENCE} Thanks!`);
  assert.deepEqual(slicesOf(text, CODE), [REPORT_SENTENCE]);
});

test('silent: a real version table', () => {
  const table = md('| Version | Supported |', '| ------- | --------- |', '| 2.3.x   | ✅ |', '| 2.2.x   | ✅ |', '| < 2.2   | ❌ |');
  assert.deepEqual(slicesOf(md('# Cobblestone', '', table), CODE), []);
});

test('silent: a filled-in policy', () => {
  const text = md(
    '# Cobblestone Security Policy',
    '',
    '## Supported Versions',
    '',
    'We support the latest two minor releases with security updates.',
    '',
    '## Reporting a Vulnerability',
    '',
    'Tell us how to reproduce the issue. Email security@cobblestone.dev; we reply within 3 business days.',
  );
  assert.deepEqual(slicesOf(text, CODE), []);
});
