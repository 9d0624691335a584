// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/invalid-expires';

const { findingsOf } = forTxtRule(CODE);

function file(expires) {
  return txt('Contact: https://cinderpath-forge.dev/report', `Expires: ${expires}`);
}

const VALID = [
  '2027-06-30T23:59:59Z',
  '2027-06-30T23:59:59z',
  '2027-06-30t23:59:59Z',
  '2027-06-30T23:59:59+02:00',
  '2027-06-30T23:59:59-05:30',
  '2027-06-30T23:59:59.5Z',
  '2027-06-30T23:59:59.000Z',
  '2027-06-30T23:59:59.123456789Z',
  '2027-06-30T23:59:59.25+02:00',
  '2027-02-28T00:00:00Z',
];

const INVALID = [
  '2027-13-01T00:00:00Z',
  '2027-02-30T00:00:00Z',
  '2027-02-29T00:00:00Z',
  '2027-04-31T12:00:00Z',
  'Thu, 17 Mar 2022 12:00 +0100',
  '2027-06-30',
  '2027-06-30 23:59:59Z',
  '2027-06-30T23:59:59',
  '2027-06-30T23:59:59+0200',
  '2027-06-30T24:00:00Z',
  '2027-06-30T23:60:00Z',
  '2027-6-30T23:59:59Z',
  'next year',
];

test('silent on RFC 3339 date-times: Z or z, lower-case t, offsets, fractional seconds', () => {
  for (const value of VALID) assert.deepEqual(findingsOf(file(value)), [], value);
});

test('RFC 3339 allows any number of fractional digits', () => {
  assert.deepEqual(findingsOf(file('2027-06-30T23:59:59.1234567890Z')), []);
});

test('RFC 3339 allows a leap second (23:59:60): a past one is expired, not invalid', () => {
  const text = file('2016-12-31T23:59:60Z');
  assert.deepEqual(findingsOf(text), []);
  assert.ok(lintTxt(text).some((f) => f.code === 'securitytxt/expired'));
});

test('fires on values that are not RFC 3339 date-times: range is the value, error', () => {
  for (const value of INVALID) {
    const text = file(value);
    const findings = findingsOf(text);
    assert.equal(findings.length, 1, value);
    assert.equal(findings[0].severity, 'error');
    assert.equal(slice(text, findings[0]), value);
  }
});

test('the message quotes the value and shows the right form', () => {
  const [f] = findingsOf(file('Thu, 17 Mar 2022 12:00 +0100'));
  assert.match(f.message, /"Thu, 17 Mar 2022 12:00 \+0100" is not an RFC 3339 date-time/);
  assert.match(f.message, /write it like 2027-06-30T23:59:59Z/);
});

test('an unreadable date is neither expired nor too far ahead', () => {
  const codes = lintTxt(file('Thu, 17 Mar 2022 12:00 +0100')).map((f) => f.code);
  assert.deepEqual(codes, [CODE]);
});

test('the fix renews Expires to now + 365 days as YYYY-MM-DDTHH:MM:SSZ; the finding is gone', () => {
  for (const value of ['2027-06-30', '2027-02-30T00:00:00Z', 'Thu, 17 Mar 2022 12:00 +0100']) {
    const text = file(value);
    const [f] = findingsOf(text);
    const fix = f.fixes.find((x) => x.isPreferred);
    assert.ok(fix, 'a preferred fix');
    assert.match(fix.title, /2027-11-22T00:00:00Z/);
    const fixed = applyPreferred(text, f);
    assert.equal(fixed, file('2027-11-22T00:00:00Z'));
    assert.deepEqual(lintTxt(fixed), [], value);
  }
});

test('the fix uses expiresInDays when given', () => {
  const text = file('2027-06-30');
  const fixed = applyPreferred(text, findingsOf(text, { expiresInDays: 30 })[0]);
  assert.equal(fixed, file('2026-12-22T00:00:00Z'));
});

test('an empty Expires is empty-value, not invalid-expires', () => {
  const text = txt('Contact: https://cinderpath-forge.dev/report', 'Expires:');
  assert.deepEqual(findingsOf(text), []);
  assert.ok(lintTxt(text).some((f) => f.code === 'securitytxt/empty-value'));
});

test('each bad Expires is reported (alongside multiple-expires)', () => {
  const text = txt('Contact: https://cinderpath-forge.dev/report', 'Expires: 2027-06-30', 'Expires: soon');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['2027-06-30', 'soon'],
  );
});
