// @ts-check
'use strict';
// Arabic grammar; the cases are in cases/ar.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');
const { md, slicesOf } = require('../helpers.js');

const { vagueSlices } = grammarTestsOf('ar');

test('ar: "immediately" and "if possible" about what to include are not vague', () => {
  assert.deepEqual(vagueSlices('سنرد على الفور.'), []);
  assert.deepEqual(vagueSlices('نعمل على إصلاح المشكلات الحرجة فوراً.'), []);
  assert.deepEqual(vagueSlices('يرجى تضمين خطوات إعادة الإنتاج إن أمكن.'), []);
});

test('ar: the adjective after a noun of handling is the vague word, the noun is left alone', () => {
  assert.deepEqual(vagueSlices('سنقدم رداً سريعاً على كل بلاغ.'), ['سريعاً']);
  assert.deepEqual(vagueSlices('يلتزم الفريق بالاستجابة السريعة للبلاغات.'), ['السريعة']);
});

test('ar: a question mark ends the clause before a promise', () => {
  assert.deepEqual(vagueSlices('هل لديك سؤال؟ سنرد بسرعة.'), ['بسرعة']);
  assert.deepEqual(vagueSlices('هل وجدت ثغرة؟ أبلغنا بسرعة.'), []);
});

test('ar: recommendations and conditions on the reporter are no promise', () => {
  assert.deepEqual(vagueSlices('نوصي بتحديث التطبيق في أقرب وقت ممكن.'), []);
  assert.deepEqual(vagueSlices('إذا وجدت ثغرة، أبلغنا بسرعة.'), []);
  assert.deepEqual(vagueSlices('نحن نرحب بالبلاغات التي تصل سريعاً.'), []);
});

test('ar: list items under a promise lead-in are promises; under conditions on the reporter they are not', () => {
  const promised = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'عند استلام بلاغك، سنقوم بما يلي:',
    '',
    '- تأكيد الاستلام على وجه السرعة',
    '- إصدار الإصلاح',
  );
  assert.deepEqual(slicesOf(promised, 'vague-sla'), ['على وجه السرعة']);
  const conditions = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'لن نتخذ أي إجراء قانوني ضد الباحثين الذين:',
    '',
    '- يبلغون عن الثغرات بسرعة',
    '- لا ينشرون التفاصيل',
  );
  assert.deepEqual(slicesOf(conditions, 'vague-sla'), []);
});
