// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'missing-response-time';
const { expectOne } = forRule(CODE);

/** A policy whose title is a neutral heading (no section kind), with `body` as its text. */
function neutral(body) {
  return md('# Larkspur Policy', '', body, '', 'Email security@larkspur.dev with the details.');
}

function fires(text) {
  return findingsOf(text, CODE).length === 1;
}

test('fires when no concrete time is given; anchored at the title, warning, says what to add', () => {
  const text = md(
    '# Larkspur Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@larkspur.dev. We will respond as soon as possible.',
  );
  expectOne(text, {
    severity: 'warning',
    covers: '# Larkspur Security Policy',
    message: [/response time/i, /within 3 business days/],
  });
});

test('anchors at the first non-blank line when there is no heading', () => {
  const text = '\n\n  Email security@larkspur.dev.\nThanks.\n';
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'Email security@larkspur.dev.');
});

test('fires when the only time is not about handling a report', () => {
  assert.ok(fires(neutral('The test suite takes 10 minutes to run.')));
  assert.ok(fires(neutral('Each major version is maintained for 18 months.')));
});

test('fires when the only time is how long releases are supported', () => {
  const text = md(
    '# Larkspur Security Policy',
    '',
    '## Supported Versions',
    '',
    'We support each release for 12 months.',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@larkspur.dev with the details.',
  );
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('silent: "We will acknowledge reports within 48 hours."', () => {
  assert.equal(findingsOf(neutral('We will acknowledge reports within 48 hours.'), CODE).length, 0);
});

test('silent: hedged, ranged and worded times', () => {
  for (const body of [
    'We usually reply within 5 days.',
    'Expect an answer in 1-2 business days.',
    'You will hear back from us within two weeks.',
  ]) {
    assert.equal(findingsOf(neutral(body), CODE).length, 0, body);
  }
});

test('fires when the only times are for fixing or disclosing, not for hearing back', () => {
  for (const body of [
    'We follow a 90-day disclosure deadline.',
    'Please give us 30 days to work on a fix before public disclosure.',
    'Details on security updates are announced 30 days after the release.',
    'We aim to release a patch within 14 days.',
  ]) {
    assert.equal(findingsOf(neutral(body), CODE).length, 1, body);
  }
});

test('silent: a time in a table row or under a heading about the response', () => {
  const table = md(
    '# Larkspur',
    '',
    'Mail security@larkspur.dev.',
    '',
    '| Step | Time |',
    '|---|---|',
    '| Acknowledgement | 48 hours |',
    '| Fix | 30 days |',
  );
  assert.equal(findingsOf(table, CODE).length, 0);
  const listed = md(
    '# Larkspur',
    '',
    'Mail security@larkspur.dev.',
    '',
    '## Response timeline',
    '',
    '- Critical: 24 hours',
    '- High: 7 days',
  );
  assert.equal(findingsOf(listed, CODE).length, 0);
});

test('silent: any time inside a reporting section counts', () => {
  const text = md('# Larkspur', '', '## Reporting a Vulnerability', '', 'Email security@larkspur.dev; expect a reply in 3 days.');
  assert.equal(findingsOf(text, CODE).length, 0);
});

test('silent: a per-severity table whose header is about response', () => {
  const text = neutral(md('| Severity | Response time |', '|---|---|', '| Critical | 24 hours |', '| Low | 14 days |'));
  assert.equal(findingsOf(text, CODE).length, 0);
});

test('silent: "We respond promptly:" with a list of concrete times', () => {
  const text = neutral(md('We respond promptly:', '', '- Initial response: within 48 hours', '- Fix: within 30 days'));
  assert.equal(findingsOf(text, CODE).length, 0);
});

// ---- other languages (under a neutral title, so the wording has to carry it) ----

test('silent in French: "Nous répondrons sous 48 heures."', () => {
  assert.equal(findingsOf(neutral('Nous répondrons sous 48 heures.'), CODE).length, 0);
});

test('fires in French with only vague wording', () => {
  assert.ok(fires(neutral('Nous corrigerons le problème dès que possible.')));
});

test('silent in German: "innerhalb von 2 Tagen"', () => {
  assert.equal(findingsOf(neutral('Wir bestätigen den Eingang innerhalb von 2 Tagen.'), CODE).length, 0);
});

test('silent in Spanish and Portuguese: "48 horas"', () => {
  assert.equal(findingsOf(neutral('Responderemos en 48 horas.'), CODE).length, 0);
  assert.equal(findingsOf(neutral('Responderemos em 48 horas.'), CODE).length, 0);
});

test('silent in Chinese: "我们将在48小时内回复"', () => {
  assert.equal(findingsOf(neutral('我们将在48小时内回复。'), CODE).length, 0);
});

test('fires in Chinese with only "尽快"', () => {
  assert.ok(fires(neutral('我们会尽快修复。')));
});

test('silent in Japanese: "3営業日以内"', () => {
  assert.equal(findingsOf(neutral('3営業日以内に返信します。'), CODE).length, 0);
});

test('silent in Korean: "48시간 이내에 응답합니다"', () => {
  assert.equal(findingsOf(neutral('48시간 이내에 응답합니다.'), CODE).length, 0);
});

test('silent in Korean: "48시간 이내에 답변드립니다" (답변 = answer)', () => {
  assert.equal(findingsOf(neutral('48시간 이내에 답변드립니다.'), CODE).length, 0);
});

test('silent in Russian: "в течение 48 часов"', () => {
  assert.equal(findingsOf(neutral('Мы ответим в течение 48 часов.'), CODE).length, 0);
});

test('fires in Russian with only vague wording', () => {
  assert.ok(fires(neutral('Мы ответим как можно скорее.')));
});
