// @ts-check
'use strict';
// Persian grammar; the cases are in cases/fa.json; below, the lists they cannot write.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');
const { md, slicesOf } = require('../helpers.js');

grammarTestsOf('fa');

test('fa: list items under a promise lead-in are promises; under conditions on the reporter they are not', () => {
  const promised = md('# Acme', '', 'security@acme-widgets.dev', '', 'روند ما:', '', '- تأیید دریافت گزارش به‌سرعت', '- انتشار وصله');
  assert.deepEqual(slicesOf(promised, 'vague-sla'), ['به‌سرعت']);
  const conditions = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'از پژوهشگرانی حمایت می‌کنیم که:',
    '',
    '- آسیب‌پذیری را سریعاً گزارش کنند',
  );
  assert.deepEqual(slicesOf(conditions, 'vague-sla'), []);
});
