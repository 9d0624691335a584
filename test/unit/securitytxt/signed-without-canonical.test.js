// @ts-check
'use strict';
// securitytxt/signed-without-canonical: what it reports is in cases/signed-without-canonical.json;
// here, that it is the only finding and has no fix, the parse of a signed file, and CRLF.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/signed-without-canonical';

const HEAD = SIGNED_HEAD;
const CONTACT = 'Contact: https://quarrystone-audio.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const CANONICAL = 'Canonical: https://quarrystone-audio.dev/.well-known/security.txt';

test('a signed file without Canonical: the only finding, with no quick fix', () => {
  const text = txt(...HEAD, CONTACT, EXPIRES, '', ...SIGNATURE);
  assert.deepEqual(
    lintTxt(text).map((x) => [x.code, x.fixes]),
    [[CODE, undefined]],
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

test('CRLF signed file: same reading', () => {
  const text = [...HEAD, CONTACT, EXPIRES, '', ...SIGNATURE, ''].join('\r\n');
  assert.deepEqual(
    lintTxt(text).map((x) => x.code),
    [CODE],
  );
  const withCanonical = [...HEAD, CONTACT, EXPIRES, CANONICAL, ...SIGNATURE, ''].join('\r\n');
  assert.deepEqual(lintTxt(withCanonical), []);
});
