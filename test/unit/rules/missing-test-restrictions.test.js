// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'missing-test-restrictions';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE =
  'Nothing says which testing methods are not allowed: rule out denial of service, social engineering, spam and physical testing.';
const ADDED = [
  'Do not test with denial of service, social engineering, phishing, spam or physical attacks, and do not',
  "access, modify or delete other users' data.",
];
const REPORTING = ['## Reporting a Vulnerability', '', 'Email security@wrenby.dev.'];

/** A policy with a section `title` holding `lines`, then its reporting section. */
function policy(title, ...lines) {
  return md('# Wrenby Security', '', `## ${title}`, '', ...lines, '', ...REPORTING);
}

const SCOPE_ONLY = policy('Scope', 'This policy applies to the wrenby package.');

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(SCOPE_ONLY), []);
});

test('fires when no testing method is ruled out: title range, warning, exact message', () => {
  expectOne(SCOPE_ONLY, { severity: 'warning', covers: '# Wrenby Security', message: MESSAGE }, ON);
});

test('the cisa-bod-20-01 profile turns it on (warning)', () => {
  expectOne(SCOPE_ONLY, { severity: 'warning', covers: '# Wrenby Security', message: MESSAGE }, { profiles: ['cisa-bod-20-01'] });
});

test('silent: a method in a prohibition', () => {
  for (const line of [
    'This policy applies to the wrenby package. Do not run denial of service attacks against our servers.',
    'Social engineering is not allowed.',
  ]) {
    assert.deepEqual(findingsOf(policy('Scope', line), ON), [], line);
  }
});

test('silent: methods in a list under a prohibition', () => {
  const text = policy(
    'Scope',
    'The following test types are not authorized:',
    '',
    '- Network denial of service (DoS or DDoS) tests',
    '- physical testing of our offices',
  );
  assert.deepEqual(findingsOf(text, ON), []);
});

test('silent: methods under an "Out of Scope" heading', () => {
  assert.deepEqual(findingsOf(policy('Out of Scope', '- social engineering', '- spam'), ON), []);
});

test('fires: a method named without a prohibition, or a general request to be careful', () => {
  for (const line of ['We appreciate reports found with automated scanning.', 'Please be careful while testing.']) {
    expectOne(policy('Scope', line), { covers: '# Wrenby Security', message: MESSAGE }, ON);
  }
});

test('quick fix: adds the prohibition to the scope section, then the rule is silent', () => {
  const f = expectOne(SCOPE_ONLY, {}, ON);
  assert.equal((f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]).title, 'Say which testing methods are not allowed');
  const fixed = applyPreferred(SCOPE_ONLY, f);
  assert.equal(
    fixed,
    md('# Wrenby Security', '', '## Scope', '', 'This policy applies to the wrenby package.', '', ...ADDED, '', ...REPORTING),
  );
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: without a scope section the prohibition goes to the end of the document', () => {
  const text = md('# Wrenby Security', '', ...REPORTING);
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, md('# Wrenby Security', '', ...REPORTING, '', ...ADDED));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('silent for a policy in a language the linter cannot read', () => {
  silentUnreadable(unreadablePolicy('security@wrenby.dev'), ON);
});
