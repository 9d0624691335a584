// @ts-check
'use strict';
// A time in the past ("2 years ago", "vor 2 Jahren") is a moment, not a length of time: it is no
// deadline and no response time. Generated from CLDR's relative-time formats for every language
// the duration words know, beside sentences written by hand.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, loadSource } = require('../helpers.js');
const { casesOf, contextOf, policyWith } = require('./harness.js');

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

test('hand-written: moments in the past, and periods beside them', () => {
  /** @type {[string, string[]][]} */
  const cases = [
    ['Security fixes are backported to versions released less than 2 years ago.', []],
    ['We disclose within 2 years.', ['2 years=730']],
    ['Diese Version erschien vor 2 Jahren.', []],
    ['Wir antworten innerhalb von 2 Tagen.', ['2 Tagen=2']],
    ['La versione è uscita 2 anni fa.', []],
    ['Il team entro 2 giorni fa una prima valutazione.', ['2 giorni=2']],
    ['Versionen släpptes för 2 år sedan.', []],
    ['Vi svarar inom 2 dagar.', ['2 dagar=2']],
    ['Это было 2 года назад.', []],
    ['Мы ответим в течение 2 дней.', ['2 дней=2']],
    ['我们在2年前发布了这个版本。', []],
    ['我们会在48小时内回复。', ['48小时=2']],
    ['2年前にリリースされました。', []],
    ['2년 전에 출시되었습니다.', []],
    ['48시간 이내에 답변드립니다.', ['48시간=2']],
  ];
  for (const [sentence, times] of cases) assert.deepEqual(timesIn(sentence), times, sentence);
});
