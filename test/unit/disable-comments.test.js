// @ts-check
'use strict';
// Inline disable comments: <!-- security-md-disable-next-line CODES --> and
// <!-- security-md-disable CODES -->.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { lintAll, findingsOf, slicesOf, md } = require('./helpers.js');

/** Every finding as "code: covered text", in order (comparable across texts of different offsets). */
function summary(text) {
  return lintAll(text).map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

/** A policy with a vague promise and a placeholder address on one line, and another vague promise later. */
function policy(...before) {
  return md(
    '# Saltmarsh Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    ...before,
    'We will respond as soon as possible, write to security@example.com.',
    'We will publish a fix promptly.',
    '',
    'We will credit you quickly.',
  );
}

test('control: without comments the vague promises and the placeholder fire', () => {
  const text = policy();
  assert.deepEqual(slicesOf(text, 'vague-sla'), ['as soon as possible', 'promptly', 'quickly']);
  assert.deepEqual(slicesOf(text, 'placeholder-email'), ['security@example.com']);
});

test('disable-next-line vague-sla silences vague-sla on the next line only', () => {
  const text = policy('<!-- security-md-disable-next-line vague-sla -->');
  // The next line's vague promise is silenced; the one on the line after it, and two paragraphs down, still fire.
  assert.deepEqual(slicesOf(text, 'vague-sla'), ['promptly', 'quickly']);
});

test('disable-next-line vague-sla leaves the other rules on that line alone', () => {
  const text = policy('<!-- security-md-disable-next-line vague-sla -->');
  assert.deepEqual(slicesOf(text, 'placeholder-email'), ['security@example.com']);
});

test('disable-next-line with a blank line before the target: the blank line is the next line', () => {
  const text = policy('<!-- security-md-disable-next-line vague-sla -->', '');
  assert.deepEqual(slicesOf(text, 'vague-sla'), ['as soon as possible', 'promptly', 'quickly']);
});

test('disable-next-line takes several codes, separated by spaces or commas', () => {
  for (const codes of ['vague-sla placeholder-email', 'vague-sla, placeholder-email', 'vague-sla,placeholder-email']) {
    const text = policy(`<!-- security-md-disable-next-line ${codes} -->`);
    assert.deepEqual(slicesOf(text, 'vague-sla'), ['promptly', 'quickly'], codes);
    assert.deepEqual(slicesOf(text, 'placeholder-email'), [], codes);
  }
});

test('disable mojibake silences mojibake everywhere and nothing else', () => {
  const body = [
    '## Supported Versions',
    '',
    '| Version | Supported |',
    '| --- | --- |',
    '| 4.x | ‚úÖ |',
    '| 3.x | ‚ùå |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@saltmarsh.dev. We don‚Äôt share reports. We will answer promptly.',
  ];
  const plain = md('# Saltmarsh Security Policy', '', ...body);
  const disabled = md('# Saltmarsh Security Policy', '', '<!-- security-md-disable mojibake -->', '', ...body);
  assert.equal(findingsOf(plain, 'mojibake').length, 3);
  assert.deepEqual(findingsOf(disabled, 'mojibake'), []);
  assert.deepEqual(
    summary(disabled),
    summary(plain).filter((s) => !s.startsWith('mojibake:')),
  );
  // The other rules still fire, e.g. the vague promise.
  assert.deepEqual(slicesOf(disabled, 'vague-sla'), ['promptly']);
});

test('disable mojibake works at the end of the file too', () => {
  const text = md(
    '# Saltmarsh Security',
    '',
    'Email security@saltmarsh.dev. We don‚Äôt share reports.',
    '',
    '<!-- security-md-disable mojibake -->',
  );
  assert.deepEqual(findingsOf(text, 'mojibake'), []);
});

test('disable-next-line without codes silences every rule on the next line, and only there', () => {
  const text = policy('<!-- security-md-disable-next-line -->');
  assert.deepEqual(slicesOf(text, 'vague-sla'), ['promptly', 'quickly']);
  assert.deepEqual(slicesOf(text, 'placeholder-email'), []);
  // The title line keeps its document-level findings.
  const codes = lintAll(text).map((f) => f.code);
  assert.ok(codes.includes('missing-supported-versions'));
});

test('disable without codes silences every rule in the file', () => {
  const text = policy('<!-- security-md-disable -->');
  assert.deepEqual(lintAll(text), []);
});

test('an unknown code silences nothing', () => {
  const plain = policy();
  for (const comment of [
    '<!-- security-md-disable-next-line no-such-rule -->',
    '<!-- security-md-disable no-such-rule -->',
    '<!-- security-md-disable vague -->',
  ]) {
    assert.deepEqual(summary(policy(comment)), summary(plain), comment);
  }
});

test('an ordinary HTML comment silences nothing', () => {
  assert.deepEqual(summary(policy('<!-- reviewed by the security team -->')), summary(policy()));
});
