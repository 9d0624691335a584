// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'long-disclosure-window';
const { expectOne } = forRule(CODE);

function policy(body) {
  return md(
    '# Cobaltridge Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@cobaltridge.net. We answer within 2 business days.',
    '',
    '## Disclosure Policy',
    '',
    body,
  );
}

function expectTimes(body, times) {
  assert.deepEqual(slicesOf(policy(body), CODE), times, `for ${JSON.stringify(body)}`);
}

test('fires on a disclosure deadline over 90 days: range, info, data, says what to do', () => {
  const text = policy('We publicly disclose each vulnerability within 180 days of the report.');
  const f = expectOne(text, {
    severity: 'info',
    covers: '180 days',
    message: /"180 days" is longer than the 90 days/,
    data: { days: 180 },
  });
  // It says what to do: shorten it.
  assert.match(f.message, /shorten it to 90 days or less/);
});

test('fires on "we disclose after 6 months" over "6 months"', () => {
  const text = policy('If no fix is ready, we disclose after 6 months.');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), '6 months');
  assert.equal(findings[0].data.days, 180);
});

test('fires on other units and phrasings of a deadline', () => {
  expectTimes('Reports stay under embargo for 120 days.', ['120 days']);
  expectTimes('We follow a 120-day disclosure deadline.', ['120-day']);
  expectTimes('Vulnerabilities are published within one year.', ['one year']);
  expectTimes('We aim to have it fixed within 16 weeks.', ['16 weeks']);
  expectTimes('Die Schwachstelle wird nach 6 Monaten veröffentlicht.', ['6 Monaten']);
});

test('fires on each long deadline, not on the short ones', () => {
  expectTimes('We publish an advisory within 30 days, and disclose unfixed issues after 6 months.', ['6 months']);
});

test('silent: exactly 90 days, or a range up to 90 days ("within 30-90 days")', () => {
  expectTimes('We disclose vulnerabilities within 90 days.', []);
  expectTimes('We disclose vulnerabilities within 30-90 days.', []);
  expectTimes('We follow a 90-day disclosure deadline.', []);
  expectTimes('We disclose after three months.', []);
});

test('silent: a long period that is not a disclosure deadline', () => {
  expectTimes('Each release is supported for 12 months.', []);
  expectTimes('We keep reports on file for 2 years.', []);
  expectTimes('Reporters are credited in the release notes.', []);
});
