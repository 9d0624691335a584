// @ts-check
'use strict';
// slow-acknowledgement's cases are data (cases/slow-acknowledgement.json); here what the format
// cannot say: that the finding has no fix.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule } = require('../helpers.js');

test('no quick fix', () => {
  const text = md(
    '# Marlow Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@marlow.dev. We acknowledge reports within 7 days.',
  );
  const f = forRule('slow-acknowledgement').expectOne(text, {}, { profiles: ['cisa-bod-20-01'] });
  assert.deepEqual(f.fixes ?? [], []);
});
