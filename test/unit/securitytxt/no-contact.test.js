// @ts-check
'use strict';
// securitytxt/no-contact: what it reports is in cases/no-contact.json; here, that it offers no fix,
// the offsets of its finding in an empty file, and a Contact after the signature block.

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

test('a file without Contact: no quick fix', () => {
  const text = txt('', '# Marlinspike Ferries', 'Expires: 2027-06-30T23:59:59Z', 'Policy: https://marlinspike-ferries.dev/security');
  assert.equal(one(text).fixes, undefined);
});

test('an empty file: one finding at offset 0', () => {
  const findings = findingsOf('');
  assert.equal(findings.length, 1);
  assert.deepEqual([findings[0].start, findings[0].end], [0, 0]);
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
