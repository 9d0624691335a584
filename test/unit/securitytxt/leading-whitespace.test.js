'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred } = require('../helpers.js');

const CODE = 'securitytxt/leading-whitespace';

function findingsOf(text, opts = {}) {
  return lintTxt(text, opts).filter((f) => f.code === CODE);
}

const CONTACT = 'Contact: https://pebblecreek-canoes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a space before the name: error, range is the white space, message names the field', () => {
  const text = txt(` ${CONTACT}`, EXPIRES);
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), ' ');
  assert.match(f.message, /remove the white space before "Contact"/);
});

test('the fix removes the white space; the field is then read normally', () => {
  const text = txt(CONTACT, `\t  ${EXPIRES}`);
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), '\t  ');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, txt(CONTACT, EXPIRES));
  assert.deepEqual(lintTxt(fixed), []);
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
