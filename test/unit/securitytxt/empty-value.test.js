// @ts-check
'use strict';
// securitytxt/empty-value: what cases/empty-value.json cannot say (no fix, the other rules).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/empty-value';

const CONTACT = 'Contact: https://ironwood-clocks.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a field with nothing after the colon has no fix', () => {
  const [f] = lintTxt(txt(CONTACT, EXPIRES, 'Hiring:')).filter((x) => x.code === CODE);
  assert.equal(f.fixes, undefined);
});

test('white space after the colon: only empty-value, no no-space, no invalid-uri', () => {
  assert.deepEqual([...new Set(lintTxt(txt(CONTACT, EXPIRES, 'CSAF:   ', 'Policy:\t')).map((f) => f.code))], [CODE]);
});

test('an empty Expires: empty-value, and neither no-expires nor invalid-expires', () => {
  assert.deepEqual(
    lintTxt(txt(CONTACT, 'Expires:')).map((f) => f.code),
    [CODE],
  );
});
