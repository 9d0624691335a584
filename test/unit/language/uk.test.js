// @ts-check
'use strict';
// Ukrainian grammar; the cases are in cases/uk.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('uk');

test('uk: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Ми забезпечимо швидке виправлення.'), ['швидке виправлення']);
  assert.deepEqual(vagueSlices('Команда гарантує оперативну реакцію на звіти.'), ['оперативну реакцію']);
});

test('uk: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Ми негайно повідомимо вас.'), []);
});
