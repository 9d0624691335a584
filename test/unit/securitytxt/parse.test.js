// @ts-check
'use strict';
// The parsed model of a security.txt: what the rules read. What each rule reports is in cases/.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const BODY = [
  'Contact: mailto:security@driftwood-sailing.dev',
  'Expires: 2027-06-30T23:59:59Z',
  'Canonical: https://driftwood-sailing.dev/.well-known/security.txt',
  '',
];

test('a signed file: the armor and its Hash header are no fields, the fields of the body are read', () => {
  const text = txt(...SIGNED_HEAD, ...BODY, ...SIGNATURE);
  const model = core.parseSecurityTxt(text);
  assert.deepEqual(
    model.fields.map((f) => [f.name, f.value]),
    [
      ['Contact', 'mailto:security@driftwood-sailing.dev'],
      ['Expires', '2027-06-30T23:59:59Z'],
      ['Canonical', 'https://driftwood-sailing.dev/.well-known/security.txt'],
    ],
  );
  assert.equal(slice(text, model.signed), '-----BEGIN PGP SIGNED MESSAGE-----');
  assert.deepEqual(model.afterSignature, []);
});

test('a field after the END line is not read as a field', () => {
  const text = txt(...SIGNED_HEAD, ...BODY, ...SIGNATURE, 'Contact: mailto:intruder@driftwood-sailing.dev');
  assert.equal(core.parseSecurityTxt(text).fields.filter((x) => x.name === 'Contact').length, 1);
});

test('dash-escaped lines in the body: "- Field" is read as the field, "- -----BEGIN PGP SIGNATURE-----" does not start the signature', () => {
  const text = txt(
    ...SIGNED_HEAD,
    '- # dash-escaped comment',
    '- Contact: mailto:security@driftwood-sailing.dev',
    '- -----BEGIN PGP SIGNATURE-----',
    'Expires: 2027-06-30T23:59:59Z',
    'Encryption: https://driftwood-sailing.dev/pgp-key.txt',
    'Canonical: https://driftwood-sailing.dev/.well-known/security.txt',
    ...SIGNATURE,
  );
  const model = core.parseSecurityTxt(text);
  assert.deepEqual(
    model.fields.map((f) => f.name),
    ['Contact', 'Expires', 'Encryption', 'Canonical'],
  );
  const contact = model.fields[0];
  assert.equal(slice(text, contact.nameSpan), 'Contact');
  assert.equal(slice(text, contact.valueSpan), 'mailto:security@driftwood-sailing.dev');
});

test('a byte order mark: the model says so, and the first field is read after it', () => {
  const unsigned = txt(...BODY.slice(0, 2));
  const text = '\uFEFF' + unsigned;
  const model = core.parseSecurityTxt(text);
  assert.equal(model.bom, true);
  assert.equal(model.fields[0].name, 'Contact');
  assert.equal(slice(text, model.fields[0].nameSpan), 'Contact');
  assert.equal(core.parseSecurityTxt(unsigned).bom, false);
});
