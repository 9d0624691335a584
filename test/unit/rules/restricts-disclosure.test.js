// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'restricts-disclosure';
const { findingsOf, slicesOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE =
  'Disclosure is forbidden without a time limit: ask for a reasonable embargo instead (until a fix is released, or 90 days at most).';

/** A policy whose disclosure section holds `lines`. */
function policy(...lines) {
  return md('# Sedge Security', '', '## Reporting a Vulnerability', '', 'Email security@sedge.dev.', '', '## Disclosure', '', ...lines);
}

const FOREVER = 'You may not disclose the vulnerability without our written consent.';

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy(FOREVER)), []);
});

test('fires on disclosure only with permission: sentence range, warning, exact message', () => {
  expectOne(policy(FOREVER), { severity: 'warning', covers: FOREVER, message: MESSAGE }, ON);
});

test('the cisa-bod-20-01 profile turns it on (warning)', () => {
  expectOne(policy(FOREVER), { severity: 'warning', covers: FOREVER, message: MESSAGE }, { profiles: ['cisa-bod-20-01'] });
});

test('fires: permission or never, in several wordings', () => {
  for (const line of [
    'Do not disclose the vulnerability to anyone without our permission.',
    'Never disclose any details of a vulnerability publicly.',
    'You must not publish details of the vulnerability at any time.',
  ]) {
    expectOne(policy(line), { covers: line, message: MESSAGE }, ON);
  }
});

test('fires: "until we give permission" is no time limit', () => {
  const line = 'Do not disclose the vulnerability until we give permission.';
  expectOne(policy(line), { covers: line, message: MESSAGE }, ON);
});

test('fires on each restricting sentence', () => {
  const text = policy(FOREVER, '', 'Never disclose any details of a vulnerability publicly.');
  assert.deepEqual(slicesOf(text, ON), [FOREVER, 'Never disclose any details of a vulnerability publicly.']);
});

test('silent: a time-limited embargo', () => {
  for (const line of [
    'Do not disclose the issue until a fix is released or 90 days have passed.',
    'Please give us 90 days before public disclosure.',
    'Please keep the details private until a fix is released or 90 days have passed, whichever comes first.',
    'Please do not disclose the vulnerability before the fix is out.',
    'You may disclose the issue after the embargo ends.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent: what the project says of itself binds no reporter', () => {
  assert.deepEqual(findingsOf(policy('We never disclose your identity without your consent.'), ON), []);
});

test('no quick fix', () => {
  const f = expectOne(policy(FOREVER), {}, ON);
  assert.deepEqual(f.fixes ?? [], []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy('security@sedge.dev', 'Et saa koskaan julkaista haavoittuvuuden tietoja ilman kirjallista lupaamme.');
  silentUnreadable(text, ON);
});
