// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy, reportingPolicy, templateText } = require('../helpers.js');
const { SUPPORTED_VERSIONS } = require('../../cli/fixtures.js');

const CODE = 'missing-scope';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

/** The rule is off by default: these options turn it on. */
const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE = 'No scope: say which products, versions or services this policy covers and what is out of scope.';

/** A small policy with `lines` after its reporting section. */
function policy(...lines) {
  return reportingPolicy('Tallowfield Security', 'security@tallowfield.dev', ...lines);
}

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy()), []);
});

test('fires when nothing says what the policy covers: title range, warning, exact message', () => {
  const text = policy('We acknowledge reports within 3 business days.');
  const f = expectOne(text, { severity: 'warning', covers: '# Tallowfield Security', message: MESSAGE }, ON);
  assert.equal(f.code, CODE);
});

test('a profile turns it on: cisa-bod-20-01, iso-29147 and disclose-io (warning)', () => {
  for (const profile of ['cisa-bod-20-01', 'iso-29147', 'disclose-io']) {
    expectOne(policy(), { severity: 'warning', covers: '# Tallowfield Security', message: MESSAGE }, { profiles: [profile] });
  }
});

test('a severity the user sets wins over the profile', () => {
  expectOne(policy(), { severity: 'error' }, { profiles: ['cisa-bod-20-01'], rules: { [CODE]: 'error' } });
  assert.deepEqual(findingsOf(policy(), { profiles: ['cisa-bod-20-01'], rules: { [CODE]: 'off' } }), []);
});

test('silent: a heading with the word "scope"', () => {
  for (const title of ['Scope', 'In scope', 'Out of Scope', 'Systems in Scope']) {
    const text = md('# Tallowfield Security', '', `## ${title}`, '', 'The command-line tool.', '', 'Email security@tallowfield.dev.');
    assert.deepEqual(findingsOf(text, ON), [], title);
  }
});

test('silent: a sentence that says what the policy covers or leaves out', () => {
  for (const line of [
    'This policy applies to the `tallowfield` crate and its command-line tool.',
    'This policy applies only to the following repositories.',
    'Bugs in the documentation site are out of scope.',
    'Only the latest release is in-scope.',
    'The hosted playground is not covered by this policy.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('fires: a supported-versions section alone is no scope', () => {
  const text = md(
    '# Tallowfield Security',
    '',
    SUPPORTED_VERSIONS,
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@tallowfield.dev.',
  );
  expectOne(text, { covers: '# Tallowfield Security', message: MESSAGE }, ON);
});

test('quick fix: inserts a "Scope" section before the first section, then the rule is silent', () => {
  const text = policy();
  const f = expectOne(text, { covers: '# Tallowfield Security' }, ON);
  const fix = f.fixes.find((x) => x.isPreferred) ?? f.fixes[0];
  assert.equal(fix.title, 'Add a "Scope" section');
  const fixed = applyPreferred(text, f);
  assert.equal(
    fixed,
    md('# Tallowfield Security', '', templateText('scope'), '', '## Reporting a Vulnerability', '', 'Email security@tallowfield.dev.'),
  );
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: a policy without sections gets the section at its end', () => {
  const text = md('# Tallowfield Security', '', 'Email security@tallowfield.dev.');
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, md('# Tallowfield Security', '', 'Email security@tallowfield.dev.', '', templateText('scope')));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy('security@tallowfield.dev');
  silentUnreadable(text, ON);
  assert.deepEqual(findingsOf(text, { profiles: ['cisa-bod-20-01'] }), []);
});
