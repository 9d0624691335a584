// @ts-check
'use strict';
// The detector ranks languages by franc's trigram model through its own index (trigrams.ts): the
// ranking must be francAll's, scores and order of ties included, whatever the text and options.
// Texts: the prose of the language tests, of their cases (22 languages) and of the data beside them
// (durations.json, contexts.json), the rule docs, pairs of languages mixed, and random strings over
// many scripts and the characters cleaning treats specially.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadSource } = require('../helpers.js');
const { CASE_TAGS, casesOf, stringsOf } = require('./harness.js');

const { rankLanguages, SHARED_SCRIPTS } = loadSource('server/src/core/language/trigrams.ts');
const CANDIDATES = require('../../../server/src/core/language/candidates.json').languages;
const LATIN = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'tur', 'ces', 'swe', 'ind', 'vie'];

const ROOT = path.join(__dirname, '..', '..', '..');

/** The string literals of a test file, one after another: the file's prose. */
function proseOf(file) {
  const source = fs.readFileSync(file, 'utf8');
  return (source.match(/'(?:[^'\\\n]|\\.)*'|`[^`]*`/g) ?? []).map((s) => s.slice(1, -1)).join(' ');
}

const languageDir = path.join(ROOT, 'test', 'unit', 'language');
const docsDir = path.join(ROOT, 'docs', 'rules');
const TEXTS = [
  ...fs
    .readdirSync(languageDir)
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => proseOf(path.join(languageDir, f))),
  ...CASE_TAGS.map((tag) => stringsOf(casesOf(tag)).join(' ')),
  ...fs
    .readdirSync(languageDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => stringsOf(JSON.parse(fs.readFileSync(path.join(languageDir, f), 'utf8'))).join(' ')),
  ...fs
    .readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => fs.readFileSync(path.join(docsDir, f), 'utf8')),
].filter((t) => t.length > 0);

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const POOLS = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿąćęłńśźżčďěňřšťůžőűğışəđơư',
  'İẞΣǅ', // lower-cased into another length, or context-dependent
  ' \t\n\r\v\f\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\ufeff',
  '!"#$%&\'()*+,-./0123456789:;<=>?@[]^_{|}~',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशसह',
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年',
  'あいうえおかきくけこアイウエオカキクケコ',
  '가나다라마바사아자차카타파하',
  'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮ',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'אבגדהוזחטיכלמנסעפצקרשת',
  'ሀለሐመሠረሰሸቀበ',
  '😀𝐀𐞀𐞁\ud800\udc00',
  '\ud801\ude00\ud83d',
];

/** ASCII only, which the ranking cleans code by code: letters, white space, punctuation, digits, controls. */
const ASCII_POOLS = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ' \t\n\r\v\f',
  '!"#$%&\'()*+,-./0123456789:;<=>?@[]^_{|}~',
  '\x00\x01\x08\x0e\x1c\x1f\x7f',
];

function randomAscii(next, length) {
  let text = '';
  while (text.length < length) {
    const pool = ASCII_POOLS[next() < 0.6 ? Math.floor(next() * 2) : Math.floor(next() * ASCII_POOLS.length)];
    text += pool[Math.floor(next() * pool.length)];
  }
  return text;
}

function randomText(next, length) {
  const pools = [POOLS[Math.floor(next() * POOLS.length)], POOLS[Math.floor(next() * POOLS.length)], POOLS[0], POOLS[4]];
  let text = '';
  while (text.length < length) {
    const pool = [...pools[Math.floor(next() * pools.length)]];
    text += pool[Math.floor(next() * pool.length)];
  }
  return text;
}

function samples() {
  const next = random(9116);
  const out = [];
  const lengths = [0, 1, 3, 9, 10, 11, 19, 20, 45, 80, 150, 300, 500, 900, 2047, 2048, 2049, 3000];
  for (const text of TEXTS) {
    for (const length of lengths) {
      const at = Math.floor(next() * Math.max(1, text.length - length));
      out.push(text.slice(at, at + length));
    }
  }
  for (let i = 0; i < 60; i++) {
    const a = TEXTS[Math.floor(next() * TEXTS.length)];
    const b = TEXTS[Math.floor(next() * TEXTS.length)];
    const at = Math.floor(next() * a.length);
    out.push(a.slice(at, at + 150) + ' ' + b.slice(0, 150 + Math.floor(next() * 300)));
  }
  for (let i = 0; i < 300; i++) out.push(randomText(next, Math.floor(next() * (i % 10 === 0 ? 2600 : 400))));
  for (let i = 0; i < 100; i++) out.push(randomAscii(next, Math.floor(next() * (i % 10 === 0 ? 2600 : 300))));
  return out;
}

const OPTIONS = [
  { only: CANDIDATES, minLength: 10 },
  { only: CANDIDATES, minLength: 20 },
  { only: ['eng', ...LATIN] },
  { only: ['rus', ...LATIN] },
  {},
  { ignore: ['eng', 'spa', 'cmn'] },
  { only: ['eng', 'kor', 'jpn', 'hin'], ignore: ['jpn'] },
  { minLength: 0 },
];

test('the index ranks languages exactly as francAll does', async () => {
  const { francAll } = await import('franc');
  const failures = [];
  let compared = 0;
  for (const sample of samples()) {
    for (const options of OPTIONS) {
      compared++;
      const expected = francAll(sample, { only: options.only && [...options.only], ignore: options.ignore, minLength: options.minLength });
      const actual = rankLanguages(sample, options);
      try {
        assert.deepEqual(actual, expected);
      } catch {
        if (failures.length < 5)
          failures.push({ sample: sample.slice(0, 200), options, actual: actual.slice(0, 3), expected: expected.slice(0, 3) });
        else failures.push(null);
      }
    }
  }
  assert.ok(compared > 5000, `only ${compared} comparisons`);
  assert.deepEqual(failures, [], `${failures.length} of ${compared} rankings differ`);
});

test('the ranking does not depend on the samples ranked before', () => {
  const text = TEXTS.find((t) => t.length > 3000);
  const first = rankLanguages(text.slice(0, 300), { only: CANDIDATES });
  rankLanguages(text.slice(0, 2600), { only: CANDIDATES });
  for (let i = 0; i < 10; i++) rankLanguages(text.slice(i * 7, i * 7 + 40));
  assert.deepEqual(rankLanguages(text.slice(0, 300), { only: CANDIDATES }), first);
});

test("franc's script expressions match one code point each, and only the shared scripts share characters", async () => {
  const { expressions } = await import('franc/expressions.js');
  // Every code point but the surrogates, with where each begins.
  const starts = new Uint8Array(0x110000 * 2 + 1);
  let all = '';
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    starts[all.length] = 1;
    all += String.fromCodePoint(cp);
  }
  starts[all.length] = 1;
  const names = Object.keys(expressions);
  const owner = new Int8Array(all.length).fill(-1);
  const problems = [];
  names.forEach((script, index) => {
    const re = new RegExp(expressions[script].source, 'g');
    for (let m = re.exec(all); m; m = re.exec(all)) {
      if (!starts[m.index] || !starts[m.index + m[0].length] || [...m[0]].length !== 1) problems.push(`${script} matches ${m[0]}`);
      const other = names[owner[m.index]];
      if (other && !(SHARED_SCRIPTS.includes(script) && SHARED_SCRIPTS.includes(other)))
        problems.push(`${script} and ${other} share ${m[0]}`);
      owner[m.index] = index;
    }
  });
  assert.deepEqual(problems.slice(0, 5), []);
});
