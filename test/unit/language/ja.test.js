// @ts-check
'use strict';
// Japanese grammar; the cases are in cases/ja.json, and below the sentences they cannot make.

const { grammarTestsOf } = require('./harness.js');

grammarTestsOf('ja');

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, md, slice } = require('../helpers.js');

test('ja: items under "私たちは以下を行います：" promise; under "…できます：" (you can) they do not', () => {
  const promised = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    '報告を受け取った後、私たちは以下を行います：',
    '',
    '- 速やかに受領を確認',
    '- 影響を評価',
  );
  assert.deepEqual(
    findingsOf(promised, 'vague-sla').map((f) => slice(promised, f)),
    ['速やかに'],
  );
  const possible = md('# Acme', '', 'security@acme-widgets.dev', '', '報告には以下を含めることができます：', '', '- 可能な範囲で再現手順');
  assert.deepEqual(findingsOf(possible, 'vague-sla'), []);
});
