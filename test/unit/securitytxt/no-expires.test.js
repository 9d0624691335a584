// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/no-expires';

const { findingsOf, one, expectOne } = forTxtRule(CODE);

test('fires on a file without Expires: error on the first line, message names a date within a year', () => {
  const text = txt('# Otterbrook Dairy', 'Contact: https://otterbrook-dairy.dev/report');
  expectOne(text, { severity: 'error', covers: '# Otterbrook Dairy', message: [/No Expires field/, /"Expires: 2027-11-22T00:00:00Z"/] });
});

test('the fix adds Expires (now + 365 days) after the last field; the finding is gone', () => {
  const text = txt('# Otterbrook Dairy', 'Contact: https://otterbrook-dairy.dev/report', '', '# the end');
  const fixed = applyPreferred(text, one(text));
  assert.equal(
    fixed,
    txt('# Otterbrook Dairy', 'Contact: https://otterbrook-dairy.dev/report', 'Expires: 2027-11-22T00:00:00Z', '', '# the end'),
  );
  assert.deepEqual(lintTxt(fixed), []);
});

test('the fix uses expiresInDays when it is 1..365, and 365 otherwise', () => {
  const text = txt('Contact: https://otterbrook-dairy.dev/report');
  const with90 = applyPreferred(text, one(text, { expiresInDays: 90 }));
  assert.equal(with90, txt('Contact: https://otterbrook-dairy.dev/report', 'Expires: 2027-02-20T00:00:00Z'));
  for (const days of [0, 400, 1.5, -3]) {
    const fixed = applyPreferred(text, one(text, { expiresInDays: days }));
    assert.equal(fixed, txt('Contact: https://otterbrook-dairy.dev/report', 'Expires: 2027-11-22T00:00:00Z'), `expiresInDays ${days}`);
  }
});

test('the fix keeps CRLF line endings', () => {
  const text = 'Contact: https://otterbrook-dairy.dev/report\r\nPolicy: https://otterbrook-dairy.dev/security\r\n';
  const fixed = applyPreferred(text, one(text));
  assert.equal(
    fixed,
    'Contact: https://otterbrook-dairy.dev/report\r\nPolicy: https://otterbrook-dairy.dev/security\r\nExpires: 2027-11-22T00:00:00Z\r\n',
  );
  assert.deepEqual(lintTxt(fixed), []);
});

test('the fix starts a new line when the last field has no line ending', () => {
  const text = 'Contact: https://otterbrook-dairy.dev/report';
  const fixed = applyPreferred(text, one(text));
  assert.equal(fixed, txt('Contact: https://otterbrook-dairy.dev/report', 'Expires: 2027-11-22T00:00:00Z'));
  assert.deepEqual(lintTxt(fixed), []);
});

test('in a signed file the fix puts Expires inside the signed body, before the signature block', () => {
  const text = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA256',
    '',
    'Contact: https://otterbrook-dairy.dev/report',
    'Canonical: https://otterbrook-dairy.dev/.well-known/security.txt',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQHOBAEBCAA4FiEEUWgkqhSOHRHwGue2IZjqt5flXH4FAl7Hkw0aHHNlY3VyaXR5',
    '=6MOG',
    '-----END PGP SIGNATURE-----',
  );
  const f = one(text);
  assert.equal(slice(text, f), '-----BEGIN PGP SIGNED MESSAGE-----');
  const fixed = applyPreferred(text, f);
  assert.ok(
    fixed.includes(
      'Canonical: https://otterbrook-dairy.dev/.well-known/security.txt\nExpires: 2027-11-22T00:00:00Z\n-----BEGIN PGP SIGNATURE-----\n',
    ),
    fixed,
  );
  assert.deepEqual(lintTxt(fixed), []);
});

test('silent: an Expires field in any letter case, even with a bad value', () => {
  for (const line of ['Expires: 2027-06-30T23:59:59Z', 'expires: 2027-06-30T23:59:59Z', 'EXPIRES: 2027-06-30', 'Expires:']) {
    assert.deepEqual(findingsOf(txt('Contact: https://otterbrook-dairy.dev/report', line)), [], line);
  }
});

test('an Expires in a comment does not count', () => {
  assert.equal(findingsOf(txt('Contact: https://otterbrook-dairy.dev/report', '# Expires: 2027-06-30T23:59:59Z')).length, 1);
});
