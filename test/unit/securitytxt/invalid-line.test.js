// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/invalid-line';

const { findingsOf, one, fixesClean, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://wrenfield-press.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('"Security policy: https://…": error on the line, suggests Policy, fix renames it', () => {
  const text = txt(CONTACT, EXPIRES, 'Security policy: https://wrenfield-press.dev/security');
  const f = expectOne(text, {
    severity: 'error',
    covers: 'Security policy: https://wrenfield-press.dev/security',
    message: [/field names have no spaces/, /Did you mean "Policy:"\?/],
  });
  fixesClean(text, f, txt(CONTACT, EXPIRES, 'Policy: https://wrenfield-press.dev/security'));
});

test('"Preferred Languages: en" suggests Preferred-Languages', () => {
  const text = txt(CONTACT, EXPIRES, 'Preferred Languages: en');
  const f = one(text);
  assert.match(f.message, /Did you mean "Preferred-Languages:"\?/);
  assert.ok(f.fixes, 'a fix');
  fixesClean(text, f, txt(CONTACT, EXPIRES, 'Preferred-Languages: en'));
});

test('"Bug Bounty: https://…" suggests Bug-Bounty', () => {
  const text = txt(CONTACT, EXPIRES, 'Bug Bounty: https://wrenfield-press.dev/bounty');
  const f = one(text);
  assert.match(f.message, /Did you mean "Bug-Bounty:"\?/);
  assert.ok(f.fixes, 'a fix');
  assert.equal(applyPreferred(text, f), txt(CONTACT, EXPIRES, 'Bug-Bounty: https://wrenfield-press.dev/bounty'));
});

test('"Contact : https://…" (space before the colon): the fix gives "Contact: https://…"', () => {
  const text = txt('Contact : https://wrenfield-press.dev/report', EXPIRES);
  const f = one(text);
  assert.equal(slice(text, f), 'Contact : https://wrenfield-press.dev/report');
  assert.ok(f.fixes, 'a fix');
  fixesClean(text, f, txt(CONTACT, EXPIRES));
});

test('"Contact mailto:…" (colon missing after the name): the fix keeps the whole value', () => {
  const text = txt('Contact mailto:security@wrenfield-press.dev', EXPIRES, 'Encryption: https://wrenfield-press.dev/pgp-key.txt');
  const f = one(text);
  assert.match(f.message, /Did you mean "Contact:"\?/);
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, txt('Contact: mailto:security@wrenfield-press.dev', EXPIRES, 'Encryption: https://wrenfield-press.dev/pgp-key.txt'));
});

test('free text: generic message, no fix', () => {
  const text = txt(CONTACT, EXPIRES, 'Please be nice to us');
  const f = one(text);
  assert.equal(slice(text, f), 'Please be nice to us');
  assert.match(f.message, /not a field \("Name: value"\), a comment \("# …"\) or blank: fix it or comment it out/);
  assert.equal(f.fixes, undefined);
});

test('other lines that are not fields: an indented comment, a bare URL, a PGP line outside a signature', () => {
  for (const line of [
    '  # indented comment',
    'https://wrenfield-press.dev/report',
    'Contact mailto:security@wrenfield-press.dev',
    '-----',
  ]) {
    const text = txt(CONTACT, EXPIRES, line);
    assert.equal(slice(text, one(text)), line, line);
  }
});

test('silent: fields, comments, blank and white-space-only lines', () => {
  assert.deepEqual(findingsOf(txt('# Wrenfield Press', '', CONTACT, '   ', '\t', EXPIRES, '#')), []);
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

test('a carriage return alone ends no line: an error on it, and the two lines read as one; the fix writes line feeds', () => {
  const text = 'Contact: mailto:security@heronfield.dev\rExpires: 2027-06-30T23:59:59Z\n';
  const found = lintTxt(text);
  const crs = found.filter((f) => f.code === 'securitytxt/invalid-line');
  assert.equal(crs.length, 1);
  assert.equal(slice(text, crs[0]), '\r');
  assert.equal(
    crs[0].message,
    'A carriage return alone is not a line ending (RFC 9116: lines end with LF or CR LF), so this and the next line are one line: save the file with LF or CR LF line endings.',
  );
  assert.ok(
    found.some((f) => f.code === 'securitytxt/no-expires'),
    'Expires is not a line of its own',
  );
  const fixed = applyPreferred(text, crs[0]);
  assert.equal(fixed, 'Contact: mailto:security@heronfield.dev\nExpires: 2027-06-30T23:59:59Z\n');
  assert.deepEqual(
    lintTxt(fixed).map((f) => f.code),
    ['securitytxt/no-encryption'],
  );
  assert.deepEqual(lintTxt('Contact: https://heronfield.dev/report\r\nExpires: 2027-06-30T23:59:59Z\r\n'), []);
});
