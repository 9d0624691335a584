// @ts-check
'use strict';
// securitytxt/no-space: what it reports and its fix are cases in cases/no-space.json; here, fix-all
// over several fields.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, txt } = require('../helpers.js');

const CODE = 'securitytxt/no-space';

test('fix-all repairs every field', () => {
  const text = txt(
    'Contact:https://larkspur-tiles.dev/report',
    'Expires:  2027-06-30T23:59:59Z',
    'Policy:\thttps://larkspur-tiles.dev/security',
  );
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(
    all.text,
    txt('Contact: https://larkspur-tiles.dev/report', 'Expires: 2027-06-30T23:59:59Z', 'Policy: https://larkspur-tiles.dev/security'),
  );
  assert.deepEqual(all.findings, []);
});
