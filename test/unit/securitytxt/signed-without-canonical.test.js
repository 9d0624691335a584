// @ts-check
'use strict';
// securitytxt/signed-without-canonical: what it reports is in cases/signed-without-canonical.json;
// here, what the format cannot say: the parse of a signed file.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

test('the signed file is parsed: Hash header not a field, the fields of the body are read', () => {
  const text = txt(
    ...SIGNED_HEAD,
    'Contact: https://quarrystone-audio.dev/report',
    'Expires: 2027-06-30T23:59:59Z',
    'Canonical: https://quarrystone-audio.dev/.well-known/security.txt',
    '',
    ...SIGNATURE,
  );
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
});
