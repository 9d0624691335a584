// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slice, md } = require('../helpers.js');

const CODE = 'no-contact';

function policy(line) {
  return md('# Ferncastle Security Policy', '', '## Reporting a Vulnerability', '', line);
}

function assertFires(line) {
  const text = policy(line);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1, `expected no-contact for ${JSON.stringify(line)}`);
  return { text, finding: findings[0] };
}

function assertSilent(line) {
  assert.deepEqual(findingsOf(policy(line), CODE), [], `expected a channel in ${JSON.stringify(line)}`);
}

test('fires when no channel is given: title range, error, says what to add', () => {
  const { text, finding } = assertFires('Please tell us about problems you find.');
  assert.equal(finding.code, CODE);
  assert.equal(finding.severity, 'error');
  assert.equal(slice(text, finding), '# Ferncastle Security Policy');
  assert.match(finding.message, /e-mail/);
  assert.match(finding.message, /security\/advisories\/new/);
});

test('anchors at the first non-blank line without a heading', () => {
  const text = '\n  Tell us about problems.\nThanks.\n';
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'Tell us about problems.');
});

test('anchors at the first heading, also when it is not on the first line', () => {
  const text = md('Intro text.', '', 'Ferncastle', '==========', '', 'No contact here.');
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'Ferncastle\n==========');
});

test('fires when the only address is a placeholder', () => {
  assertFires('Email security@example.com.');
  assertFires('Email your@email.com.');
});

test('fires when the only address is invalid', () => {
  assertFires('Email security@ferncastle.test.');
  assertFires('Send an e-mail to security@ for reports.');
  assertFires('[Email us](mailto:)');
});

test('fires when the only links are public or reference pages', () => {
  assertFires('Open an issue at https://github.com/ferncastle/ferncastle/issues.');
  assertFires('Read [GitHub docs](https://docs.github.com/en/code-security/security-advisories).');
  assertFires('Start a [discussion](https://github.com/ferncastle/ferncastle/discussions).');
});

test('fires when the only "address" is the git SSH remote', () => {
  assertFires('Clone git@github.com:ferncastle/ferncastle.git and run the tests.');
});

test('silent: plain, angle-bracket and mailto addresses', () => {
  assertSilent('Email security@ferncastle.org.');
  assertSilent('Email <security@ferncastle.org>.');
  assertSilent('[Write to us](mailto:security@ferncastle.org).');
  assertSilent('Email `security@ferncastle.org`.');
  assertSilent('Email <a href="mailto:security@ferncastle.org">the team</a>.');
});

test('silent: addresses spelled out to dodge spam bots', () => {
  assertSilent('Write to security at ferncastle dot org.');
  assertSilent('Write to security[at]ferncastle.org.');
  assertSilent('Write to security (at) ferncastle (dot) org.');
});

test('silent: GitHub private vulnerability reporting, absolute and relative', () => {
  assertSilent('Use [private reporting](https://github.com/ferncastle/ferncastle/security/advisories/new).');
  assertSilent('Use [the advisory form](../../security/advisories/new).');
});

test('silent: bug bounty and disclosure platforms', () => {
  for (const url of [
    'https://hackerone.com/ferncastle',
    'https://bugcrowd.com/ferncastle',
    'https://huntr.com/repos/ferncastle/ferncastle',
    'https://app.intigriti.com/programs/ferncastle/ferncastle',
    'https://yeswehack.com/programs/ferncastle',
    'https://tidelift.com/security',
    'https://www.openbugbounty.org/bugbounty/ferncastle/',
  ]) {
    assertSilent(`Report via [our program](${url}).`);
  }
  assertSilent('Report on https://hackerone.com/ferncastle.');
});

test("silent: the project's own security page or reporting form", () => {
  assertSilent('Use [our reporting form](https://ferncastle.org/security/report).');
  assertSilent('See the [Ferncastle security page](https://ferncastle.org/security).');
});
