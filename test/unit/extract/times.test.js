// @ts-check
'use strict';
// Concrete times over sentences: the lexicon's matches mapped back to source offsets through the
// sentence's place in its block.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');
const { blockOf } = require('./fixtures.js');

const { findConcreteTimes } = loadSource('server/src/core/extract/times.ts');
const { splitSentences } = loadSource('server/src/core/extract/sentences.ts');

test('each time in each sentence, with its text, length in days, source span and sentence', () => {
  const block = blockOf('Thanks for writing. We reply within 48 hours and fix within 90 days.', { start: 200 });
  const sentences = splitSentences(block);
  const times = findConcreteTimes(sentences);
  assert.deepEqual(
    times.map((t) => [t.text, t.days, t.start, t.end]),
    [
      ['48 hours', 2, 236, 244],
      ['90 days', 90, 260, 267],
    ],
  );
  assert.equal(times[0].sentence, sentences[1]);
});

test('offsets map through the block past characters the text no longer has', () => {
  // The source has "**3 days**": the text "3 days" starts two characters later than its block.
  const text = 'In 3 days.';
  const block = { ...blockOf(text), offsets: [0, 1, 2, 5, 6, 7, 8, 9, 10, 13, 14] };
  const [time] = findConcreteTimes(splitSentences(block));
  assert.deepEqual([time.text, time.start, time.end], ['3 days', 5, 11]);
});

test('CJK sentences', () => {
  const times = findConcreteTimes(splitSentences(blockOf('我们会在3个工作日内回复。谢谢。')));
  assert.deepEqual(
    times.map((t) => [t.text, t.days, t.start, t.end]),
    [['3个工作日', 3, 4, 9]],
  );
});

test('no sentences, no times', () => {
  assert.deepEqual(findConcreteTimes([]), []);
  assert.deepEqual(findConcreteTimes(splitSentences(blockOf('We reply soon.'))), []);
});
