// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'missing-reporting-section';
const { expectOne } = forRule(CODE);

function withHeading(title) {
  return md('# Tinderbox Security Policy', '', `## ${title}`, '', 'Email security@tinderbox.dev with the details.');
}

test('fires without a reporting heading: title range, warning, says what to add', () => {
  const text = md(
    '# Tinderbox Security Policy',
    '',
    '## Supported Versions',
    '',
    'Only the latest release.',
    '',
    'To report a vulnerability, email security@tinderbox.dev.',
  );
  expectOne(text, { severity: 'warning', covers: '# Tinderbox Security Policy', message: [/Reporting a Vulnerability/, /add one/i] });
});

test('fires when the document has no heading at all', () => {
  const text = 'To report a vulnerability, email security@tinderbox.dev.\n';
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'To report a vulnerability, email security@tinderbox.dev.');
});

test('fires when only unrelated headings exist', () => {
  for (const title of ['Introduction', 'Supported Versions', 'Scope', 'Acknowledgments', 'Security Policy']) {
    assert.equal(findingsOf(withHeading(title), CODE).length, 1, title);
  }
});

test('silent: English headings that mean "how to report"', () => {
  for (const title of [
    'Reporting a Vulnerability',
    'Reporting Security Issues',
    'How to report',
    'Report a security bug',
    'Security contact',
    'Vulnerability disclosure',
    'Contact',
  ]) {
    assert.deepEqual(findingsOf(withHeading(title), CODE), [], title);
  }
});

test('silent: any heading depth counts', () => {
  const text = md('# Tinderbox', '', '#### Reporting a Vulnerability', '', 'Email security@tinderbox.dev.');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: setext headings count', () => {
  const text = md(
    'Tinderbox',
    '=========',
    '',
    'Reporting a Vulnerability',
    '-------------------------',
    '',
    'Email security@tinderbox.dev.',
  );
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: headings in other languages', () => {
  for (const title of [
    'Sicherheitslücke melden',
    'Signaler une vulnérabilité',
    'Reportar una vulnerabilidad',
    'Reportar uma vulnerabilidade',
    '报告漏洞',
    '脆弱性の報告',
    '취약점 신고',
    'Сообщить об уязвимости',
  ]) {
    assert.deepEqual(findingsOf(withHeading(title), CODE), [], title);
  }
});
