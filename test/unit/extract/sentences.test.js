// @ts-check
'use strict';
// Sentence splitting: at . ! ? before white space or the end, at 。！？ and other scripts' full stops
// anywhere, at a space between Thai words, never after an abbreviation; sentences are trimmed and keep their source spans.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');
const { blockOf } = require('./fixtures.js');

const { splitSentences, sentencesOf, isTerminal } = loadSource('server/src/core/extract/sentences.ts');
const texts = (text) => splitSentences(blockOf(text)).map((s) => s.text);

test('a sentence ends at . ! or ? before white space', () => {
  assert.deepEqual(texts('We triage every report. Expect a reply!  Questions? Write to us.'), [
    'We triage every report.',
    'Expect a reply!',
    'Questions?',
    'Write to us.',
  ]);
});

test('a full stop inside a word, a version or a domain ends nothing', () => {
  assert.deepEqual(texts('Version 1.2 of tern.dev is supported.Really'), ['Version 1.2 of tern.dev is supported.Really']);
});

test('the CJK full stop, exclamation and question marks end a sentence without a space after them', () => {
  assert.deepEqual(texts('我们会回复。请勿公开！有问题吗？联系我们'), ['我们会回复。', '请勿公开！', '有问题吗？', '联系我们']);
});

test('abbreviations end no sentence', () => {
  assert.deepEqual(texts('Attach details, e.g. logs, i.e. traces, etc. and more. Then wait.'), [
    'Attach details, e.g. logs, i.e. traces, etc. and more.',
    'Then wait.',
  ]);
  assert.deepEqual(texts('Patch vs. workaround. See No. 5 below.'), ['Patch vs. workaround.', 'See No. 5 below.']);
  assert.deepEqual(texts('Bitte z.B. Logs bzw. Traces senden. Danke.'), ['Bitte z.B. Logs bzw. Traces senden.', 'Danke.']);
});

test('sentences are trimmed, know where they stand in the block and in the source', () => {
  const block = blockOf('  First one.   Second one.  ', { start: 40 });
  const sentences = splitSentences(block);
  assert.deepEqual(
    sentences.map((s) => [s.text, s.from, s.start, s.end]),
    [
      ['First one.', 2, 42, 52],
      ['Second one.', 15, 55, 66],
    ],
  );
  assert.equal(sentences[0].block, block);
});

test('the source span follows the block offsets past characters the text no longer has', () => {
  // "a\_b." in the source is "a_b." in the text: the offsets skip the backslash.
  const block = { ...blockOf('a_b. c.'), offsets: [0, 2, 3, 4, 5, 6, 7, 8] };
  assert.deepEqual(
    splitSentences(block).map((s) => [s.text, s.start, s.end]),
    [
      ['a_b.', 0, 5],
      ['c.', 6, 8],
    ],
  );
});

test('white space alone makes no sentence; the blocks keep their order', () => {
  assert.deepEqual(texts('   '), []);
  assert.deepEqual(texts(''), []);
  const all = sentencesOf([blockOf('One. Two.'), blockOf(''), blockOf('Three')]);
  assert.deepEqual(
    all.map((s) => s.text),
    ['One.', 'Two.', 'Three'],
  );
});

test('isTerminal: the end of the text counts as white space', () => {
  assert.equal(isTerminal('Done.', 4), true);
  assert.equal(isTerminal('Done.x', 4), false);
  assert.equal(isTerminal('Done', 3), false);
  assert.equal(isTerminal('e.g.', 3), false);
});

test('the full stops of other scripts end a sentence without a space after them', () => {
  assert.deepEqual(texts('कृपया रिपोर्ट भेजें। हम जवाब देंगे॥ धन्यवाद'), ['कृपया रिपोर्ट भेजें।', 'हम जवाब देंगे॥', 'धन्यवाद']);
  assert.deepEqual(texts('هل لديك سؤال؟ راسلنا'), ['هل لديك سؤال؟', 'راسلنا']);
  assert.deepEqual(texts('ቀን ።ሰላም'), ['ቀን ።', 'ሰላም']);
});

test('in Thai a space between words ends a sentence; a space before a Latin word does not', () => {
  assert.deepEqual(texts('เราจะตอบกลับภายใน 48 ชั่วโมง เราจะแก้ไขโดยเร็วที่สุด'), ['เราจะตอบกลับภายใน 48 ชั่วโมง', 'เราจะแก้ไขโดยเร็วที่สุด']);
  assert.deepEqual(texts('ส่งอีเมลถึง security@acme.dev ได้เลย'), ['ส่งอีเมลถึง security@acme.dev ได้เลย']);
});
