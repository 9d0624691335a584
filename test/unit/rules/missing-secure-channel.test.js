// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'missing-secure-channel';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE =
  'No secure way to send a report: offer GitHub private vulnerability reporting (encrypted and private) or a PGP key for encrypted e-mail.';

/** A policy whose reporting section holds `lines`. */
function policy(...lines) {
  return md('# Cobble Security', '', '## Reporting a Vulnerability', '', ...lines);
}

const PLAIN = policy('E-mail security@cobble.dev with the details.');

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(PLAIN), []);
});

test('fires on plain e-mail only: title range, warning, exact message', () => {
  expectOne(PLAIN, { severity: 'warning', covers: '# Cobble Security', message: MESSAGE }, ON);
});

test('the iso-29147 profile turns it on (warning)', () => {
  expectOne(PLAIN, { severity: 'warning', covers: '# Cobble Security', message: MESSAGE }, { profiles: ['iso-29147'] });
  assert.deepEqual(findingsOf(PLAIN, { profiles: ['cisa-bod-20-01'] }), []);
});

test('silent: an encrypted private channel', () => {
  for (const line of [
    'Report vulnerabilities through GitHub private vulnerability reporting: https://github.com/cobble/cobble/security/advisories/new',
    'Report via [our program](https://hackerone.com/cobble).',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent: a key link, an encryption heading, an armored key or a sentence about encrypting', () => {
  const cases = [
    policy('E-mail security@cobble.dev with the details, encrypted with our PGP key: https://cobble.dev/security.asc'),
    policy('E-mail security@cobble.dev.', '', '## PGP key', '', 'Fingerprint below.'),
    policy('E-mail security@cobble.dev. Encrypt your report with our PGP key if it contains sensitive details.'),
    policy(
      'E-mail security@cobble.dev.',
      '',
      '```',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      'mQINBGZ',
      '-----END PGP PUBLIC KEY BLOCK-----',
      '```',
    ),
  ];
  for (const text of cases) assert.deepEqual(findingsOf(text, ON), [], text);
});

test("fires: a page on the project's own site is not counted as a form", () => {
  expectOne(policy('Use the form at https://cobble.dev/security.'), { covers: '# Cobble Security', message: MESSAGE }, ON);
});

const ADDED =
  'Report vulnerabilities privately through GitHub private vulnerability reporting: [Report a vulnerability](../../security/advisories/new).';

test('quick fix: adds the private reporting link to the reporting section, then the rule is silent', () => {
  const text = policy('E-mail security@cobble.dev.', '', '## Credits', '', 'Thanks.');
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, policy('E-mail security@cobble.dev.', '', ADDED, '', '## Credits', '', 'Thanks.'));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: without a reporting section it inserts one; with the repository the link is absolute', () => {
  const text = md('# Cobble Security', '', 'E-mail security@cobble.dev.');
  const section = (link) =>
    md(
      '# Cobble Security',
      '',
      'E-mail security@cobble.dev.',
      '',
      '## Reporting a Vulnerability',
      '',
      'Please do not report security vulnerabilities in public issues, discussions or pull requests.',
      '',
      'Report them privately through GitHub private vulnerability reporting:',
      link,
      '',
      'Please include the affected versions, the steps to reproduce and the impact you expect.',
    );
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, section('[Report a vulnerability](../../security/advisories/new)'));
  assert.deepEqual(findingsOf(fixed, ON), []);
  const withRepo = { ...ON, repository: 'cobble/cobble' };
  const fixedAbsolute = applyPreferred(text, expectOne(text, {}, withRepo));
  assert.equal(fixedAbsolute, section('<https://github.com/cobble/cobble/security/advisories/new>'));
  assert.deepEqual(findingsOf(fixedAbsolute, withRepo), []);
});

test('a policy in a language the linter cannot read is left alone when it gives a private channel', () => {
  silentUnreadable(unreadablePolicy('security@cobble.dev'), ON);
});
