// @ts-check
'use strict';
// The rest of the rule's cases are data: cases/missing-safe-harbor.json.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule } = require('../helpers.js');

const CODE = 'missing-safe-harbor';
const { expectOne } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

test('quick fix: not offered when a section is already headed as a safe harbor', () => {
  const text = md(
    '# Pebblewick Security',
    '',
    '## Safe Harbor',
    '',
    'Research done in good faith is welcome.',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@pebblewick.dev.',
  );
  const f = expectOne(
    text,
    {
      covers: 'Research done in good faith is welcome.',
      message: 'Partial safe harbor: promise not to pursue legal action against good-faith research under this policy.',
    },
    ON,
  );
  assert.deepEqual(f.fixes, []);
});
