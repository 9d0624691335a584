// @ts-check
'use strict';
// Arabic grammar; the cases are in cases/ar.json; below, the lists they cannot write.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');
const { md, slicesOf } = require('../helpers.js');

grammarTestsOf('ar');

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
