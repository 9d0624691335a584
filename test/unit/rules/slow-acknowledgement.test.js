// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule } = require('../helpers.js');

const CODE = 'slow-acknowledgement';
const { findingsOf, expectOne } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };
const CISA = { profiles: ['cisa-bod-20-01'] };
/** Turned on with a limit of its own. */
const limit = (maxAcknowledgeDays) => ({ ...ON, ruleOptions: { [CODE]: { maxAcknowledgeDays } } });

/** A policy whose reporting section promises `promise`. */
function policy(promise = '') {
  return md('# Marlow Security', '', '## Reporting a Vulnerability', '', `Email security@marlow.dev.${promise ? ` ${promise}` : ''}`);
}

const message = (time, max) => `Acknowledging a report takes up to ${time}; the selected profiles ask for ${max} at most.`;

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy('We acknowledge reports within 60 days.')), []);
});

test('cisa-bod-20-01 (3 days): fires on the acknowledgement time; range, warning, message, data', () => {
  const text = policy('We acknowledge reports within 7 days and send a first assessment within 30 days.');
  expectOne(
    text,
    { severity: 'warning', covers: '7 days', message: message('7 days', '3 days'), data: { days: 7, maxAcknowledgeDays: 3 } },
    CISA,
  );
});

test('cisa-bod-20-01: business days, weeks and ranges (the upper end counts)', () => {
  /** @type {[string, string, number][]} */
  const cases = [
    ['We acknowledge reports within 5 business days.', '5 business days', 5],
    ['We acknowledge reports within two weeks.', 'two weeks', 14],
    ['We acknowledge reports within 1-2 weeks.', '1-2 weeks', 14],
  ];
  for (const [promise, covers, days] of cases) {
    expectOne(policy(promise), { covers, message: message(covers, '3 days'), data: { days, maxAcknowledgeDays: 3 } }, CISA);
  }
});

test('cisa-bod-20-01: silent on times within the limit', () => {
  for (const promise of [
    'We acknowledge reports within 3 business days and send a first assessment within 14 days.',
    'We acknowledge reports within 48 hours.',
    'We acknowledge reports within 3 days.',
  ]) {
    assert.deepEqual(findingsOf(policy(promise), CISA), [], promise);
  }
});

test('failing an acknowledgement, the time to respond counts', () => {
  expectOne(policy('We respond within 7 days.'), { covers: '7 days', data: { days: 7, maxAcknowledgeDays: 3 } }, CISA);
});

test('silent: a time to fix is no acknowledgement time, and no time at all is left to missing-response-time', () => {
  assert.deepEqual(findingsOf(policy('We fix vulnerabilities within 30 days.'), CISA), []);
  assert.deepEqual(findingsOf(policy(), CISA), []);
});

test('without a parameter the limit is 14 days', () => {
  expectOne(
    policy('We acknowledge reports within 21 days.'),
    { covers: '21 days', message: message('21 days', '14 days'), data: { days: 21, maxAcknowledgeDays: 14 } },
    ON,
  );
  assert.deepEqual(findingsOf(policy('We acknowledge reports within 14 days.'), ON), []);
});

test('openssf-best-practices: 14 days', () => {
  const profile = { profiles: ['openssf-best-practices'] };
  expectOne(
    policy('We acknowledge reports within 21 days.'),
    { severity: 'warning', covers: '21 days', data: { days: 21, maxAcknowledgeDays: 14 } },
    profile,
  );
  assert.deepEqual(findingsOf(policy('We acknowledge reports within 10 days.'), profile), []);
});

test('ruleOptions maxAcknowledgeDays sets the limit; the message says "day" for one', () => {
  expectOne(
    policy('We acknowledge reports within 10 days.'),
    { covers: '10 days', message: message('10 days', '7 days'), data: { days: 10, maxAcknowledgeDays: 7 } },
    limit(7),
  );
  expectOne(
    policy('We acknowledge reports within 2 days.'),
    { covers: '2 days', message: message('2 days', '1 day'), data: { days: 2, maxAcknowledgeDays: 1 } },
    limit(1),
  );
  assert.deepEqual(findingsOf(policy('We acknowledge reports within 7 days.'), limit(7)), []);
});

test('your own maxAcknowledgeDays wins over the profile', () => {
  const text = policy('We acknowledge reports within 5 days.');
  assert.deepEqual(findingsOf(text, { ...CISA, ruleOptions: { [CODE]: { maxAcknowledgeDays: 7 } } }), []);
});

test('with several profiles the strictest limit applies', () => {
  const text = policy('We acknowledge reports within 5 days.');
  expectOne(
    text,
    { covers: '5 days', data: { days: 5, maxAcknowledgeDays: 3 } },
    { profiles: ['cisa-bod-20-01', 'openssf-best-practices'] },
  );
});

test('no quick fix', () => {
  const f = expectOne(policy('We acknowledge reports within 7 days.'), {}, CISA);
  assert.deepEqual(f.fixes ?? [], []);
});
