// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'requires-personal-data';
const { findingsOf, slicesOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE = 'Reporters are made to give personal data: accept reports without a name or other personal details, and say so.';

/** A policy whose reporting section says `line` after the address, then `more` lines. */
function policy(line, ...more) {
  return md('# Quern Security', '', '## Reporting a Vulnerability', '', `Email security@quern.dev. ${line}`, ...more);
}

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy('We do not accept anonymous reports.')), []);
});

test('fires on a refusal of anonymous reports: sentence range, warning, exact message', () => {
  expectOne(
    policy('We do not accept anonymous reports.'),
    { severity: 'warning', covers: 'We do not accept anonymous reports.', message: MESSAGE },
    ON,
  );
});

test('the cisa-bod-20-01 profile turns it on (warning)', () => {
  expectOne(
    policy('We do not accept anonymous reports.'),
    { severity: 'warning', covers: 'We do not accept anonymous reports.', message: MESSAGE },
    { profiles: ['cisa-bod-20-01'] },
  );
});

test('fires on each sentence that requires personal data or refuses anonymity', () => {
  const text = policy('You must include your full name and phone number. Anonymous reports are not accepted.');
  assert.deepEqual(slicesOf(text, ON), ['You must include your full name and phone number.', 'Anonymous reports are not accepted.']);
  for (const f of findingsOf(text, ON)) assert.equal(f.message, MESSAGE);
});

test('a list counts with its lead-in: each required item fires, the others do not', () => {
  const text = policy('Each report must include:', '', '- your full name', '- your postal address', '- the affected version');
  assert.deepEqual(slicesOf(text, ON), ['your full name', 'your postal address']);
});

test('an optional name in the same sentence does not hide a required number', () => {
  const line = 'Your name is optional, but a phone number is required.';
  expectOne(policy(line), { covers: line, message: MESSAGE }, ON);
});

test('silent: personal data asked for as an option', () => {
  for (const line of ['You may include your name if you wish.', 'Your full name (optional) lets us credit you.']) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent: an e-mail address to reply to is not personal data on the list', () => {
  assert.deepEqual(findingsOf(policy('You must give an e-mail address we can reply to.'), ON), []);
});

test('silent: anonymous reports welcome keeps required data elsewhere (a bounty payout) quiet', () => {
  const text = policy(
    'Reports may be submitted anonymously.',
    '',
    '## Bounty',
    '',
    'To receive a payout you must provide your full name and a government-issued ID.',
  );
  assert.deepEqual(findingsOf(text, ON), []);
  assert.deepEqual(
    findingsOf(policy('You can report without giving your name.', '', 'A phone number is required for the bounty payout.'), ON),
    [],
  );
});

test('silent: "Reports may be submitted anonymously." and a name for credit', () => {
  const text = policy('Reports may be submitted anonymously. If you would like credit in the advisory, you may include your name.');
  assert.deepEqual(findingsOf(text, ON), []);
});

test('no quick fix', () => {
  const f = expectOne(policy('We do not accept anonymous reports.'), {}, ON);
  assert.deepEqual(f.fixes ?? [], []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy(
    'security@quern.dev',
    'Ilmoituksessa on oltava koko nimesi ja puhelinnumerosi. Emme käsittele nimettömiä ilmoituksia.',
  );
  silentUnreadable(text, ON);
});

test('fires on reports turned away without a name', () => {
  const text = policy('Reports without a full name will not be handled.');
  expectOne(text, { covers: 'Reports without a full name will not be handled.', message: MESSAGE }, ON);
});

test('silent: a required phone number in another section of a policy with a reporting section is the product’s', () => {
  const text = policy('We reply within 3 days.', '', '## Accounts', '', 'A phone number is required to sign up for the hosted service.');
  assert.deepEqual(findingsOf(text, ON), []);
});
