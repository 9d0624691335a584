// @ts-check
'use strict';
// securitytxt/invalid-expires: what cases/invalid-expires.json cannot say (the other rules, that
// the fix is the preferred one).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/invalid-expires';

function file(expires) {
  return txt('Contact: https://cinderpath-forge.dev/report', `Expires: ${expires}`);
}

test('a past leap second is expired', () => {
  assert.ok(lintTxt(file('2016-12-31T23:59:60Z')).some((f) => f.code === 'securitytxt/expired'));
});

test('an unreadable date is neither expired nor too far ahead', () => {
  const codes = lintTxt(file('Thu, 17 Mar 2022 12:00 +0100')).map((f) => f.code);
  assert.deepEqual(codes, [CODE]);
});

test('the fix that renews Expires is the preferred one', () => {
  for (const value of ['2027-06-30', '2027-02-30T00:00:00Z', 'Thu, 17 Mar 2022 12:00 +0100']) {
    const [f] = lintTxt(file(value)).filter((x) => x.code === CODE);
    assert.ok(
      f.fixes.find((x) => x.isPreferred),
      value,
    );
  }
});

test('an empty Expires is empty-value', () => {
  const text = txt('Contact: https://cinderpath-forge.dev/report', 'Expires:');
  assert.ok(lintTxt(text).some((f) => f.code === 'securitytxt/empty-value'));
});
