// @ts-check
'use strict';
// placeholder-email's cases are data (cases/placeholder-email.json); this test looks at another rule.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slicesOf, md } = require('../helpers.js');

test('silent: a placeholder is not also an invalid address', () => {
  const text = md('# Gannet Security', '', '## Reporting a Vulnerability', '', 'Email security@example.com now.');
  assert.deepEqual(slicesOf(text, 'invalid-email'), []);
});
