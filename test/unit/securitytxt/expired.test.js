// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/expired';

const { findingsOf, fixesClean, expectOne } = forTxtRule(CODE);

function file(expires) {
  return txt('# Brackenfold Orchards', 'Contact: https://brackenfold-orchards.dev/report', `Expires: ${expires}`);
}

test('fires on an Expires in the past: error, range is the value, message says to renew', () => {
  const text = file('2025-06-30T00:00:00z');
  expectOne(text, {
    severity: 'error',
    covers: '2025-06-30T00:00:00z',
    message: [/expired on 2025-06-30T00:00:00z/, /set a new Expires/],
  });
});

test('the fix renews to now + 365 days; nothing is left', () => {
  const text = file('2026-01-01T00:01:00.000Z');
  const [f] = findingsOf(text);
  const fix = f.fixes.find((x) => x.isPreferred);
  assert.match(fix.title, /Renew Expires to 2027-11-22T00:00:00Z \(in 365 days\)/);
  fixesClean(text, f, file('2027-11-22T00:00:00Z'));
});

test('the fix uses expiresInDays', () => {
  const text = file('2026-01-01T00:00:00Z');
  assert.equal(applyPreferred(text, findingsOf(text, { expiresInDays: 90 })[0]), file('2027-02-20T00:00:00Z'));
  assert.equal(applyPreferred(text, findingsOf(text, { expiresInDays: 1 })[0]), file('2026-11-23T00:00:00Z'));
});

test('the renewed value is YYYY-MM-DDTHH:MM:SSZ even when now has milliseconds', () => {
  const now = new Date('2026-11-22T10:11:12.345Z');
  const text = file('2026-01-01T00:00:00Z');
  const fixed = applyPreferred(text, findingsOf(text, { now })[0]);
  assert.equal(fixed, file('2027-11-22T10:11:12Z'));
});

test('the boundary: Expires equal to now is expired, one second later is not', () => {
  assert.equal(findingsOf(file('2026-11-22T00:00:00Z')).length, 1);
  assert.deepEqual(findingsOf(file('2026-11-22T00:00:01Z')), []);
});

test('offsets are taken into account', () => {
  // 2026-11-22T01:00:00+02:00 is 2026-11-21T23:00:00Z: past.
  assert.equal(findingsOf(file('2026-11-22T01:00:00+02:00')).length, 1);
  // 2026-11-21T23:00:00-02:00 is 2026-11-22T01:00:00Z: future.
  assert.deepEqual(findingsOf(file('2026-11-21T23:00:00-02:00')), []);
});

test('judged against options.now', () => {
  const text = file('2025-06-30T00:00:00Z');
  assert.deepEqual(findingsOf(text, { now: new Date('2025-01-01T00:00:00Z') }), []);
});

test('silent: a future date, an unreadable date (invalid-expires instead), no Expires', () => {
  assert.deepEqual(findingsOf(file('2027-06-30T23:59:59Z')), []);
  assert.deepEqual(findingsOf(file('Thu, 17 Mar 2022 12:00 +0100')), []);
  assert.deepEqual(findingsOf(txt('Contact: https://brackenfold-orchards.dev/report')), []);
});
