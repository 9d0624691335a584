// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt, forTxtRule, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/signed-without-canonical';

const { findingsOf, one } = forTxtRule(CODE);

const HEAD = SIGNED_HEAD;
const CONTACT = 'Contact: https://quarrystone-audio.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const CANONICAL = 'Canonical: https://quarrystone-audio.dev/.well-known/security.txt';

test('a signed file without Canonical: warning on the BEGIN line, message says what to add', () => {
  const text = txt(...HEAD, CONTACT, EXPIRES, '', ...SIGNATURE);
  const f = one(text);
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f), '-----BEGIN PGP SIGNED MESSAGE-----');
  assert.match(f.message, /add "Canonical: https:\/\/<host>\/\.well-known\/security\.txt" before signing/);
  assert.equal(f.fixes, undefined);
  assert.deepEqual(
    lintTxt(text).map((x) => x.code),
    [CODE],
  );
});

test('the signed file is parsed: Hash header not a field, the fields of the body are read', () => {
  const text = txt(...HEAD, CONTACT, EXPIRES, CANONICAL, '', ...SIGNATURE);
  const model = core.parseSecurityTxt(text);
  assert.deepEqual(
    model.fields.map((f) => [f.name, f.value]),
    [
      ['Contact', 'https://quarrystone-audio.dev/report'],
      ['Expires', '2027-06-30T23:59:59Z'],
      ['Canonical', 'https://quarrystone-audio.dev/.well-known/security.txt'],
    ],
  );
  assert.equal(slice(text, model.signed), '-----BEGIN PGP SIGNED MESSAGE-----');
  assert.deepEqual(model.afterSignature, []);
  assert.deepEqual(lintTxt(text), []);
});

test('a Canonical after the signature block does not count', () => {
  const text = txt(...HEAD, CONTACT, EXPIRES, ...SIGNATURE, CANONICAL);
  assert.equal(findingsOf(text).length, 1);
});

test('silent: signed with Canonical (any letter case), unsigned without Canonical', () => {
  assert.deepEqual(
    findingsOf(txt(...HEAD, CONTACT, EXPIRES, 'canonical: https://quarrystone-audio.dev/.well-known/security.txt', ...SIGNATURE)),
    [],
  );
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES)), []);
});

test('CRLF signed file: same reading', () => {
  const text = [...HEAD, CONTACT, EXPIRES, '', ...SIGNATURE, ''].join('\r\n');
  assert.deepEqual(
    lintTxt(text).map((x) => x.code),
    [CODE],
  );
  const withCanonical = [...HEAD, CONTACT, EXPIRES, CANONICAL, ...SIGNATURE, ''].join('\r\n');
  assert.deepEqual(lintTxt(withCanonical), []);
});
