// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, md, forRule } = require('../helpers.js');

const CODE = 'missing-supported-versions';
const { expectOne } = forRule(CODE);

function withHeading(title, body = 'Only the latest minor release gets fixes.') {
  return md(
    '# Ostrich DB Security Policy',
    '',
    `## ${title}`,
    '',
    body,
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@ostrichdb.io.',
  );
}

test('fires without a versions heading or table: title range, warning, says what to add', () => {
  const text = md('# Ostrich DB Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@ostrichdb.io.');
  expectOne(text, { severity: 'warning', covers: '# Ostrich DB Security Policy', message: [/Supported Versions/, /table/] });
});

test('fires when the only table is not about versions', () => {
  const text = md(
    '# Ostrich DB Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@ostrichdb.io.',
    '',
    '| Severity | Response time |',
    '|---|---|',
    '| Critical | 24 hours |',
  );
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('silent: headings that mean supported versions', () => {
  for (const title of [
    'Supported Versions',
    'Versions',
    'Security updates',
    'Maintained releases',
    'Release support',
    'Unterstützte Versionen',
    'Versions prises en charge',
    'Versiones compatibles',
    'Versões suportadas',
    '支持的版本',
    'サポートされているバージョン',
    '지원되는 버전',
    'Поддерживаемые версии',
  ]) {
    assert.deepEqual(findingsOf(withHeading(title), CODE), [], title);
  }
});

test('silent: a table whose header says version, under any heading', () => {
  const text = md(
    '# Ostrich DB Security Policy',
    '',
    '| Version | Supported |',
    '| ------- | --------- |',
    '| 3.2     | yes       |',
    '| 3.1     | no        |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@ostrichdb.io.',
  );
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: a table whose header says release', () => {
  const text = withHeading('Policy', md('| Release line | Fixes until |', '|---|---|', '| 3.x | 2027-06 |'));
  assert.deepEqual(findingsOf(text, CODE), []);
});
