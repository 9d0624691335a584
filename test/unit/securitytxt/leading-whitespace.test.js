// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/leading-whitespace';

const { findingsOf, fixesClean, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://pebblecreek-canoes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a space before the name: error, range is the white space, message names the field', () => {
  const text = txt(` ${CONTACT}`, EXPIRES);
  expectOne(text, { severity: 'error', covers: ' ', message: /remove the white space before "Contact"/ });
});

test('the fix removes the white space; the field is then read normally', () => {
  const text = txt(CONTACT, `\t  ${EXPIRES}`);
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), '\t  ');
  fixesClean(text, f, txt(CONTACT, EXPIRES));
});

test('an indented field still counts as that field (no no-contact), and each indented line is reported', () => {
  const text = txt(`  ${CONTACT}`, `\t${EXPIRES}`);
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['  ', '\t'],
  );
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    [CODE, CODE],
  );
});

test('silent: fields at the start of the line, white-space-only lines, dash-escaped fields in a signed body', () => {
  assert.deepEqual(findingsOf(txt(CONTACT, '   ', EXPIRES)), []);
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
