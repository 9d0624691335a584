// @ts-check
'use strict';
// Concrete times in 22 languages. Generated cases: every unit in every plural category of every
// language, as Intl formats it (a number with a unit, and the forms after "in"/"ago"), must be
// found whole with its length. Hand-written cases: business days, ranges, spelled-out numbers and
// deadline frames in each language (durations.json: each sentence with the times found in it, in
// order, each its text and its length in days, compared to six decimals), and text that only
// looks like a time.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { loadSource } = require('../helpers.js');

const { findTimes } = loadSource('server/src/core/language/durations.ts');
const { timeChoices } = loadSource('server/src/core/lexicon/replacements.ts');

const LANGUAGES = 'en de fr es pt zh ja ko ru it nl pl tr uk cs sv id vi ar fa hi th'.split(' ');
/** The same languages with the digits of their own script. */
const NATIVE_DIGITS = ['ar-u-nu-arab', 'fa', 'hi-u-nu-deva', 'th-u-nu-thai', 'ja-u-nu-fullwide'];
/** @type {Intl.NumberFormatOptions['unitDisplay'][]} */
const UNIT_DISPLAYS = ['long', 'short', 'narrow'];
/** @type {Intl.RelativeTimeFormatUnitSingular[]} */
const UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const UNIT_DAYS = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/**
 * Unit symbols of one letter: read only glued to their number ("3d"), except the hour's ("48 h").
 * Any other one-letter abbreviation is not read ("3 d" in a list, Swedish "3 v").
 */
const SYMBOLS = { h: ['hour', true], ч: ['hour', true], d: ['day', false], w: ['week', false] };
/** Up to two numbers of each plural category of a language (integers and decimals up to 200). */
function samples(locale) {
  const rules = new Intl.PluralRules(locale);
  const out = new Map();
  for (const n of [...Array(201).keys(), 0.5, 1.5, 2.5, 21.5]) {
    const list = out.get(rules.select(n)) ?? [];
    if (list.length < 2) list.push(n);
    out.set(rules.select(n), list);
  }
  return out;
}

const close = (a, b) => Math.abs(a - b) < 1e-9;
const letters = (s) => [...s].filter((c) => /\p{L}/u.test(c)).length;
const unspaced = (s) => /^[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(s.trim());

/**
 * What a one-letter abbreviation should give: undefined when it is not one, 'none' when it must
 * not be read, 'skip' when the letter is another unit's symbol, else its unit.
 */
function oneLetter(unitText, unit, glued) {
  const bare = unitText.trim().replace(/[.॰]$/, '');
  if (letters(bare) > 1 || unspaced(bare)) return undefined;
  const symbol = SYMBOLS[bare];
  if (!symbol || !(glued || symbol[1])) return 'none';
  return symbol[0] === unit ? unit : 'skip';
}

/** Unit words that name different units in different languages ("hr": en hour, id day): either reading counts. */
const AMBIGUOUS = (() => {
  const units = new Map();
  const note = (word, unit) => units.set(word.toLowerCase(), (units.get(word.toLowerCase()) ?? new Set()).add(unit));
  for (const locale of LANGUAGES) {
    for (const unit of UNITS) {
      for (const unitDisplay of UNIT_DISPLAYS) {
        const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        for (const n of [1, 2, 5, 1.5])
          note(
            format
              .formatToParts(n)
              .find((p) => p.type === 'unit')
              ?.value.trim() ?? '',
            unit,
          );
      }
    }
  }
  return new Set([...units].filter(([, set]) => set.size > 1).map(([word]) => word));
})();

function all(cases, check) {
  const failures = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem) failures.push(problem);
  }
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${cases.length} cases failed`);
  return cases.length;
}

function spans(text) {
  return findTimes(text).map((t) => [text.slice(t.start, t.end), Number(t.days.toFixed(6))]);
}

for (const locale of [...LANGUAGES, ...NATIVE_DIGITS]) {
  test(`${locale}: every unit × every plural category × long/short/narrow, as Intl.NumberFormat writes them`, () => {
    const cases = [];
    for (const unit of UNITS) {
      for (const unitDisplay of UNIT_DISPLAYS) {
        const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
        for (const n of [...samples(locale).values()].flat()) cases.push({ unit, unitDisplay, n, parts: format.formatToParts(n) });
      }
    }
    const count = all(cases, ({ unit, unitDisplay, n, parts }) => {
      const text = parts.map((p) => p.value).join('');
      const unitText = parts
        .filter((p) => p.type === 'unit')
        .map((p) => p.value)
        .join('');
      const numbered = parts.some((p) => p.type === 'integer');
      const found = findTimes(text);
      const label = `${unit} ${unitDisplay} ${n}: "${text}" → ${JSON.stringify(spans(text))}`;
      const letter = numbered ? oneLetter(unitText, unit, !parts.some((p) => p.type === 'literal')) : undefined;
      // A bare singular without digits (Arabic "يوم") names the unit without counting it.
      if (letter === 'none' || (!numbered && n === 1 && !/\s/.test(unitText.trim()))) {
        return found.length === 0 ? undefined : `${label}: should not be a time`;
      }
      if (letter === 'skip') return undefined;
      // Narrow forms are read where they are safe words ("5gg"); "3 m-ce" and "2sem" are not.
      if (unitDisplay === 'narrow' && found.length === 0) return undefined;
      const expected = n * UNIT_DAYS[unit];
      if (found.length !== 1 || found[0].start !== 0 || found[0].end !== text.length) return `${label}, expected the whole`;
      if (!close(found[0].days, expected) && !AMBIGUOUS.has(unitText.trim().replace(/\.$/, '').toLowerCase())) {
        return `${label}, expected ${expected} days`;
      }
      return undefined;
    });
    assert.ok(count > 0);
  });

  test(`${locale}: every unit × every plural category, after "in" and "ago" as Intl.RelativeTimeFormat writes them`, () => {
    const cases = [];
    for (const style of /** @type {const} */ (['long', 'short'])) {
      const format = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
      for (const unit of UNITS) {
        for (const n of [...samples(locale).values()].flat()) {
          for (const sign of [1, -1]) cases.push({ style, unit, n, parts: format.formatToParts(sign * n, unit) });
        }
      }
    }
    all(cases, ({ style, unit, n, parts }) => {
      const text = parts.map((p) => p.value).join('');
      const numberAt = parts.findIndex((p) => p.type === 'integer');
      const found = findTimes(text);
      const label = `${style} ${unit} ${n}: "${text}" → ${JSON.stringify(spans(text))}`;
      if (numberAt >= 0) {
        const start = parts
          .slice(0, numberAt)
          .map((p) => p.value)
          .join('').length;
        const after = parts
          .slice(numberAt)
          .filter((p) => p.type === 'literal')
          .map((p) => p.value)
          .join('')
          .trim();
        const unitText = unspaced(after) ? after : after.split(/\s/)[0];
        const letter = oneLetter(unitText, unit, false);
        if (letter === 'none') return found.length === 0 ? undefined : `${label}: a one-letter abbreviation`;
        if (letter === 'skip') return undefined;
        if (found.length !== 1 || found[0].start !== start || found[0].end > text.length)
          return `${label}, expected one time from ${start}`;
        if (!close(found[0].days, n * UNIT_DAYS[unit]) && !AMBIGUOUS.has(unitText.replace(/\.$/, '').toLowerCase())) {
          return `${label}, expected ${n} ${unit}`;
        }
        return undefined;
      }
      // Written without digits (Arabic "خلال يومين", "قبل ساعة واحدة"): the words count.
      if (found.length !== 1 || !close(found[0].days, n * UNIT_DAYS[unit])) return `${label}, expected ${n} ${unit}`;
      return undefined;
    });
  });
}

// ---- hand-written phrases (durations.json) ------------------------------------------------------

/** { language: { sentence: { time text: days } } }: the times findTimes finds in each sentence, in order. */
const PHRASES = JSON.parse(fs.readFileSync(path.join(__dirname, 'durations.json'), 'utf8')).phrases;

for (const [language, phrases] of Object.entries(PHRASES)) {
  const cases = Object.entries(phrases);
  test(`${language}: ${cases.length} hand-written phrases`, () => {
    assert.ok(cases.length >= 8);
    all(cases, ([sentence, expected]) => {
      const got = spans(sentence);
      const want = Object.entries(expected).map(([text, days]) => [text, Number(days.toFixed(6))]);
      return JSON.stringify(got) === JSON.stringify(want)
        ? undefined
        : `"${sentence}" → ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
    });
  });
}

test('every language is covered by hand-written phrases', () => {
  assert.deepEqual(Object.keys(PHRASES).sort(), [...LANGUAGES].sort());
});

// ---- text that only looks like a time -----------------------------------------------------------

const NOT_TIMES = [
  'Version 2 is supported.',
  'Enable 2FA on your account.',
  'We monitor 24/7.',
  'Released on 5 May 2024.',
  'Released on 2024-05-01.',
  'Upgrade to 1.2.3 days ago.',
  'Items a, b, c, 3 d and 4 e.',
  'Meet at 10:00 hours.',
  'We use 10m cables and 5m steps.',
  'Render it in 3D and 2D.',
  'The 2024年 roadmap and 2024 years of history.',
  '2024年5月1日に公開しました。',
  '最終更新: 2025年10月28日',
  '2024년 5월 1일에 공개했습니다.',
  '第3天我们开会。',
  'この問題は十分に検討しました。',
  '一日も早く修正します。',
  'Ngày 5 tháng 5 năm 2024 chúng tôi phát hành.',
  'We hold 2 jam sessions and sell 3 ore samples; see section 5 ay of the contract.',
  'Step 5 let us know and we will reply.',
  'Use the v1 tag or the 2 tag for releases.',
  'In option 1 an attacker could use the flaw.',
  'Both 2 sem custo.',
  'Our 7×24 hotline answers calls.',
  'Os usuários não sejam afetados.',
  'Apa kabar sehari-hari.',
  'CVE-2025-1234 days',
  'Call +1 800 555 0100.',
];

test(`${NOT_TIMES.length} sentences that only look like times have none`, () => {
  all(NOT_TIMES, (sentence) => {
    const got = spans(sentence);
    return got.length === 0 ? undefined : `"${sentence}" → ${JSON.stringify(got)}`;
  });
});

test('homographs of English words still count in their own language', () => {
  assert.deepEqual(spans('Entro 48 ore riceverai una risposta.'), [['48 ore', 2]]);
  assert.deepEqual(spans('Kami membalas dalam 2 jam.'), [['2 jam', 0.083333]]);
  assert.deepEqual(spans('Düzeltme 3 ay içinde yayınlanır.'), [['3 ay', 90]]);
  assert.deepEqual(spans('Podpora trvá 5 let.'), [['5 let', 1825]]);
});

// ---- the quick fixes offer times that are times ------------------------------------------------

test('every language: the offered times are concrete times of the right length', () => {
  const cases = LANGUAGES.flatMap((language) => {
    const t = timeChoices(language);
    return [
      [language, t.acknowledge, 2],
      [language, t.business, 3],
      [language, t.week, 7],
      [language, t.fix, 90],
      [language, t.ninetyDays, 90],
    ];
  });
  all(cases, ([language, text, days]) => {
    const got = findTimes(text);
    return got.length === 1 && close(got[0].days, days) ? undefined : `${language}: "${text}" → ${JSON.stringify(spans(text))}`;
  });
});

test('the nine earlier languages keep their wording', () => {
  assert.deepEqual(timeChoices('en'), {
    acknowledge: 'within 48 hours',
    business: 'within 3 business days',
    week: 'within 7 days',
    fix: 'within 90 days',
    ninetyDays: '90 days',
  });
  assert.equal(timeChoices('de').business, 'innerhalb von 3 Werktagen');
  assert.equal(timeChoices('es').business, 'en 3 días hábiles');
  assert.equal(timeChoices('ja').acknowledge, '48時間以内に');
  assert.equal(timeChoices('zh').business, '在3个工作日内');
  assert.equal(timeChoices('ru').business, 'в течение 3 рабочих дней');
  assert.equal(timeChoices('xx').acknowledge, 'within 48 hours');
});

test('linear on 100 KB of hostile text', () => {
  const pieces = [
    '1',
    '1 ',
    '1-',
    '1.',
    '1x',
    'a ',
    'on ',
    'a couple ',
    '一',
    '十',
    'ساعة ',
    'خلال ',
    '3 business ',
    '2 bis ',
    'é',
    '\u00a0',
    '48h',
    'dua ',
  ];
  const slow = [];
  findTimes('1 day'); // the tables are built once, outside the timing
  for (const piece of pieces) {
    const text = piece.repeat(Math.ceil(100_000 / piece.length));
    const t0 = performance.now();
    findTimes(text);
    const ms = performance.now() - t0;
    if (ms > 1000) slow.push(`${JSON.stringify(piece)}: ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, []);
});

test('ko: a unit apart from its number takes particles and time endings, but is no part of another word', () => {
  assert.deepEqual(
    findTimes('7 일에 답변드립니다').map((t) => t.days),
    [7],
  );
  assert.deepEqual(
    findTimes('3 일 이내').map((t) => t.days),
    [3],
  );
  assert.deepEqual(findTimes('3 일본 여행'), []);
});
