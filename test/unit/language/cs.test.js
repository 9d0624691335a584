// @ts-check
'use strict';
// Czech grammar; the cases are in cases/cs.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('cs');

test('cs: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Zajistíme rychlou opravu.'), ['rychlou opravu']);
  assert.deepEqual(vagueSlices('Tým slibuje včasnou reakci.'), ['včasnou reakci']);
});

test('cs: text typed without diacritics', () => {
  assert.deepEqual(vagueSlices('Odpovíme co nejdrive.'), ['co nejdrive']);
  assert.deepEqual(vagueSlices('Oprava bude vydana neprodlene.'), ['neprodlene']);
});

test('cs: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Okamžitě vás budeme informovat.'), []);
});
