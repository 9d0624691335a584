// @ts-check
'use strict';
// A policy in a language the linter cannot read: the notice itself (one info finding on the title
// that names the language) is pinned by cases/unsupported-language.json. Here, on the documents of
// that file, what the format cannot say: the rules that would claim something is missing stay
// silent, the checks that need no reading still run, and a readable policy gets the section rules.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { lintAll, md } = require('../helpers.js');
const CASES = require('./cases/unsupported-language.json');

const DOCUMENT_RULES = ['missing-reporting-section', 'missing-supported-versions', 'missing-response-time', 'missing-disclosure-policy'];

/** The cases of the case file's group whose name starts with `name`, each with its document. */
function casesOf(name) {
  const group = CASES.groups.find((g) => g.name.startsWith(name));
  assert.ok(group, `no group "${name}" in cases/unsupported-language.json`);
  return group.cases.map((c) => ({ ...c, document: md(...c.text) }));
}

test('unreadable policies: the notice has no other data, no missing-section claims, placeholder-email still runs', () => {
  const cases = casesOf('one info finding on the title that names the language');
  assert.equal(cases.length, 5);
  for (const { document, findings } of cases) {
    const all = lintAll(document);
    const { name } = findings[0].data;
    assert.deepEqual(all.find((f) => f.code === 'unsupported-language')?.data, findings[0].data, name);
    assert.deepEqual(
      all.filter((f) => DOCUMENT_RULES.includes(f.code)).map((f) => f.code),
      [],
      name,
    );
    assert.deepEqual(
      lintAll(document.replace('security@acme-widgets.dev', 'security@example.com'))
        .filter((f) => f.code === 'placeholder-email')
        .map((f) => f.code),
      ['placeholder-email'],
      name,
    );
  }
});

test('a supported language, or too little text to be sure: the section rules run', () => {
  const [german] = casesOf('a supported language is not reported');
  assert.ok(lintAll(german.document).some((f) => f.code === 'missing-supported-versions'));
  const [short] = casesOf('too little text to be sure');
  assert.ok(lintAll(short.document).some((f) => f.code === 'missing-reporting-section'));
});
