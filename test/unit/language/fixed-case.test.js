// @ts-check
'use strict';
// Words a language writes in one case only (LanguagePack.fixedCase: English "I"). Every grammar
// reads English beside the policy's language; there, lower-case "i" is the Italian article or the
// Swedish "in", not "I". An English policy read alone may be written carelessly ("i will").

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, md, NOW } = require('../helpers.js');

const english = core.grammarOf(['en']);
const italian = core.grammarOf(['en', 'it']);
const swedish = core.grammarOf(['en', 'sv']);

test('"I" is the first person in every grammar that reads English', () => {
  for (const grammar of [english, italian, swedish]) {
    assert.equal(grammar.has('firstPerson', 'I will answer within two days.'), true);
    assert.deepEqual(
      grammar.find('firstPerson', 'I will answer.').map((m) => m.text),
      ['I'],
    );
  }
});

test('lower-case "i" is the first person only when English is read alone', () => {
  assert.equal(english.has('firstPerson', 'i will answer within two days.'), true);
  assert.equal(italian.has('firstPerson', 'Invia i dettagli della vulnerabilità.'), false);
  assert.equal(swedish.has('firstPerson', 'Skicka detaljerna i ett mejl.'), false);
  assert.deepEqual(
    italian.find('firstPerson', 'Invia i dettagli: I will answer.').map((m) => m.text),
    ['I'],
  );
  // At the start of a clause, as the test for requests reads it.
  assert.equal(italian.has('firstPerson', 'i dettagli sono utili', 'start'), false);
  assert.equal(english.has('firstPerson', 'i will answer', 'start'), true);
});

/** The vague wordings vague-sla reports in a policy. */
function vague(...lines) {
  const text = md('# Acme', '', 'security@acme-widgets.dev', '', ...lines);
  const options = { now: NOW, rules: Object.fromEntries(core.rules.map((r) => [r.code, r.code === 'vague-sla' ? 'warning' : 'off'])) };
  return core.lint(text, options).map((f) => text.slice(f.start, f.end));
}

test('vague-sla: an Italian request with the article "i" is no promise; a careless English "i will" is', () => {
  const italianContext = 'Grazie per aiutarci a mantenere Acme sicuro. Le segnalazioni sono sempre benvenute.';
  assert.deepEqual(vague(italianContext, '', 'Invia i dettagli il prima possibile.'), []);
  assert.deepEqual(vague(italianContext, '', 'Risponderemo il prima possibile.'), ['il prima possibile']);
  assert.deepEqual(vague('i will respond as soon as possible.'), ['as soon as possible']);
});
