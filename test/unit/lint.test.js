// @ts-check
'use strict';
// lint() as a whole: robustness and the per-rule options.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, lintAll, findingsOf, slice, md } = require('./helpers.js');

test('lint never throws and reports no internal error on degenerate input', () => {
  for (const text of ['', '\0\0', '#', '# ', '\n\n\n', '\r\n', '|', '```', '- ', '> ', '\uFEFF', '\uD800', '@', '@@', '[](mailto:)']) {
    /** @type {any} */
    let findings;
    assert.doesNotThrow(
      () => {
        findings = core.lint(text, { now: NOW });
      },
      `lint threw on ${JSON.stringify(text)}`,
    );
    assert.ok(Array.isArray(findings));
    assert.deepEqual(
      findings.filter((f) => f.code === core.INTERNAL_ERROR),
      [],
      `internal error on ${JSON.stringify(text)}`,
    );
    for (const f of findings) {
      assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range out of bounds on ${JSON.stringify(text)}`);
    }
  }
});

test('parsePolicy never throws on degenerate input', () => {
  for (const text of ['', '\0\0', '#']) assert.doesNotThrow(() => core.parsePolicy(text));
});

test('an empty document still gets the document-level findings, anchored at offset 0', () => {
  const findings = lintAll('');
  const codes = findings.map((f) => f.code).sort();
  assert.deepEqual(codes, [
    'missing-disclosure-policy',
    'missing-reporting-section',
    'missing-response-time',
    'missing-supported-versions',
    'no-contact',
  ]);
  for (const f of findings) assert.deepEqual([f.start, f.end], [0, 0]);
});

const VAGUE = md(
  '# Acme Widgets Security',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@acme-widgets.io. We will respond as soon as possible.',
);

test('rules: { "vague-sla": "off" } removes that code and nothing else', () => {
  const all = lintAll(VAGUE);
  assert.equal(all.filter((f) => f.code === 'vague-sla').length, 1);
  const off = lintAll(VAGUE, { rules: { 'vague-sla': 'off' } });
  assert.equal(off.filter((f) => f.code === 'vague-sla').length, 0);
  assert.deepEqual(
    off.map((f) => f.code),
    all.filter((f) => f.code !== 'vague-sla').map((f) => f.code),
  );
});

test('rules: { "vague-sla": "error" } changes only the severity', () => {
  const [before] = findingsOf(VAGUE, 'vague-sla');
  const [after] = findingsOf(VAGUE, 'vague-sla', { rules: { 'vague-sla': 'error' } });
  assert.equal(before.severity, 'warning');
  assert.equal(after.severity, 'error');
  assert.equal(slice(VAGUE, after), 'as soon as possible');
  assert.deepEqual([after.start, after.end, after.message], [before.start, before.end, before.message]);
  // Other rules keep their default severity.
  const [responseTime] = findingsOf(VAGUE, 'missing-response-time', { rules: { 'vague-sla': 'error' } });
  assert.equal(responseTime.severity, 'warning');
});

test('findings come sorted by position', () => {
  const text = md('# Policy', '', 'Email security@example.com or TODO.', '', 'We will fix it promptly. Last updated: 2020-01-01');
  const findings = lintAll(text);
  for (let i = 1; i < findings.length; i++) {
    assert.ok(findings[i - 1].start <= findings[i].start, 'not sorted');
  }
});

test('offsets are UTF-16 and positionAt maps them to line and character', () => {
  const text = '# 🔒 Policy\r\n\r\nWe will reply promptly.\r\n';
  const [f] = findingsOf(text, 'vague-sla');
  assert.equal(slice(text, f), 'promptly');
  const pos = core.positionAt(core.lineStartsOf(text), f.start);
  assert.deepEqual(pos, { line: 2, character: 'We will reply '.length });
});
