// @ts-check
'use strict';
// securitytxt/bom: what cases/bom.json cannot say (the parsed model, the other rules).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt } = require('../helpers.js');

const BODY = txt('Contact: https://hollyhock-games.dev/report', 'Expires: 2027-06-30T23:59:59Z');

test('the first field after the BOM is still read (no no-contact, no unknown-field, no invalid-line)', () => {
  const text = '\uFEFF' + BODY;
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    ['securitytxt/bom'],
  );
  const model = core.parseSecurityTxt(text);
  assert.equal(model.bom, true);
  assert.equal(model.fields[0].name, 'Contact');
  assert.equal(slice(text, model.fields[0].nameSpan), 'Contact');
});

test('the model of a file without a BOM says so', () => {
  assert.equal(core.parseSecurityTxt(BODY).bom, false);
});
