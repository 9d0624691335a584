// @ts-check
'use strict';
// Turkish grammar; the cases are in cases/tr.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('tr');

test('tr: upper case, dotted and dotless i, and ASCII', () => {
  assert.deepEqual(vagueSlices('Bildirimlere EN KISA SÜREDE yanıt vereceğiz.'), ['EN KISA SÜREDE']);
  assert.deepEqual(vagueSlices('İlk fırsatta yanıt vereceğiz.'), ['İlk fırsatta']);
  assert.deepEqual(vagueSlices('Bildirimlere mumkun olan en kisa surede yanit verecegiz.'), ['mumkun olan en kisa surede']);
});

test('tr: "as detailed as possible" and "immediately" are no vague wording', () => {
  assert.deepEqual(vagueSlices('Açığı mümkün olduğunca ayrıntılı açıklayacağız.'), []);
  assert.deepEqual(vagueSlices('Sizi hemen bilgilendireceğiz.'), []);
});
