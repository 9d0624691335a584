// @ts-check
'use strict';
// securitytxt/not-utf8: what it reports is in cases/not-utf8.json; here, that it offers no fix.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, forTxtRule } = require('../helpers.js');

const { one } = forTxtRule('securitytxt/not-utf8');

test('a run of replacement characters: no quick fix', () => {
  const text = txt('# S\uFFFD\uFFFDcurity team', 'Contact: https://pelican-ops.dev/report', 'Expires: 2027-06-30T23:59:59Z');
  assert.deepEqual(one(text).fixes ?? [], []);
});
