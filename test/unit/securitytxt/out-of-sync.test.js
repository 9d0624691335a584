// @ts-check
'use strict';
// securitytxt/out-of-sync: the security.txt against the repository's SECURITY.md (options.policy),
// which gives the contacts and the policy URL, read as the generator reads them.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, slice, txt, lintTxt, applyPreferred } = require('../helpers.js');

const CODE = 'securitytxt/out-of-sync';
const POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@marlin-tools.dev or use [GitHub private reporting](https://github.com/marlin/tools/security/advisories/new).',
  'We acknowledge reports within 3 business days.',
  '',
].join('\n');
const OPTIONS = { policy: { text: POLICY, path: 'SECURITY.md' }, repository: 'marlin/tools' };
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const MAIL = 'Contact: mailto:security@marlin-tools.dev';
const FORM = 'Contact: https://github.com/marlin/tools/security/advisories/new';
const POLICY_LINE = 'Policy: https://github.com/marlin/tools/security/policy';
const sync = (text, /** @type {object} */ opts = OPTIONS) => lintTxt(text, opts).filter((f) => f.code === CODE);

test('in step: the same contacts (any case, any order), the policy page or the file on a branch', () => {
  assert.deepEqual(sync(txt(MAIL, FORM, EXPIRES, POLICY_LINE)), []);
  assert.deepEqual(sync(txt(FORM, MAIL.replace('security@', 'Security@'), EXPIRES)), []);
  for (const url of [
    'https://github.com/marlin/tools/blob/main/SECURITY.md',
    'https://raw.githubusercontent.com/marlin/tools/main/SECURITY.md',
    'https://marlin-tools.dev/security', // a page of its own site cannot be judged
  ]) {
    assert.deepEqual(sync(txt(MAIL, FORM, EXPIRES, `Policy: ${url}`)), [], url);
  }
});

test('without a policy beside it, silent whatever the file says', () => {
  assert.deepEqual(sync(txt('Contact: mailto:someone@else.dev', EXPIRES), {}), []);
});

test('a contact the policy no longer gives, a channel it lacks, a Policy of another repository: one warning each', () => {
  const text = txt('Contact: mailto:old-security@marlin-tools.dev', EXPIRES, 'Policy: https://github.com/marlin/gadgets/security/policy');
  const found = sync(text);
  assert.deepEqual(
    found.map((f) => [slice(text, f), f.message]),
    [
      ['mailto:old-security@marlin-tools.dev', 'SECURITY.md no longer gives this contact: remove it here, or add it to the policy.'],
      [
        'mailto:old-security@marlin-tools.dev',
        'SECURITY.md gives mailto:security@marlin-tools.dev for reports, but this file has no Contact for it.',
      ],
      [
        'mailto:old-security@marlin-tools.dev',
        'SECURITY.md gives https://github.com/marlin/tools/security/advisories/new for reports, but this file has no Contact for it.',
      ],
      [
        'https://github.com/marlin/gadgets/security/policy',
        'Policy does not lead to SECURITY.md: write https://github.com/marlin/tools/security/policy.',
      ],
    ],
  );
  assert.ok(found.every((f) => f.severity === 'warning'));
});

test('the fix writes the policy contacts in place of the old ones and the right Policy, keeping every other line', () => {
  const text = txt(
    '# Our security.txt',
    'Contact: mailto:old-security@marlin-tools.dev',
    EXPIRES,
    'Contact: https://marlin-tools.dev/old-form',
    'Encryption: https://marlin-tools.dev/pgp-key.txt',
    'Policy: https://github.com/marlin/gadgets/security/policy',
  );
  const [f] = sync(text);
  assert.equal(f.fixes[0].title, "Update Contact and Policy from the repository's SECURITY.md");
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, txt('# Our security.txt', MAIL, FORM, EXPIRES, 'Encryption: https://marlin-tools.dev/pgp-key.txt', POLICY_LINE));
  assert.deepEqual(sync(fixed), []);
});

test('a configured policyUrl is the only right Policy', () => {
  const opts = { ...OPTIONS, policyUrl: 'https://marlin-tools.dev/security-policy' };
  assert.deepEqual(sync(txt(MAIL, FORM, EXPIRES, 'Policy: https://marlin-tools.dev/security-policy/'), opts), []);
  const text = txt(MAIL, FORM, EXPIRES, POLICY_LINE);
  const [f] = sync(text, opts);
  assert.equal(f.message, 'Policy does not lead to SECURITY.md: write https://marlin-tools.dev/security-policy.');
});

test('a signed file: the fix says it must be signed again', () => {
  const text = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA512',
    '',
    'Contact: mailto:old-security@marlin-tools.dev',
    EXPIRES,
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iHUEARYKAB0WIQ',
    '-----END PGP SIGNATURE-----',
  );
  const [f] = sync(text);
  assert.equal(f.fixes[0].title, "Update Contact and Policy from the repository's SECURITY.md; then sign the file again");
});

test('the generated security.txt of a policy is in step with that policy', () => {
  const generated = core.generateSecurityTxt(core.parsePolicy(POLICY), { now: NOW, repository: 'marlin/tools' });
  assert.deepEqual(sync(generated.text), []);
});
