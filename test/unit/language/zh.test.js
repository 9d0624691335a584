// @ts-check
'use strict';
// Chinese grammar (simplified and traditional): the subject is often dropped and 会/将 carry the
// promise; 我们 after 给/向/联系 is the object, not the speaker; requests with 请/勿, purpose with
// 以便/有助于; no spaces, so words must not match inside unrelated ones (机会, 会话).

const { grammarTests } = require('./harness.js');

grammarTests({
  tag: 'zh',
  vague: {
    asap: ['尽快', '盡快', '儘快', '尽早', '尽速', '儘速', '尽可能快地', '第一时间', '以最快的速度', '在最短的时间内', '越快越好'],
    quickly: ['迅速', '迅速地', '快速地', '从速', '火速'],
    timely: ['及时', '及時', '适时', '適時', '在适当的时候'],
    soon: ['很快', '不久后', '近期', '在不久的将来', '稍后', '稍後'],
    reasonable: ['在合理的时间内', '合理的期限内', '在合理時間內', '合理的时间范围内'],
    'without-delay': ['毫不延迟', '不会无故拖延', '无不当延误', '毫不拖延'],
    'best-effort': ['尽力', '盡力', '尽最大努力', '在可能的情况下', '在時間允許的情況下', '在业余时间'],
  },
  promises: [
    '我们会{V}回复。',
    '我們將{V}修復此問題。',
    '我们将会{V}发布补丁。',
    '收到报告后，我们会{V}确认。',
    '我会{V}处理您的报告。',
    '会{V}回复每一份报告。',
    '将{V}评估问题的影响范围。',
    '安全团队会{V}跟进。',
    '维护者将{V}联系报告者。',
    '本项目的维护人员会{V}发布安全公告。',
    'Acme 会{V}修复已确认的漏洞。',
    '我们致力于{V}回应所有报告。',
    '我们努力{V}修复问题。',
    '我们承诺{V}处理。',
    '我们争取{V}给出答复。',
    '漏洞将被{V}修复。',
    '已确认的问题被{V}修复并发布。',
    '所有报告都会得到{V}处理。',
    '确认的漏洞会{V}予以修复。',
    '您将{V}收到我们的回复。',
    '你会{V}得到答复。',
    '感谢您的报告，我们会{V}回复。',
    '请发送邮件给我们，我们会{V}处理。',
    '我們收到回報後，會{V}回覆。',
  ],
  requestVague: ['尽快', '盡快', '尽早', '迅速', '及时', '很快', '在合理的时间内', '毫不延迟', '尽力'],
  requests: [
    '请{V}报告漏洞。',
    '請{V}通知我們。',
    '烦请{V}告知维护者。',
    '发现漏洞后{V}联系我们。',
    '给我们{V}修复问题的时间。',
    '详细的报告有助于我们{V}修复问题。',
    '请附上复现步骤，以便我们{V}处理。',
    '如果您{V}报告，我们会在致谢中列出您的名字。',
    '我们非常感谢{V}提交的报告。',
    '请勿{V}公开披露漏洞。',
    '切勿在修复发布前{V}公开细节。',
    '建议用户{V}升级到最新版本。',
    '我们希望您{V}告知我们。',
    '不要在公开 Issue 中{V}讨论漏洞。',
  ],
  times: [
    ['48小时内', 2],
    ['3个工作日内', 3],
    ['两周内', 14],
    ['90天内', 90],
    ['一个月内', 30],
    ['1-2天内', 2],
    ['七天内', 7],
    ['24 小時內', 1],
  ],
  timed: ['我们会在{V}回复。', '我們將在{V}確認收到報告。', '维护者会在{V}修复漏洞。', '会在{V}给出初步评估。'],
  headings: {
    reporting: ['报告漏洞', '如何报告安全问题', '安全联系人', '漏洞回報', '通報漏洞', '提交安全漏洞', '聯絡我們'],
    'supported-versions': ['支持的版本', '受支援的版本', '安全更新', '维护周期', '版本支持策略'],
    response: ['响应时间', '处理流程', '回應時程', '我们的承诺', '您可以期待的响应'],
    disclosure: ['披露政策', '漏洞揭露', '安全公告', '公开披露', '協調披露流程'],
  },
  plain: ['简介', '致谢', '漏洞奖励计划', '安全政策', '安全最佳实践'],
});

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
