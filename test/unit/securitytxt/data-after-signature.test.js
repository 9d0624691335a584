// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt, forTxtRule, SIGNED_HEAD, SIGNATURE } = require('../helpers.js');

const CODE = 'securitytxt/data-after-signature';

const { findingsOf, one } = forTxtRule(CODE);

const HEAD = SIGNED_HEAD;
const BODY = [
  'Contact: mailto:security@driftwood-sailing.dev',
  'Expires: 2027-06-30T23:59:59Z',
  'Encryption: https://driftwood-sailing.dev/pgp-key.txt',
  'Canonical: https://driftwood-sailing.dev/.well-known/security.txt',
  '',
];

test('a field after the END line: error, range is the line, message says to move or remove it', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE, 'Contact: mailto:intruder@driftwood-sailing.dev');
  const f = one(text);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'Contact: mailto:intruder@driftwood-sailing.dev');
  assert.match(f.message, /Nothing may follow "-----END PGP SIGNATURE-----": move this into the signed part and sign again, or remove it/);
  assert.equal(f.fixes, undefined);
  // The unsigned line is not read as a field.
  assert.equal(core.parseSecurityTxt(text).fields.filter((x) => x.name === 'Contact').length, 1);
});

test('every non-blank line after the signature is reported; blank ones are not', () => {
  const text = txt(...HEAD, ...BODY, ...SIGNATURE, '', '# unsigned note', '   ', 'trailing words');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['# unsigned note', 'trailing words'],
  );
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

test('CRLF: text after the END line is found too', () => {
  const text = [...HEAD, ...BODY, ...SIGNATURE, 'Hiring: https://driftwood-sailing.dev/jobs', ''].join('\r\n');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['Hiring: https://driftwood-sailing.dev/jobs'],
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
  assert.deepEqual(findingsOf(text), []);
  const codes = lintTxt(text).map((f) => f.code);
  assert.ok(!codes.includes('securitytxt/no-expires'), codes.join());
  assert.ok(!codes.includes('securitytxt/leading-whitespace'), codes.join());
  assert.ok(!codes.includes('securitytxt/unknown-field'), codes.join());
});

test('unsigned files never have data after a signature', () => {
  assert.deepEqual(findingsOf(txt(...BODY, '# the end')), []);
});
