// @ts-check
'use strict';
// securitytxt/data-after-signature: what cases/data-after-signature.json cannot say (the parsed
// model of a signed file).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const HEAD = SIGNED_HEAD;
const BODY = [
  'Contact: mailto:security@driftwood-sailing.dev',
  'Expires: 2027-06-30T23:59:59Z',
  'Encryption: https://driftwood-sailing.dev/pgp-key.txt',
  'Canonical: https://driftwood-sailing.dev/.well-known/security.txt',
  '',
];

test('a field after the END line is not read as a field', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE, 'Contact: mailto:intruder@driftwood-sailing.dev');
  assert.equal(core.parseSecurityTxt(text).fields.filter((x) => x.name === 'Contact').length, 1);
});

test('the signed file: Hash header not a field, body fields read', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE);
  assert.deepEqual(
    core.parseSecurityTxt(text).fields.map((f) => f.name),
    ['Contact', 'Expires', 'Encryption', 'Canonical'],
  );
});

test('dash-escaped lines in the body: "- Field" is read as the field, "- -----BEGIN PGP SIGNATURE-----" does not start the signature', () => {
  const text = txt(
    ...HEAD,
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
