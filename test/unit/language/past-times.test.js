// @ts-check
'use strict';
// A time in the past ("2 years ago", "vor 2 Jahren") is a moment, not a length of time: it is no
// deadline and no response time. Generated from CLDR's relative-time formats for every language
// the duration words know, beside sentences written by hand.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { core, loadSource } = require('../helpers.js');
const { casesOf, contextOf, policyWith } = require('./harness.js');

/** @type {Record<string, string[]>} sentence: the times found in it */
const HAND_WRITTEN = JSON.parse(fs.readFileSync(path.join(__dirname, 'past-times.json'), 'utf8')).sentences;

const { DURATION_LANGUAGES, DURATION_WORDS } = loadSource('server/src/core/language/duration-words.ts');

/** The times the parser finds in `sentence`, as "text=days"; `context`: a paragraph that makes the policy read as in a language. */
function timesIn(sentence, context = '') {
  const model = core.parsePolicy(policyWith(sentence, context));
  return model.times.filter((t) => t.sentence.text.includes(sentence.replace(/[.。]$/u, ''))).map((t) => `${t.text}=${t.days}`);
}

test('every language: "5 days ago", "5 weeks ago"... in its own words are no time', () => {
  const failures = [];
  for (const tag of DURATION_LANGUAGES) {
    if (tag === 'th') continue; // CLDR's Thai past forms share no word across units, so none is known.
    const format = new Intl.RelativeTimeFormat(`${tag}-u-nu-latn`, { numeric: 'always' });
    for (const unit of /** @type {const} */ (['day', 'week', 'month', 'year'])) {
      // Written as the language writes a time (Japanese "5週間前", not CLDR's "5 週間前").
      const cldr = format.format(-5, unit);
      const past = DURATION_WORDS[tag].offer.tight ? cldr.replace(/(\p{N}) (?=\p{L})/u, '$1') : cldr;
      if (timesIn(past, contextOf(casesOf(tag))).length > 0) failures.push(`${tag}: "${past}" is read as a time`);
    }
  }
  assert.deepEqual(failures, []);
});

test('hand-written (past-times.json): moments in the past are no time, periods beside them are', () => {
  for (const [sentence, times] of Object.entries(HAND_WRITTEN)) assert.deepEqual(timesIn(sentence), times, sentence);
});
