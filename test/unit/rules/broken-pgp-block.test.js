// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule, SIGNED_HEAD } = require('../helpers.js');

const CODE = 'broken-pgp-block';
const { expectOne } = forRule(CODE);

// Invented radix-64 lines: they look like key data; they are no real key.
const KEY_LINES = [
  'mDMEZk3QbxYJKwYBBAHaRw8BAQdAq7Vn2cXbPz0rW1sLJm4eTfYh8uKdN3oQxA5v',
  'tB9IZWF0aGVybW9vciBTZWN1cml0eSA8c2VjQGhlYXRoZXJtb29yLm9yZz6IkwQT',
  'FgoAOxYhBFx2m9QwRk7pL3sVbN8cYt0aJe4UBQJmTdBvAhsDBQsJCAcCAiICBhUK',
  '=Qx7b',
];

/** A cleartext-signed message and its signature's key lines, without the signature's END line. */
const SIGNED_MESSAGE = [
  ...SIGNED_HEAD,
  'Heathermoor accepts reports at security@heathermoor.org.',
  '-----BEGIN PGP SIGNATURE-----',
  '',
  ...KEY_LINES,
];

function policy(...block) {
  return md(
    '# Heathermoor Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@heathermoor.org, encrypted with this key:',
    '',
    '```',
    ...block,
    '```',
  );
}

test('fires on a BEGIN line without END: range = the BEGIN line, error, says what to do', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...KEY_LINES);
  const f = expectOne(text, {
    severity: 'error',
    covers: '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    message: /-----END PGP PUBLIC KEY BLOCK-----/,
  });
  // It says what to do: paste the whole block, or link to the key.
  assert.match(f.message, /paste the whole armored block/);
  assert.match(f.message, /gpg --armor --export/);
});

test('fires when the END line has only four dashes (it counts as missing)', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...KEY_LINES, '----END PGP PUBLIC KEY BLOCK----');
  assert.deepEqual(slicesOf(text, CODE), ['-----BEGIN PGP PUBLIC KEY BLOCK-----']);
  assert.match(findingsOf(text, CODE)[0].message, /has no "-----END PGP PUBLIC KEY BLOCK-----" line/);
});

test('fires when the END line names another kind of block', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...KEY_LINES, '-----END PGP SIGNATURE-----');
  assert.deepEqual(slicesOf(text, CODE), ['-----BEGIN PGP PUBLIC KEY BLOCK-----']);
});

test('fires on a complete block with no key data', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '', '(paste the key here)', '', '-----END PGP PUBLIC KEY BLOCK-----');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), '-----BEGIN PGP PUBLIC KEY BLOCK-----');
  assert.match(findings[0].message, /holds no key data/);
});

test('fires on an empty block', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '-----END PGP PUBLIC KEY BLOCK-----');
  assert.deepEqual(slicesOf(text, CODE), ['-----BEGIN PGP PUBLIC KEY BLOCK-----']);
});

test('fires on the unclosed block only, when a second, complete block follows', () => {
  const text = policy(
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '',
    KEY_LINES[0],
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '',
    ...KEY_LINES,
    '-----END PGP PUBLIC KEY BLOCK-----',
  );
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].start, text.indexOf('-----BEGIN PGP PUBLIC KEY BLOCK-----'));
});

test('silent: a complete block with radix-64 lines', () => {
  const text = policy('-----BEGIN PGP PUBLIC KEY BLOCK-----', '', ...KEY_LINES, '-----END PGP PUBLIC KEY BLOCK-----');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: a complete block quoted with "> "', () => {
  const text = md(
    '# Heathermoor Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    '> -----BEGIN PGP PUBLIC KEY BLOCK-----',
    '>',
    ...KEY_LINES.map((l) => `> ${l}`),
    '> -----END PGP PUBLIC KEY BLOCK-----',
  );
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: a cleartext PGP SIGNED MESSAGE needs no key lines of its own', () => {
  const text = policy(...SIGNED_MESSAGE, '-----END PGP SIGNATURE-----');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('fires on a cleartext-signed message whose signature has no END line: range = the SIGNATURE line', () => {
  const text = policy(...SIGNED_MESSAGE);
  assert.deepEqual(slicesOf(text, CODE), ['-----BEGIN PGP SIGNATURE-----']);
});

test('silent: no PGP block at all, and prose that names one', () => {
  assert.deepEqual(findingsOf(policy('no key yet'), CODE), []);
  const text = md('# Heathermoor', '', 'Our key starts with BEGIN PGP PUBLIC KEY BLOCK, see keys.openpgp.org.');
  assert.deepEqual(findingsOf(text, CODE), []);
});
