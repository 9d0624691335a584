// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'missing-support-period';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE = 'No support period: give the end date of security support, or how long each release receives security fixes.';
const ADDED = 'Each release receives security fixes for 12 months after the next one comes out.';
const REPORTING = ['## Reporting a Vulnerability', '', 'Email security@rushford.dev.'];

/** A policy whose supported-versions section holds `lines`. */
function policy(...lines) {
  return md('# Rushford Security', '', '## Supported Versions', '', ...lines, '', ...REPORTING);
}

const CHECKMARK_TABLE = ['| Version | Supported |', '| ------- | --------- |', '| 3.x     | ✅        |', '| < 3.0   | ❌        |'];

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy(...CHECKMARK_TABLE)), []);
});

test('fires on a table of checkmarks: title range, warning, exact message', () => {
  expectOne(policy(...CHECKMARK_TABLE), { severity: 'warning', covers: '# Rushford Security', message: MESSAGE }, ON);
});

test('the cra-manufacturer profile turns it on (warning)', () => {
  expectOne(
    policy(...CHECKMARK_TABLE),
    { severity: 'warning', covers: '# Rushford Security', message: MESSAGE },
    { profiles: ['cra-manufacturer'] },
  );
});

test('silent: a sentence about support with a date or a length of time', () => {
  for (const line of [
    'Version 3 receives security fixes until 2029-03-31.',
    'Each minor release is supported for 18 months.',
    'Security support for 2.x ends in June 2027.',
    'Older releases reach end of life 6 months after the next major release.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent: a version table with an end-of-support column, or a date in its rows', () => {
  const column = [
    '| Version | Supported | End of life |',
    '| ------- | --------- | ----------- |',
    '| 3.x     | ✅        | TBD         |',
  ];
  assert.deepEqual(findingsOf(policy(...column), ON), []);
  const dated = ['| Version | Supported |', '| ------- | --------- |', '| 3.x     | until 2029-03-31 |'];
  assert.deepEqual(findingsOf(policy(...dated), ON), []);
});

test('fires: the year inside a CVE identifier is no end date', () => {
  expectOne(
    policy('Only the latest release is supported; see CVE-2024-1234 for why.'),
    { covers: '# Rushford Security', message: MESSAGE },
    ON,
  );
});

test('quick fix: adds a support length to the supported-versions section, then the rule is silent', () => {
  const text = policy(...CHECKMARK_TABLE);
  const f = expectOne(text, {}, ON);
  assert.equal((f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]).title, 'Say how long releases receive security fixes');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, md('# Rushford Security', '', '## Supported Versions', '', ...CHECKMARK_TABLE, '', ADDED, '', ...REPORTING));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: without a supported-versions section the sentence goes to the end of the document', () => {
  const text = md('# Rushford Security', '', ...REPORTING);
  const fixed = applyPreferred(text, expectOne(text, { covers: '# Rushford Security' }, ON));
  assert.equal(fixed, md('# Rushford Security', '', ...REPORTING, '', ADDED));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('silent for a policy in a language the linter cannot read', () => {
  silentUnreadable(unreadablePolicy('security@rushford.dev'), ON);
});
