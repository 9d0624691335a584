// @ts-check
'use strict';
// securitytxt/multiple-expires: what it reports and its fix are cases in cases/multiple-expires.json;
// here, fix-all over several extra lines.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, txt } = require('../helpers.js');

const CODE = 'securitytxt/multiple-expires';

test('three Expires (any letter case): fix-all removes the second and the third', () => {
  const text = txt(
    'Expires: 2027-06-30T23:59:59Z',
    'Contact: https://tidewater-looms.dev/report',
    'EXPIRES: 2027-05-30T23:59:59Z',
    'expires: 2027-04-30T23:59:59Z',
  );
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(all.text, txt('Expires: 2027-06-30T23:59:59Z', 'Contact: https://tidewater-looms.dev/report'));
  assert.deepEqual(all.findings, []);
});
