// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'stale-policy';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Wrenfield Security Policy', '', 'Email security@wrenfield.dev.', '', line);
}

test('fires on "Last updated: January 2025" (now 2026-11-22): range, info, says what to do', () => {
  const text = policy('Last updated: January 2025');
  expectOne(text, { severity: 'info', covers: 'January 2025', message: [/21 months ago/, /set the date to today/], data: { months: 21 } });
});

test('silent: "Last reviewed: 2026-06-01"', () => {
  assert.deepEqual(findingsOf(policy('Last reviewed: 2026-06-01'), CODE), []);
});

test('fires on ISO dates just over the limit; silent just under it', () => {
  assert.deepEqual(slicesOf(policy('Last updated: 2025-11-21'), CODE), ['2025-11-21']);
  assert.deepEqual(slicesOf(policy('Last updated: 2025-12-01'), CODE), []);
});

test('fires on "15 March 2024" and "March 15, 2024"', () => {
  assert.deepEqual(slicesOf(policy('Last updated: 15 March 2024'), CODE), ['15 March 2024']);
  assert.deepEqual(slicesOf(policy('Last updated: March 15, 2024'), CODE), ['March 15, 2024']);
});

test('fires after the other labels and through emphasis', () => {
  for (const line of [
    'Effective date: 2024-03-15',
    'Updated on 2024-03-15',
    'Last reviewed: 2024-03-15',
    '*Last updated: 2024-03-15*',
    '**Last Updated:** 2024-03-15',
  ]) {
    assert.deepEqual(slicesOf(policy(line), CODE), ['2024-03-15'], line);
  }
});

test('fires on labels in other languages', () => {
  assert.deepEqual(slicesOf(policy('Zuletzt aktualisiert: 2024-03-15'), CODE), ['2024-03-15']);
  assert.deepEqual(slicesOf(policy('Dernière mise à jour : 2024-03-15'), CODE), ['2024-03-15']);
  assert.deepEqual(slicesOf(policy('最后更新：2024年3月15日'), CODE), ['2024年3月15日']);
});

test('stalePolicyMonths is respected', () => {
  const text = policy('Last updated: 2026-06-01');
  assert.deepEqual(slicesOf(text, CODE), []);
  const [f] = findingsOf(text, CODE, { stalePolicyMonths: 3 });
  assert.equal(slice(text, f), '2026-06-01');
  assert.match(f.message, /5 months ago/);
  assert.deepEqual(findingsOf(text, CODE, { stalePolicyMonths: 6 }), []);
  assert.deepEqual(findingsOf(policy('Last updated: 2025-01-10'), CODE, { stalePolicyMonths: 24 }), []);
});

test('the reference time comes from the now option', () => {
  const text = policy('Last updated: January 2025');
  assert.deepEqual(findingsOf(text, CODE, { now: new Date('2025-06-01T00:00:00Z') }), []);
});

test('silent: years in prose without a label', () => {
  assert.deepEqual(findingsOf(policy('We fixed CVE-2019-1234 in 2019, and version 1.0 came out in 2018.'), CODE), []);
});

test('silent: a label without a date', () => {
  assert.deepEqual(findingsOf(policy('Last updated: see the changelog.'), CODE), []);
});
