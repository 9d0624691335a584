// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'vague-sla';
const { expectOne } = forRule(CODE);

/** A small policy with `body` in its reporting section. */
function policy(body) {
  return md('# Quillmark Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@quillmark.dev.', '', body);
}

/** Asserts that `body` yields exactly the vague phrases `phrases` (in order). */
function expectPhrases(body, phrases) {
  const text = policy(body);
  assert.deepEqual(slicesOf(text, CODE), phrases, `for ${JSON.stringify(body)}`);
}

test('fires on a vague promise; range, severity and message', () => {
  const text = policy('We will fix the issue as soon as possible.');
  const f = expectOne(text, { severity: 'warning', covers: 'as soon as possible', message: /as soon as possible/ });
  // It says what to do: promise a concrete time.
  assert.match(f.message, /concrete/);
  assert.match(f.message, /within \d+ (business )?days/);
});

test('fires on each vague English phrase in a commitment sentence', () => {
  expectPhrases('The team will respond in a timely manner.', ['in a timely manner']);
  expectPhrases('You will receive a response shortly.', ['shortly']);
  expectPhrases('Our security team will triage reports promptly.', ['promptly']);
  expectPhrases('The maintainers will investigate swiftly.', ['swiftly']);
  expectPhrases('Reports will be acknowledged promptly.', ['promptly']);
  expectPhrases('We will release a fix ASAP.', ['ASAP']);
  expectPhrases('We aim to patch in due course.', ['in due course']);
  expectPhrases('We make a best effort to fix reported issues.', ['best effort']);
  expectPhrases('We will publish a fix as soon as reasonably possible.', ['as soon as reasonably possible']);
  expectPhrases('We will notify affected users without undue delay.', ['without undue delay']);
  expectPhrases('We will get back to you soon.', ['soon']);
});

test('reports every vague phrase of a sentence', () => {
  expectPhrases('We fix bugs quickly and we respond promptly.', ['quickly', 'promptly']);
});

test('only the sentence without a time fires when two sentences differ', () => {
  expectPhrases('We will respond promptly. We aim to ship a fix within 30 days.', ['promptly']);
});

test('silent: "if possible" in instructions to the reporter is not a promise', () => {
  expectPhrases('If possible, include a proof of concept and the affected version.', []);
  expectPhrases('Include the steps to reproduce and, if possible, a patch.', []);
});

test('silent: a request to the reporter ("Please report it as soon as possible")', () => {
  expectPhrases('Please report it as soon as possible.', []);
  expectPhrases('Please allow us a reasonable time to fix the issue before you disclose it.', []);
  expectPhrases('Give us a reasonable amount of time to release a fix.', []);
  expectPhrases('You should report issues promptly.', []);
});

test('silent: a sentence that promises nothing ("Thank you for your timely report!")', () => {
  expectPhrases('Thank you for your timely report!', []);
});

test('silent: a "we" sentence whose vague word is about the reporter, not a promise', () => {
  expectPhrases('We appreciate timely reports.', []);
});

test('silent: "We will acknowledge reports within 48 hours."', () => {
  expectPhrases('We will acknowledge reports within 48 hours.', []);
});

test('silent: a vague phrase in a sentence that also has a concrete time', () => {
  expectPhrases('We will acknowledge your report as soon as possible, usually within 2 days.', []);
  expectPhrases('We respond promptly, in any case within 3 business days.', []);
});

test('silent: "We respond promptly:" followed by a list of concrete times', () => {
  expectPhrases(md('We respond promptly:', '', '- Initial response: within 48 hours', '- Fix: within 30 days'), []);
});

test('silent: "We respond promptly:" followed by a per-severity table', () => {
  expectPhrases(md('We respond promptly:', '', '| Severity | Response |', '|---|---|', '| Critical | 24 hours |', '| Low | 7 days |'), []);
});

test('fires: "We respond promptly:" when the list it introduces has no time', () => {
  expectPhrases(md('We respond promptly:', '', '- Initial response: a human writes back', '- Fix: in the next release'), ['promptly']);
});

test('fires: a separate paragraph with a time does not rescue a sentence without a colon', () => {
  expectPhrases(md('We will respond promptly.', '', 'Initial response: within 48 hours.'), ['promptly']);
});

test('fires: list items under "When we receive a report, we will:" are commitments', () => {
  const body = md('When we receive a report, we will:', '', '- Confirm the problem', '- Release a fix as soon as possible');
  const text = policy(body);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'as soon as possible');
  // The range lies on the list item's line.
  const line = text.slice(text.lastIndexOf('\n', findings[0].start) + 1, text.indexOf('\n', findings[0].end));
  assert.equal(line, '- Release a fix as soon as possible');
});

test('fires: numbered list items under "We will:"', () => {
  expectPhrases(md('We will:', '', '1. Confirm receipt as soon as possible', '2. Publish an advisory'), ['as soon as possible']);
});

test('silent: list items under a lead-in addressed to the reporter', () => {
  expectPhrases(md('Please:', '', '- Report it as soon as possible', '- Do not disclose it publicly'), []);
  expectPhrases(md('Steps for reporters:', '', '- Send the report as soon as possible'), []);
});

test('silent: vague words in a heading', () => {
  const text = md('# Quillmark Security Policy', '', '## We respond promptly', '', 'Email security@quillmark.dev.');
  assert.deepEqual(slicesOf(text, CODE), []);
});

// ---- other languages ----

test('fires in French: "nous corrigerons le problème dès que possible"', () => {
  expectPhrases('Nous corrigerons le problème dès que possible.', ['dès que possible']);
  expectPhrases('Nous répondrons rapidement.', ['rapidement']);
});

test('silent in French with a concrete time: "Nous répondrons sous 48 heures."', () => {
  expectPhrases('Nous répondrons sous 48 heures.', []);
  expectPhrases('Nous répondrons rapidement, sous 48 heures.', []);
});

test('fires in German: "so schnell wie möglich"; silent with "innerhalb von 2 Tagen"', () => {
  expectPhrases('Wir werden so schnell wie möglich antworten.', ['so schnell wie möglich']);
  expectPhrases('Wir melden uns zeitnah.', ['zeitnah']);
  expectPhrases('Wir antworten so schnell wie möglich, spätestens innerhalb von 2 Tagen.', []);
});

test('fires in Spanish and Portuguese', () => {
  expectPhrases('Responderemos lo antes posible.', ['lo antes posible']);
  expectPhrases('Nós responderemos o mais rápido possível.', ['o mais rápido possível']);
  expectPhrases('Responderemos en 48 horas.', []);
});

test('fires in Chinese: "尽快"; silent with "48小时内"', () => {
  expectPhrases('我们会尽快修复。', ['尽快']);
  expectPhrases('我们将尽快在48小时内回复。', []);
});

test('fires in Japanese: "できるだけ早く"; silent with "3営業日以内"', () => {
  expectPhrases('私たちはできるだけ早く対応します。', ['できるだけ早く']);
  expectPhrases('私たちはできるだけ早く、3営業日以内に返信します。', []);
});

test('fires in Korean: "가능한 한 빨리"; silent with "48시간 이내"', () => {
  expectPhrases('저희는 가능한 한 빨리 답변드립니다.', ['가능한 한 빨리']);
  expectPhrases('저희는 가능한 한 빨리, 48시간 이내에 답변드립니다.', []);
});

test('fires in Russian: "как можно скорее" in a "мы" sentence', () => {
  expectPhrases('Мы исправим проблему как можно скорее.', ['как можно скорее']);
});

test('silent in Russian with a concrete time: "в течение 48 часов"', () => {
  expectPhrases('Мы ответим как можно скорее, в течение 48 часов.', []);
});

test('silent in Russian for a request to the reporter', () => {
  expectPhrases('Пожалуйста, сообщите нам как можно скорее.', []);
});

test('conditions and purposes are no promise, whoever their subject; asides pass nothing on', () => {
  expectPhrases('In case the maintainer does not respond within a reasonable time, write to the maintainers.', []);
  expectPhrases('If we are able to rapidly reproduce the issue, the first reply will confirm it.', []);
  expectPhrases('Packagers get the patch early, to ensure that they can release their packages promptly.', []);
  expectPhrases('Users are encouraged to upgrade promptly when security releases are published.', []);
  expectPhrases('Provide enough detail, so we will be able to resolve it as quickly as possible.', []);
  expectPhrases('If the issue is confirmed, a fix will be released as quickly as possible.', ['as quickly as possible']);
  expectPhrases('We will, to be safe, respond promptly.', ['promptly']);
  expectPhrases('We will credit you if you report it promptly.', []);
});

test('a vague wording inside a condition stays in it; a parenthesis is part of its clause', () => {
  expectPhrases('If you report it when possible, we will credit you.', []);
  expectPhrases('If you find an issue (for example, one we could fix quickly), tell us.', []);
  expectPhrases('We will publish an advisory (and, where needed, a CVE) as soon as possible.', ['as soon as possible']);
});

test('items under a lead-in that is only a condition are what the reader does', () => {
  const text = md(
    '# Acme Security',
    '',
    'When a fix is released:',
    '',
    '- Update promptly.',
    '- Read the advisory.',
    '',
    'When we receive a report, we will:',
    '',
    '- Reply promptly.',
  );
  assert.deepEqual(slicesOf(text, CODE), ['promptly']);
  assert.equal(findingsOf(text, CODE)[0].start, text.lastIndexOf('promptly'));
});
