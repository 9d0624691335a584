// @ts-check
'use strict';
// Chinese grammar; the cases are in cases/zh.json, and below the sentences they cannot make.

const { grammarTestsOf } = require('./harness.js');

grammarTestsOf('zh');

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, md, slice } = require('../helpers.js');

test('zh: list items under "我们将：" promise; under "我们建议：" they are advice', () => {
  const promised = md('# Acme', '', 'security@acme-widgets.dev', '', '收到报告后，我们将：', '', '- 尽快确认', '- 评估影响');
  assert.deepEqual(
    findingsOf(promised, 'vague-sla').map((f) => slice(promised, f)),
    ['尽快'],
  );
  const advice = md('# Acme', '', 'security@acme-widgets.dev', '', '我们建议：', '', '- 及时更新依赖', '- 尽快升级');
  assert.deepEqual(findingsOf(advice, 'vague-sla'), []);
});
