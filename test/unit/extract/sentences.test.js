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

/** `text` splits into exactly these sentences. */
function splitsInto(text, ...sentences) {
  assert.deepEqual(texts(text), sentences, text);
}

test('a sentence ends at . ! or ? before white space', () => {
  splitsInto(
    'We triage every report. Expect a reply!  Questions? Write to us.',
    'We triage every report.',
    'Expect a reply!',
    'Questions?',
    'Write to us.',
  );
});

test('a full stop inside a word, a version or a domain ends nothing', () => {
  splitsInto('Version 1.2 of tern.dev is supported.Really', 'Version 1.2 of tern.dev is supported.Really');
});

test('the CJK full stop, exclamation and question marks end a sentence without a space after them', () => {
  splitsInto('我们会回复。请勿公开！有问题吗？联系我们', '我们会回复。', '请勿公开！', '有问题吗？', '联系我们');
});

test('abbreviations end no sentence', () => {
  splitsInto(
    'Attach details, e.g. logs, i.e. traces, etc. and more. Then wait.',
    'Attach details, e.g. logs, i.e. traces, etc. and more.',
    'Then wait.',
  );
  splitsInto('Patch vs. workaround. See No. 5 below.', 'Patch vs. workaround.', 'See No. 5 below.');
  splitsInto('Bitte z.B. Logs bzw. Traces senden. Danke.', 'Bitte z.B. Logs bzw. Traces senden.', 'Danke.');
});

test('the dot of an ordinal day before a month or a lower-case word ends no sentence', () => {
  splitsInto('Wir antworten bis zum 1. März auf jede Meldung. Danke.', 'Wir antworten bis zum 1. März auf jede Meldung.', 'Danke.');
  splitsInto('Opravu vydáme do 15. června. Děkujeme.', 'Opravu vydáme do 15. června.', 'Děkujeme.');
  splitsInto('Odpowiemy do 3. dnia roboczego. Dziękujemy.', 'Odpowiemy do 3. dnia roboczego.', 'Dziękujemy.');
  splitsInto('Ab dem 2. Jan. gilt die neue Version. Danke.', 'Ab dem 2. Jan. gilt die neue Version.', 'Danke.');
});

test('every supported language: a day and its month name (from Intl) end no sentence', () => {
  const { SUPPORTED_LANGUAGES } = loadSource('server/src/core/language/packs/index.ts');
  const failures = [];
  for (const tag of SUPPORTED_LANGUAGES) {
    const format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const name = format.formatToParts(new Date(Date.UTC(2024, month, 15))).find((p) => p.type === 'month')?.value ?? '';
      // Only names that are words: some languages write the month as a number.
      if (!/^\p{L}+$/u.test(name)) continue;
      const text = `Bis 1. ${name[0].toUpperCase()}${name.slice(1)} x. Y.`;
      if (texts(text).length !== 2) failures.push(`${tag}: ${text}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('a number, a version or a year before a capitalised word still ends a sentence', () => {
  splitsInto('We support version 2. Older versions get no fixes.', 'We support version 2.', 'Older versions get no fixes.');
  splitsInto('Fixed in 1.2. May we thank the reporter.', 'Fixed in 1.2.', 'May we thank the reporter.');
  splitsInto('Supported until 2027. March releases follow.', 'Supported until 2027.', 'March releases follow.');
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
  splitsInto('कृपया रिपोर्ट भेजें। हम जवाब देंगे॥ धन्यवाद', 'कृपया रिपोर्ट भेजें।', 'हम जवाब देंगे॥', 'धन्यवाद');
  splitsInto('هل لديك سؤال؟ راسلنا', 'هل لديك سؤال؟', 'راسلنا');
  splitsInto('ቀን ።ሰላም', 'ቀን ።', 'ሰላም');
});

test('in Thai a space between words ends a sentence; a space before a Latin word does not', () => {
  splitsInto('เราจะตอบกลับภายใน 48 ชั่วโมง เราจะแก้ไขโดยเร็วที่สุด', 'เราจะตอบกลับภายใน 48 ชั่วโมง', 'เราจะแก้ไขโดยเร็วที่สุด');
  splitsInto('ส่งอีเมลถึง security@acme.dev ได้เลย', 'ส่งอีเมลถึง security@acme.dev ได้เลย');
});
