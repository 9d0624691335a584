// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/not-https';

const { findingsOf, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://gullwing-kites.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('fires on an http:// Policy: error, range is the value, message gives the https URL', () => {
  const text = txt(CONTACT, EXPIRES, 'Policy: http://gullwing-kites.dev/security');
  expectOne(text, {
    severity: 'error',
    covers: 'http://gullwing-kites.dev/security',
    message: [/requires https/, /use https:\/\/gullwing-kites\.dev\/security/],
  });
});

test('the fix switches to https://; the finding is gone', () => {
  const text = txt(CONTACT, EXPIRES, 'Policy: http://gullwing-kites.dev/security');
  const fixed = applyPreferred(text, findingsOf(text)[0]);
  assert.equal(fixed, txt(CONTACT, EXPIRES, 'Policy: https://gullwing-kites.dev/security'));
  assert.deepEqual(lintTxt(fixed), []);
});

test('an upper-case HTTP:// scheme is fixed too', () => {
  const text = txt('Contact: HTTP://gullwing-kites.dev/report', EXPIRES);
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), 'HTTP://gullwing-kites.dev/report');
  assert.equal(applyPreferred(text, f), txt('Contact: https://gullwing-kites.dev/report', EXPIRES));
});

test('applies to Contact, Encryption, Acknowledgments, Canonical, Policy, Hiring and CSAF', () => {
  for (const name of ['Contact', 'Encryption', 'Acknowledgments', 'Canonical', 'Policy', 'Hiring', 'CSAF']) {
    const text = txt(CONTACT, EXPIRES, `${name}: http://gullwing-kites.dev/${name.toLowerCase()}`);
    const findings = findingsOf(text);
    assert.equal(findings.length, 1, name);
    assert.equal(slice(text, findings[0]), `http://gullwing-kites.dev/${name.toLowerCase()}`);
    assert.equal(applyPreferred(text, findings[0]), txt(CONTACT, EXPIRES, `${name}: https://gullwing-kites.dev/${name.toLowerCase()}`));
  }
});

test('silent: https, mailto, tel; http in comments and unknown fields', () => {
  const text = txt(
    '# Mirror: http://gullwing-kites.dev/.well-known/security.txt',
    CONTACT,
    'Contact: mailto:security@gullwing-kites.dev',
    'Contact: tel:+15550100200',
    EXPIRES,
    'Encryption: https://gullwing-kites.dev/pgp-key.txt',
    'X-Mirror: http://gullwing-kites.dev/security.txt',
  );
  assert.deepEqual(findingsOf(text), []);
});
