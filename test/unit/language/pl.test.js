// @ts-check
'use strict';
// Polish grammar; the cases are in cases/pl.json, and below the sentences they cannot make.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('pl');

test('pl: an adjective before a noun of handling is vague too', () => {
  assert.deepEqual(vagueSlices('Zapewniamy szybką odpowiedź.'), ['szybką odpowiedź']);
  assert.deepEqual(vagueSlices('Zespół gwarantuje sprawną obsługę zgłoszeń.'), ['sprawną obsługę']);
});

test('pl: text typed without Polish letters', () => {
  assert.deepEqual(vagueSlices('Odpowiemy niezwlocznie.'), ['niezwlocznie']);
  assert.deepEqual(vagueSlices('Odpowiemy w rozsadnym czasie.'), ['w rozsadnym czasie']);
  assert.deepEqual(vagueSlices('Poprawka zostanie wydana wkrotce.'), ['wkrotce']);
});

test('pl: "immediately" is no vague wording', () => {
  assert.deepEqual(vagueSlices('Natychmiast poinformujemy zgłaszającego.'), []);
});

test('pl: the preposition "we" is no English "we"', () => {
  assert.deepEqual(vagueSlices('Zgłoś lukę we wszystkich wersjach jak najszybciej.'), []);
});

test('pl: English words are no Polish team nouns', () => {
  const { core, md, NOW } = require('../helpers.js');
  const text = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'Threats that administrators face include:',
    '',
    '- Outdated packages: update them promptly.',
  );
  const found = core.lint(text, { now: NOW }).filter((f) => f.code === 'vague-sla');
  assert.deepEqual(found, []);
});

test('pl: a dash joins a request and a promise', () => {
  assert.deepEqual(vagueSlices('Prosimy o cierpliwość – odpowiemy najszybciej jak się da.'), ['najszybciej jak się da']);
});
