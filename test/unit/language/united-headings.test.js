// @ts-check
'use strict';
// A heading is read in every language at once (a section that seems missing) through one
// expression of all the packs' heading words: it must name a section exactly when some language's
// own expression does. Titles: every short string of the language tests, of their cases (22
// languages) and of the data beside them (durations.json, contexts.json), as written and
// lower-cased, and each with words around it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadSource } = require('../helpers.js');
const { CASE_TAGS, casesOf, stringsOf } = require('./harness.js');

const { everyLanguage, grammarOf, LATIN_SCRIPT_LANGUAGES, SECTION_KINDS } = loadSource('server/src/core/language/grammar.ts');
const TAGS = [...LATIN_SCRIPT_LANGUAGES, 'ru', 'uk', 'ar', 'fa', 'hi', 'th', 'ko', 'ja', 'zh'];
const KINDS = SECTION_KINDS;

const languageDir = __dirname;
/** The string literals of the language tests, and the strings of their cases and data. */
const strings = [
  ...fs
    .readdirSync(languageDir)
    .filter((f) => f.endsWith('.test.js'))
    .flatMap((f) => fs.readFileSync(path.join(languageDir, f), 'utf8').match(/'(?:[^'\\\n]|\\.)*'/g) ?? [])
    .map((literal) => literal.slice(1, -1)),
  ...CASE_TAGS.flatMap((tag) => stringsOf(casesOf(tag))),
  ...fs
    .readdirSync(languageDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => stringsOf(JSON.parse(fs.readFileSync(path.join(languageDir, f), 'utf8')))),
];
const titles = new Set();
for (const title of strings) {
  if (title.length === 0 || title.length > 80) continue;
  titles.add(title);
  titles.add(title.toLowerCase());
  titles.add(`1. ${title} (2024)`);
  titles.add(`x${title}x`);
}

test('every pack knows its tag, and the titles are many', () => {
  assert.equal(everyLanguage().packs.length, TAGS.length);
  assert.ok(titles.size > 2000, `only ${titles.size} titles`);
});

test('a heading read in every language names a section exactly when one language names it', () => {
  const every = everyLanguage();
  const singles = TAGS.map((tag) => grammarOf([tag]));
  const differ = [];
  for (const kind of KINDS) {
    for (const title of titles) {
      const united = every.namesSection(title, kind);
      const some = singles.some((g) => g.namesSection(title, kind));
      if (united !== some) differ.push(`${kind}: ${title} (${united ? 'named' : 'not named'} by all at once)`);
    }
  }
  assert.deepEqual(differ.slice(0, 10), []);
});
