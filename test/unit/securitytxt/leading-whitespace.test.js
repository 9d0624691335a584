// @ts-check
'use strict';
// securitytxt/leading-whitespace: what cases/leading-whitespace.json cannot say (files on which
// no other rule fires).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/leading-whitespace';

const CONTACT = 'Contact: https://pebblecreek-canoes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('an indented field still counts as that field (no no-contact): only leading-whitespace fires', () => {
  assert.deepEqual(
    lintTxt(txt(`  ${CONTACT}`, `\t${EXPIRES}`)).map((f) => f.code),
    [CODE, CODE],
  );
});

test('silent: dash-escaped fields in a signed body', () => {
  const signed = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA512',
    '',
    `- ${CONTACT}`,
    EXPIRES,
    'Canonical: https://pebblecreek-canoes.dev/.well-known/security.txt',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCgAdFiEEZe7+AiEI4rcIy/z3+ecS5Zr18ioFAmnzrqkACgkQ+ecS5Zr1',
    '=dWjZ',
    '-----END PGP SIGNATURE-----',
  );
  assert.deepEqual(lintTxt(signed), []);
});
