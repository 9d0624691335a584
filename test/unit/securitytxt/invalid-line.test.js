// @ts-check
'use strict';
// securitytxt/invalid-line: what cases/invalid-line.json cannot say (no fix, the other rules,
// files on which nothing fires).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/invalid-line';

const CONTACT = 'Contact: https://wrenfield-press.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('free text has no fix', () => {
  const [f] = lintTxt(txt(CONTACT, EXPIRES, 'Please be nice to us')).filter((x) => x.code === CODE);
  assert.equal(f.fixes, undefined);
});

test('CRLF files are read line by line: no invalid-line, no other finding', () => {
  const text = ['# Wrenfield Press', CONTACT, '', EXPIRES, 'Preferred-Languages: en, fr', ''].join('\r\n');
  assert.deepEqual(lintTxt(text), []);
});

test('in a signed file the armor header and the signature lines are not invalid lines', () => {
  const text = txt(...SIGNED_HEAD, CONTACT, EXPIRES, 'Canonical: https://wrenfield-press.dev/.well-known/security.txt', '', ...SIGNATURE);
  assert.deepEqual(lintTxt(text), []);
});

test('a dash-escaped armor line inside the signed body is content, and not a field', () => {
  const text = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA512',
    '',
    CONTACT,
    '- -----BEGIN PGP PUBLIC KEY BLOCK-----',
    EXPIRES,
    'Canonical: https://wrenfield-press.dev/.well-known/security.txt',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCgAdFiEEZe7+AiEI4rcIy/z3+ecS5Zr18ioFAmnzrqkACgkQ+ecS5Zr1',
    '=dWjZ',
    '-----END PGP SIGNATURE-----',
  );
  assert.deepEqual(
    lintTxt(text).map((f) => [f.code, slice(text, f)]),
    [[CODE, '- -----BEGIN PGP PUBLIC KEY BLOCK-----']],
  );
});

test('a carriage return alone: Expires is no line of its own (no-expires); with a line feed only no-encryption fires, with CR LF nothing', () => {
  assert.ok(
    lintTxt('Contact: mailto:security@heronfield.dev\rExpires: 2027-06-30T23:59:59Z\n').some((f) => f.code === 'securitytxt/no-expires'),
  );
  assert.deepEqual(
    lintTxt('Contact: mailto:security@heronfield.dev\nExpires: 2027-06-30T23:59:59Z\n').map((f) => f.code),
    ['securitytxt/no-encryption'],
  );
  assert.deepEqual(lintTxt('Contact: https://heronfield.dev/report\r\nExpires: 2027-06-30T23:59:59Z\r\n'), []);
});
