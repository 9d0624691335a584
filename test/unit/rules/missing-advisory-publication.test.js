// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy, reportingPolicy } = require('../helpers.js');

const CODE = 'missing-advisory-publication';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE =
  'Nothing says where fixed vulnerabilities are published: name the place (GitHub security advisories, CVE records, release notes or an announcement list).';
const ADDED = 'Fixed vulnerabilities are published as GitHub security advisories and in the release notes.';

/** A small policy with `lines` after its reporting section. */
function policy(...lines) {
  return reportingPolicy('Hollin Security', 'security@hollin.dev', ...lines);
}

/** A small policy whose disclosure section, before the reporting section, says `lines`. */
function disclosureFirst(...lines) {
  return md(
    '# Hollin Security',
    '',
    '## Disclosure Policy',
    '',
    ...lines,
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@hollin.dev.',
  );
}

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy()), []);
});

test('fires when no place of publication is named: title range, warning, exact message', () => {
  expectOne(policy('We follow coordinated disclosure.'), { severity: 'warning', covers: '# Hollin Security', message: MESSAGE }, ON);
});

test('the profiles that turn it on (warning)', () => {
  for (const profile of ['openssf-baseline-2', 'openssf-baseline-3', 'cra-manufacturer', 'cra-steward', 'iso-29147']) {
    expectOne(policy(), { severity: 'warning', covers: '# Hollin Security', message: MESSAGE }, { profiles: [profile] });
  }
  assert.deepEqual(findingsOf(policy(), { profiles: ['openssf-baseline-1'] }), []);
});

test('silent: a statement or promise that names the place', () => {
  for (const line of [
    'Fixed vulnerabilities are announced as GitHub Security Advisories.',
    'We request a CVE for every confirmed issue.',
    'Security fixes are listed in CHANGELOG.md.',
    'We announce fixes on the hollin-announce mailing list.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('fires: the same words in a request or a condition name no place of publication', () => {
  const request = md('# Hollin Security', '', '## Reporting a Vulnerability', '', 'Please report it through a GitHub Security Advisory.');
  expectOne(request, { covers: '# Hollin Security', message: MESSAGE }, ON);
  expectOne(policy('If a CVE exists, include its ID.'), { covers: '# Hollin Security', message: MESSAGE }, ON);
});

test("fires: a link to GitHub's private reporting form is a reporting channel, not a publication", () => {
  const text = md(
    '# Hollin Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Use [the form](https://github.com/hollin/hollin/security/advisories/new).',
  );
  expectOne(text, { covers: '# Hollin Security', message: MESSAGE }, ON);
});

test('quick fix: adds the sentence to the disclosure section, then the rule is silent', () => {
  const text = disclosureFirst('We follow coordinated disclosure.');
  const f = expectOne(text, {}, ON);
  assert.equal((f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]).title, 'Say where fixed vulnerabilities are published');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, disclosureFirst('We follow coordinated disclosure.', '', ADDED));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: without a disclosure section the sentence goes to the end of the document', () => {
  const text = policy('## Credits', '', 'Thanks to all reporters.');
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, text + '\n' + ADDED + '\n');
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('silent for a policy in a language the linter cannot read', () => {
  silentUnreadable(unreadablePolicy('security@hollin.dev'), ON);
});
