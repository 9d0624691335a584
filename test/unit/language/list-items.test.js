// @ts-check
'use strict';
// List items read through the lead-in above them, in each language: a lead-in that promises makes
// its items promises, one that sets conditions on the reporter, advises or says what one can do
// does not. A case file's sentences are one line each, so these lists are written here: each a
// small policy of a lead-in and its items, with exactly the texts vague-sla reports in it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, slicesOf } = require('../helpers.js');

const UNDER_CONDITIONS = 'list items under a promise lead-in are promises; under conditions on the reporter they are not';

/** Each test's policies: a lead-in, its items and exactly the texts vague-sla reports in them. */
const LISTS = [
  {
    name: `ar: ${UNDER_CONDITIONS}`,
    lists: [
      { lead: 'عند استلام بلاغك، سنقوم بما يلي:', items: ['تأكيد الاستلام على وجه السرعة', 'إصدار الإصلاح'], vague: ['على وجه السرعة'] },
      { lead: 'لن نتخذ أي إجراء قانوني ضد الباحثين الذين:', items: ['يبلغون عن الثغرات بسرعة', 'لا ينشرون التفاصيل'], vague: [] },
    ],
  },
  {
    name: `fa: ${UNDER_CONDITIONS}`,
    lists: [
      { lead: 'روند ما:', items: ['تأیید دریافت گزارش به‌سرعت', 'انتشار وصله'], vague: ['به‌سرعت'] },
      { lead: 'از پژوهشگرانی حمایت می‌کنیم که:', items: ['آسیب‌پذیری را سریعاً گزارش کنند'], vague: [] },
    ],
  },
  {
    name: `hi: ${UNDER_CONDITIONS}`,
    lists: [
      { lead: 'हमारी प्रक्रिया:', items: ['त्वरित प्रतिक्रिया', 'सुधार का प्रकाशन'], vague: ['त्वरित'] },
      { lead: 'हम उन शोधकर्ताओं पर कानूनी कार्रवाई नहीं करेंगे जो:', items: ['भेद्यता की जल्द से जल्द रिपोर्ट करते हैं'], vague: [] },
    ],
  },
  {
    name: 'ja: items under "私たちは以下を行います：" promise; under "…できます：" (you can) they do not',
    lists: [
      { lead: '報告を受け取った後、私たちは以下を行います：', items: ['速やかに受領を確認', '影響を評価'], vague: ['速やかに'] },
      { lead: '報告には以下を含めることができます：', items: ['可能な範囲で再現手順'], vague: [] },
    ],
  },
  {
    name: 'pl: English words are no Polish team nouns',
    lists: [{ lead: 'Threats that administrators face include:', items: ['Outdated packages: update them promptly.'], vague: [] }],
  },
  {
    name: 'zh: list items under "我们将：" promise; under "我们建议：" they are advice',
    lists: [
      { lead: '收到报告后，我们将：', items: ['尽快确认', '评估影响'], vague: ['尽快'] },
      { lead: '我们建议：', items: ['及时更新依赖', '尽快升级'], vague: [] },
    ],
  },
];

for (const { name, lists } of LISTS) {
  test(name, () => {
    for (const { lead, items, vague } of lists) {
      const text = md('# Acme', '', 'security@acme-widgets.dev', '', lead, '', ...items.map((item) => `- ${item}`));
      assert.deepEqual(slicesOf(text, 'vague-sla'), vague, lead);
    }
  });
}
