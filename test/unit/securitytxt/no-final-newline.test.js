// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/no-final-newline';

const { findingsOf, fixesClean, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://bramblewick-tea.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('the last line has no line ending: error, range is the last line, message says to add one', () => {
  const text = `${CONTACT}\n${EXPIRES}`;
  const f = expectOne(text, { severity: 'error', covers: EXPIRES, message: /ends with a line break, the last one too: add one/ });
  fixesClean(text, f, `${CONTACT}\n${EXPIRES}\n`);
});

test('a CRLF file gets CRLF', () => {
  const text = `${CONTACT}\r\n${EXPIRES}`;
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), EXPIRES);
  fixesClean(text, f, `${CONTACT}\r\n${EXPIRES}\r\n`);
});

test('a file ending in a bare CR gets the missing LF', () => {
  const text = `${CONTACT}\r\n${EXPIRES}\r`;
  const [f] = findingsOf(text);
  assert.equal(applyPreferred(text, f), `${CONTACT}\r\n${EXPIRES}\r\n`);
});

test('a last comment line without line ending is reported too', () => {
  const text = `${CONTACT}\n${EXPIRES}\n# bye`;
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), '# bye');
});

test('a signed file ending at the END line without line ending', () => {
  const text = [
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA512',
    '',
    CONTACT,
    EXPIRES,
    'Canonical: https://bramblewick-tea.dev/.well-known/security.txt',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCgAdFiEEZe7+AiEI4rcIy/z3+ecS5Zr18ioFAmnzrqkACgkQ+ecS5Zr1',
    '=dWjZ',
    '-----END PGP SIGNATURE-----',
  ].join('\n');
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), '-----END PGP SIGNATURE-----');
  fixesClean(text, f, text + '\n');
});

test('silent: LF and CRLF endings on the last line, trailing blank lines, an empty file', () => {
  for (const text of [
    `${CONTACT}\n${EXPIRES}\n`,
    `${CONTACT}\r\n${EXPIRES}\r\n`,
    `${CONTACT}\n${EXPIRES}\n\n`,
    `${CONTACT}\r\n${EXPIRES}\r\n\r\n`,
    '',
  ]) {
    assert.deepEqual(findingsOf(text), [], JSON.stringify(text));
  }
});
