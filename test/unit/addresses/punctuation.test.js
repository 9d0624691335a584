// @ts-check
'use strict';
// Addresses read by their grammar whatever stands around them: every address below, written
// after and before the punctuation of many scripts and glued to words of other scripts, is found
// with its exact offsets, is valid, and is the policy's channel.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW } = require('../helpers.js');

const HEAD = '# Acme Security\n\n## Reporting a Vulnerability\n\n';

/**
 * The addresses. `first` and `last` are the scripts of the address's first and last letters when
 * they are written without spaces: a word of that script glued on that side joins the address,
 * as it would for any reader, so those combinations are not asked for. `uri` is the mailto: URI
 * of the generated security.txt when it differs from `mailto:` + the address.
 */
const ADDRESSES = [
  { address: 'security@acme.dev' },
  { address: 'security@1password.com' },
  { address: 'abuse@163.com' },
  { address: 'psirt@7seas-labs.io' },
  { address: '404@9to5.example-mail.org' },
  { address: 'security+reports@acme-widgets.dev' },
  { address: 'first.last@mail.acme.co.uk' },
  { address: 'sec_team-1@acme.org' },
  { address: '"john doe"@acme.dev', uri: 'mailto:%22john%20doe%22@acme.dev' },
  { address: 'sicherheit@münchen.de', uri: 'mailto:sicherheit@xn--mnchen-3ya.de' },
  { address: 'security@例え.jp', uri: 'mailto:security@xn--r8jz45g.jp' },
  { address: 'security@пример.рф', uri: 'mailto:security@xn--e1afmkfd.xn--p1ai' },
  { address: 'info@xn--mnchen-3ya.de' },
  { address: 'josé@acme.es', uri: 'mailto:jos%C3%A9@acme.es' },
  { address: 'jose\u0301@acme.es', uri: 'mailto:jose%CC%81@acme.es' },
  { address: 'медведь@пример.рф', uri: 'mailto:%D0%BC%D0%B5%D0%B4%D0%B2%D0%B5%D0%B4%D1%8C@xn--e1afmkfd.xn--p1ai' },
  { address: '用户@例子.中国', first: 'cjk', last: 'cjk', uri: 'mailto:%E7%94%A8%E6%88%B7@xn--fsqu00a.xn--fiqs8s' },
  { address: 'security@acme.ไทย', last: 'thai', uri: 'mailto:security@acme.xn--o3cw4h' },
];

/** Punctuation and spaces that may stand right before an address, in many scripts. */
const LEFT_MARKS = [
  ...['', ':', '(', '[', '"', "'", '`', '{', '|', '<', '¡', '¿', '—', '–', '·', '•', '→', '\u00a0', '\t'],
  ...['：', '（', '［', '「', '『', '【', '《', '〈', '〔', '、', '，', '。', '；', '！', '？', '．', '＠', '\u3000'],
  ...['“', '„', '«', '‹', '‘', '‚', '،', '؛', '؟', '।', '॥', '๏', '፡', '׳'],
];

/** Punctuation and spaces that may stand right after an address, in many scripts. */
const RIGHT_MARKS = [
  ...['', '.', ',', ';', ':', '!', '?', ')', ']', '"', "'", '-', '...', '.)', '),', '—', '–', '…', '\u00a0', '}', '|'],
  ...['。', '，', '、', '；', '：', '」', '』', '）', '］', '】', '》', '〉', '〕', '！', '？', '．', '＠', '\u3000', '。」', '）。'],
  ...['”', '’', '»', '›', '“', '،', '؛', '؟', '।', '॥', 'ฯ', '๚', '፣', '።', '׃'],
];

/** Opening and closing marks around an address. */
const PAIRS = [
  ['(', ')'],
  ['[', ']'],
  ['"', '"'],
  ["'", "'"],
  ['<', '>'],
  ['“', '”'],
  ['‘', '’'],
  ['„', '“'],
  ['«', '»'],
  ['‹', '›'],
  ['« ', ' »'],
  ['「', '」'],
  ['『', '』'],
  ['（', '）'],
  ['【', '】'],
  ['《', '》'],
  ['〈', '〉'],
  ['［', '］'],
  ['\u3000', '\u3000'],
];

/**
 * Sentences in eight languages, cut where the address goes: `start` ends right before it, `end`
 * follows it right away; `script` when the word on either side of the cut would be glued to it.
 */
const SENTENCES = [
  { start: 'Report it to ', end: ' and wait.' },
  { start: 'Пишите на ', end: ' и ждите.' },
  { start: '请将漏洞报告发送至', end: '我们会尽快回复。', script: 'cjk' },
  { start: '脆弱性の報告はメール', end: 'までお送りください。', script: 'cjk' },
  { start: '보안 문제는 이메일', end: '로 보내 주세요.', script: 'cjk' },
  { start: 'ส่งรายงานมาที่', end: 'ครับ', script: 'thai' },
  { start: 'أرسل التقرير إلى', end: 'وشكرا', script: 'arabic' },
  { start: 'रिपोर्ट भेजें', end: 'पर भेजें।', script: 'devanagari' },
];

/** Sentence starts that end right before the address; a script when the last word is glued to it. */
const BEFORE = SENTENCES.map(({ start, script }) => ({ text: start, script }));

/** Sentence ends that follow the address right away. */
const AFTER = SENTENCES.map(({ end, script }) => ({ text: end, script }));

const RULES = ['invalid-email', 'placeholder-email', 'mailto-mismatch'].map((code) => core.rules.find((r) => r.code === code));

/** A mark that a domain or a local part could continue through ("" and the dots and dashes of ASCII). */
function continues(mark) {
  return mark === '' || /^[.\-'`{|}]+$/.test(mark);
}

/** Whether a word of `script` glued on that side would join the address (so it is not asked for). */
function joins(script, side) {
  return script !== undefined && script === side;
}

/**
 * Checks many placements of one address at once: each case is a paragraph of one document, and
 * each paragraph must hold exactly the address, at its offsets, valid and a private channel.
 */
function checkAll(entry, cases) {
  const { address } = entry;
  let text = HEAD;
  const placed = cases.map((c) => {
    const line = `${c.before}${address}${c.after}`;
    const from = text.length;
    text += `${line}\n\n`;
    return { ...c, line, from, to: from + line.length, start: from + c.before.length };
  });
  const model = core.parsePolicy(text);
  const reports = RULES.flatMap((rule) => rule.check(model, { options: {}, now: NOW }).map((r) => ({ ...r, code: rule.code })));
  const channels = core.privateChannels(model);
  for (const c of placed) {
    const inside = (span) => span.start >= c.from && span.start < c.to;
    const where = `${c.label}: ${JSON.stringify(c.line)}`;
    assert.deepEqual(
      model.emails.filter(inside).map((e) => ({ address: e.address, start: e.start, end: e.end })),
      [{ address, start: c.start, end: c.start + address.length }],
      where,
    );
    assert.deepEqual(
      reports.filter(inside).map((r) => `${r.code}: ${r.message}`),
      [],
      where,
    );
    assert.deepEqual(
      channels.filter(inside).map((ch) => ch.uri),
      [entry.uri ?? `mailto:${address}`],
      where,
    );
  }
  return placed.length;
}

/** One policy with the address as its only channel: no finding of the address rules, and the security.txt Contact. */
function checkOne(entry, before, after) {
  const text = `${HEAD}${before}${entry.address}${after}\n`;
  const where = JSON.stringify(text.slice(HEAD.length, -1));
  const start = HEAD.length + before.length;
  const model = core.parsePolicy(text);
  assert.deepEqual(
    model.emails.map((e) => ({ address: e.address, start: e.start, end: e.end })),
    [{ address: entry.address, start, end: start + entry.address.length }],
    where,
  );
  const codes = ['invalid-email', 'placeholder-email', 'no-contact', 'mailto-mismatch'];
  assert.deepEqual(
    core
      .lintModel(model, { now: NOW })
      .filter((f) => codes.includes(f.code))
      .map((f) => f.message),
    [],
    where,
  );
  const contacts = core
    .generateSecurityTxt(model, { now: NOW })
    .fields.filter((f) => f.name === 'Contact')
    .map((f) => f.value);
  assert.deepEqual(contacts, [entry.uri ?? `mailto:${entry.address}`], `security.txt Contact for ${where}`);
}

let total = 0;

for (const entry of ADDRESSES) {
  // The address after each mark ending each sentence start, and before each mark opening each sentence end.
  for (const { side, marks, sentences, letter, place } of [
    {
      side: `after ${LEFT_MARKS.length} marks × ${BEFORE.length} sentence starts`,
      marks: LEFT_MARKS,
      sentences: BEFORE,
      letter: entry.first,
      place: (mark, sentence) => ({ before: `${sentence.text}${mark}`, after: ' and wait.', label: `after ${JSON.stringify(mark)}` }),
    },
    {
      side: `before ${RIGHT_MARKS.length} marks × ${AFTER.length} sentence ends`,
      marks: RIGHT_MARKS,
      sentences: AFTER,
      letter: entry.last,
      place: (mark, sentence) => ({ before: 'Report it to ', after: `${mark}${sentence.text}`, label: `before ${JSON.stringify(mark)}` }),
    },
  ]) {
    test(`${entry.address}: ${side}`, () => {
      const cases = [];
      for (const mark of marks) {
        for (const sentence of sentences) {
          if (continues(mark) && joins(sentence.script, letter)) continue;
          cases.push(place(mark, sentence));
        }
      }
      total += checkAll(entry, cases);
    });
  }

  test(`${entry.address}: inside ${PAIRS.length} pairs of marks × ${BEFORE.length} sentence starts × 2 ends`, () => {
    const cases = [];
    for (const [open, close] of PAIRS) {
      BEFORE.forEach((before, i) => {
        for (const after of [AFTER[i], AFTER[(i + 3) % AFTER.length]]) {
          cases.push({ before: `${before.text}${open}`, after: `${close}${after.text}`, label: `inside ${open}${close}` });
        }
      });
    }
    total += checkAll(entry, cases);
  });

  test(`${entry.address}: glued to words of other scripts on both sides, alone in a policy; its security.txt Contact`, () => {
    for (const before of BEFORE) {
      for (const after of AFTER) {
        if (joins(before.script, entry.first) || joins(after.script, entry.last)) continue;
        if (before.script || after.script) checkOne(entry, before.text, after.text);
      }
    }
    for (const [open, close] of PAIRS) checkOne(entry, `Report it to ${open}`, `${close} and wait.`);
  });
}

test('the grid above is thousands of placements', (t) => {
  t.diagnostic(`${total} placements of ${ADDRESSES.length} addresses`);
  assert.ok(total > 15000, `${total} placements`);
});

test('an address list in CJK prose: each address alone, in order, with its offsets', () => {
  const line = '邮箱：security@acme.dev、abuse@163.com，或者（psirt@1password.com）。';
  const text = `${HEAD}${line}\n`;
  const model = core.parsePolicy(text);
  assert.deepEqual(
    model.emails.map((e) => [e.address, text.slice(e.start, e.end)]),
    [
      ['security@acme.dev', 'security@acme.dev'],
      ['abuse@163.com', 'abuse@163.com'],
      ['psirt@1password.com', 'psirt@1password.com'],
    ],
  );
  const contacts = core
    .generateSecurityTxt(model, { now: NOW })
    .fields.filter((f) => f.name === 'Contact')
    .map((f) => f.value);
  assert.deepEqual(contacts, ['mailto:security@acme.dev', 'mailto:abuse@163.com', 'mailto:psirt@1password.com']);
});

/** The addresses found in a policy whose only line after HEAD is `line`, in order. */
const found = (line) => core.parsePolicy(`${HEAD}${line}\n`).emails.map((e) => e.address);

test('a sentence after a period with no space: the next word is not a label', () => {
  for (const [line, address] of [
    ['Email security@acme.dev.Thanks for reading.', 'security@acme.dev'],
    ['Email security@acme.dev.请勿公开。', 'security@acme.dev'],
    ['Email security@acme.dev...我们会回复。', 'security@acme.dev'],
    ['Email security@acme.co.uk.Thanks.', 'security@acme.co.uk'],
    ['Email security@acme.dev.email today.', 'security@acme.dev.email'],
  ]) {
    assert.deepEqual(found(line), [address], line);
  }
});

test('not addresses: versions, image names, @mentions, git remotes, URL credentials, CJK @mentions, brace shorthands', () => {
  for (const line of [
    'Upgrade to lodash@4.17.21 or node@20 first.',
    'Install @acme/widgets@2.0.0-beta.1 and react@18.',
    'The icon is logo@2x.png and banner@3x.webp.',
    'Thanks to @octocat and @群主 for the report.',
    'Clone git@github.com:acme/widgets.git first.',
    'See https://user@acme.dev/path for details.',
    '感谢@张三的报告，也感谢@李四。',
    'Announcements go to acme-{dev,users,announce}@lists.acme.dev.',
    'Write to {{SECURITY_EMAIL}}@acme.dev.',
  ]) {
    assert.deepEqual(found(line), [], line);
  }
});

test('quoted local parts: spaces and escaped quotes inside, a Latin word glued before is prose', () => {
  assert.deepEqual(found('Mail "john doe"@acme.dev today.'), ['"john doe"@acme.dev']);
  assert.deepEqual(found('Mail `"a\\"b"@acme.dev` today.'), ['"a\\"b"@acme.dev']);
  assert.deepEqual(found('Mail "security team"@acme.dev or security@acme.dev.'), ['"security team"@acme.dev', 'security@acme.dev']);
  assert.deepEqual(found('He said"hi"@acme.dev today.'), []);
});
