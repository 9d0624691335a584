// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/empty-value';

const { findingsOf, one } = forTxtRule(CODE);

const CONTACT = 'Contact: https://ironwood-clocks.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a field with nothing after the colon: error, range is the line, message says to write a value or remove it', () => {
  const text = txt(CONTACT, EXPIRES, 'Hiring:');
  const f = one(text);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'Hiring:');
  assert.equal(f.message, '"Hiring" has no value: write one, or remove the line.');
  assert.equal(f.fixes, undefined);
});

test('only white space after the colon counts as empty', () => {
  const text = txt(CONTACT, EXPIRES, 'CSAF:   ', 'Policy:\t');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['CSAF:   ', 'Policy:\t'],
  );
  // Only empty-value: no no-space, no invalid-uri.
  assert.deepEqual([...new Set(lintTxt(text).map((f) => f.code))], [CODE]);
});

test('an empty Expires: empty-value, and neither no-expires nor invalid-expires', () => {
  const text = txt(CONTACT, 'Expires:');
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    [CODE],
  );
});

test('an unknown field with no value is reported too', () => {
  const text = txt(CONTACT, EXPIRES, 'X-Team:');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['X-Team:'],
  );
});

test('silent: every field has a value', () => {
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES, 'Preferred-Languages: en')), []);
});
