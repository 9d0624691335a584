// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/long-expiry';

const { findingsOf, expectOne } = forTxtRule(CODE);

function file(expires) {
  return txt('Contact: https://saltmarsh-radio.dev/report', `Expires: ${expires}`, 'Policy: https://saltmarsh-radio.dev/security');
}

test('fires on an Expires over a year ahead: warning, range is the value, message says why', () => {
  const text = file('2030-03-21T15:42:25.000Z');
  expectOne(text, { severity: 'warning', covers: '2030-03-21T15:42:25.000Z', message: [/more than a year ahead/, /less than a year/] });
});

test('the fix renews to now + 365 days; the finding is gone', () => {
  const text = file('2030-03-21T15:42:25.000Z');
  const fixed = applyPreferred(text, findingsOf(text)[0]);
  assert.equal(fixed, file('2027-11-22T00:00:00Z'));
  assert.deepEqual(lintTxt(fixed), []);
});

test('the fix uses expiresInDays', () => {
  const text = file('2029-01-01T00:00:00Z');
  assert.equal(applyPreferred(text, findingsOf(text, { expiresInDays: 180 })[0]), file('2027-05-21T00:00:00Z'));
});

test('the boundary: exactly one year ahead is fine, one second more is not', () => {
  assert.deepEqual(findingsOf(file('2027-11-22T00:00:00Z')), []);
  assert.equal(findingsOf(file('2027-11-22T00:00:01Z')).length, 1);
  // The same instant written with an offset.
  assert.deepEqual(findingsOf(file('2027-11-22T02:00:00+02:00')), []);
  assert.equal(findingsOf(file('2027-11-22T02:00:01+02:00')).length, 1);
});

test('silent: within a year, in the past (expired instead), unreadable (invalid-expires instead)', () => {
  assert.deepEqual(findingsOf(file('2027-06-30T23:59:59Z')), []);
  assert.deepEqual(findingsOf(file('2025-06-30T00:00:00Z')), []);
  assert.deepEqual(findingsOf(file('2031-06-30')), []);
});
