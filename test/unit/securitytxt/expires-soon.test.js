// @ts-check
'use strict';
// securitytxt/expires-soon: what cases/expires-soon.json cannot say (the renewDays setting).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');

test('the renewDays setting is read, checked and passed on to the rule', () => {
  const { readSettings, lintOptionsFrom } = loadSource('server/src/core/settings.ts');
  const warnings = [];
  const settings = readSettings({ securityTxt: { renewDays: 45 } }, warnings);
  assert.deepEqual(warnings, []);
  assert.equal(lintOptionsFrom(settings, { policyDir: '' }).renewDays, 45);
  for (const bad of [0, 366, 2.5, '30']) {
    const w = [];
    assert.equal(readSettings({ securityTxt: { renewDays: bad } }, w).securityTxt.renewDays, undefined);
    assert.deepEqual(w, ['securityMd.securityTxt.renewDays must be a whole number from 1 to 365; ignored.']);
  }
});
