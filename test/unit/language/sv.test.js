// @ts-check
'use strict';
// Swedish grammar; the cases are in cases/sv.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('sv');

test('sv: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Vi lovar ett snabbt svar.'), ['snabbt svar']);
  assert.deepEqual(vagueSlices('Teamet ger skyndsam återkoppling.'), ['skyndsam återkoppling']);
});

test('sv: "kommer att" with an s-passive and the best-effort concept', () => {
  assert.deepEqual(vagueSlices('Sårbarheter kommer att hanteras efter bästa förmåga.'), ['efter bästa förmåga']);
});

test('sv: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Vi meddelar dig omedelbart.'), []);
});

test('sv: "så snart" tied to an event is no vague time', () => {
  assert.deepEqual(vagueSlices('Säkerhetsuppdateringar släpps så snart de är klara.'), []);
});
