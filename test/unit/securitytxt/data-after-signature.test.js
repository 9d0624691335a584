// @ts-check
'use strict';
// securitytxt/data-after-signature: what cases/data-after-signature.json cannot say (no fix, the
// parsed model, files on which nothing fires at all).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/data-after-signature';

const HEAD = SIGNED_HEAD;
const BODY = [
  'Contact: mailto:security@driftwood-sailing.dev',
  'Expires: 2027-06-30T23:59:59Z',
  'Encryption: https://driftwood-sailing.dev/pgp-key.txt',
  'Canonical: https://driftwood-sailing.dev/.well-known/security.txt',
  '',
];

test('a field after the END line: no fix, and the unsigned line is not read as a field', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE, 'Contact: mailto:intruder@driftwood-sailing.dev');
  const [f] = lintTxt(text).filter((x) => x.code === CODE);
  assert.equal(f.fixes, undefined);
  assert.equal(core.parseSecurityTxt(text).fields.filter((x) => x.name === 'Contact').length, 1);
});

test('the signed file itself is clean: Hash header not a field, body fields read, nothing after', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE);
  assert.deepEqual(lintTxt(text), []);
  assert.deepEqual(
    core.parseSecurityTxt(text).fields.map((f) => f.name),
    ['Contact', 'Expires', 'Encryption', 'Canonical'],
  );
});

test('silent: blank lines after the END line, CRLF endings', () => {
  assert.deepEqual(lintTxt(txt(...HEAD, ...BODY, ...SIGNATURE, '', '')), []);
  assert.deepEqual(lintTxt([...HEAD, ...BODY, ...SIGNATURE, '', ''].join('\r\n')), []);
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
  const codes = lintTxt(text).map((f) => f.code);
  assert.ok(!codes.includes(CODE), codes.join());
  assert.ok(!codes.includes('securitytxt/no-expires'), codes.join());
  assert.ok(!codes.includes('securitytxt/leading-whitespace'), codes.join());
  assert.ok(!codes.includes('securitytxt/unknown-field'), codes.join());
});
