// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/no-contact';

const { findingsOf, one } = forTxtRule(CODE);

const SIGNATURE = [
  '-----BEGIN PGP SIGNATURE-----',
  '',
  'iQIzBAEBCgAdFiEEq2rN5Zr18ioFAmnzrqkACgkQ+ecS5Zr18iozkw//Zx6fFAPg',
  '=kP2x',
  '-----END PGP SIGNATURE-----',
];

test('fires on a file without Contact: error on the first non-blank line, message says what to add', () => {
  const text = txt('', '# Marlinspike Ferries', 'Expires: 2027-06-30T23:59:59Z', 'Policy: https://marlinspike-ferries.dev/security');
  const f = one(text);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), '# Marlinspike Ferries');
  assert.match(f.message, /No Contact field/);
  assert.match(f.message, /add "Contact: mailto:security@…" or "Contact: https:\/\/…"/);
  assert.equal(f.fixes, undefined);
});

test('an empty file: one finding at offset 0', () => {
  const findings = findingsOf('');
  assert.equal(findings.length, 1);
  assert.deepEqual([findings[0].start, findings[0].end], [0, 0]);
});

test('a Contact written in a comment does not count', () => {
  const text = txt('# Contact: mailto:security@marlinspike-ferries.dev', 'Expires: 2027-06-30T23:59:59Z');
  assert.equal(findingsOf(text).length, 1);
});

test('a misspelled "Contcat" does not count; renaming it (unknown-field fix) clears no-contact', () => {
  const text = txt('Contcat: mailto:security@marlinspike-ferries.dev', 'Expires: 2027-06-30T23:59:59Z');
  assert.equal(findingsOf(text).length, 1);
  const unknown = lintTxt(text).find((f) => f.code === 'securitytxt/unknown-field');
  const fix = unknown.fixes.find((x) => x.isPreferred);
  const fixed = fix.edits.reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
  assert.equal(fixed, txt('Contact: mailto:security@marlinspike-ferries.dev', 'Expires: 2027-06-30T23:59:59Z'));
  assert.deepEqual(findingsOf(fixed), []);
});

test('a Contact after the signature block is not part of the file: still no Contact', () => {
  const text = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA512',
    '',
    'Expires: 2027-06-30T23:59:59Z',
    'Canonical: https://marlinspike-ferries.dev/.well-known/security.txt',
    ...SIGNATURE,
    'Contact: mailto:security@marlinspike-ferries.dev',
  );
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), '-----BEGIN PGP SIGNED MESSAGE-----');
  assert.ok(lintTxt(text).some((f) => f.code === 'securitytxt/data-after-signature'));
});

test('silent: one or more Contact fields, any letter case, also inside a signed body', () => {
  const expires = 'Expires: 2027-06-30T23:59:59Z';
  for (const text of [
    txt('Contact: https://marlinspike-ferries.dev/report', expires),
    txt('contact: https://marlinspike-ferries.dev/report', expires),
    txt('CONTACT: tel:+15550100200', expires),
    txt('Contact: https://marlinspike-ferries.dev/report', 'Contact: tel:+15550100200', expires),
    txt('-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', 'Contact: https://marlinspike-ferries.dev/report', expires, ...SIGNATURE),
  ]) {
    assert.deepEqual(findingsOf(text), [], text);
  }
});

test('the severity can be overridden and the rule turned off', () => {
  const text = txt('Expires: 2027-06-30T23:59:59Z');
  assert.equal(findingsOf(text, { rules: { [CODE]: 'warning' } })[0].severity, 'warning');
  assert.deepEqual(findingsOf(text, { rules: { [CODE]: 'off' } }), []);
});
