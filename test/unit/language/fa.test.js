// @ts-check
'use strict';
// Persian grammar; the cases are in cases/fa.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');
const { md, slicesOf } = require('../helpers.js');

const { vagueSlices } = grammarTestsOf('fa');

test('fa: "immediately" and "if possible" about what to include are not vague', () => {
  assert.deepEqual(vagueSlices('ما فوراً پاسخ می‌دهیم.'), []);
  assert.deepEqual(vagueSlices('ما بلافاصله پاسخ می‌دهیم.'), []);
  assert.deepEqual(vagueSlices('در صورت امکان، مراحل بازتولید را ذکر کنید.'), []);
});

test('fa: the verb with a zero-width non-joiner, a space or nothing, in Persian or Arabic letters', () => {
  for (const verb of ['می\u200cدهیم', 'می دهیم', 'میدهیم', 'مي\u200cدهيم']) {
    assert.deepEqual(vagueSlices(`ما در اسرع وقت پاسخ ${verb}.`), ['در اسرع وقت'], verb);
  }
  assert.deepEqual(vagueSlices('ما بزودي پاسخ مي‌دهيم.'), ['بزودي']);
});

test('fa: recommendations and requests to researchers are no promise', () => {
  assert.deepEqual(vagueSlices('توصیه می‌کنیم در اسرع وقت به‌روزرسانی کنید.'), []);
  assert.deepEqual(vagueSlices('ما از پژوهشگران می‌خواهیم مشکلات را سریعاً گزارش کنند.'), []);
  assert.deepEqual(vagueSlices('به تیم ما در اسرع وقت اطلاع دهید.'), []);
});

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
