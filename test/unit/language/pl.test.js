// @ts-check
'use strict';
// Polish grammar; the cases are in cases/pl.json; below, the lists they cannot write.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { grammarTestsOf } = require('./harness.js');

grammarTestsOf('pl');

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
