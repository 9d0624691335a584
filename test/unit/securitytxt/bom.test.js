// @ts-check
'use strict';
// securitytxt/bom: what cases/bom.json cannot say (the parsed model).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt } = require('../helpers.js');

const BODY = txt('Contact: https://hollyhock-games.dev/report', 'Expires: 2027-06-30T23:59:59Z');

test('the model of a file with a BOM says so, and its first field is read after the BOM', () => {
  const text = '\uFEFF' + BODY;
  const model = core.parseSecurityTxt(text);
  assert.equal(model.bom, true);
  assert.equal(model.fields[0].name, 'Contact');
  assert.equal(slice(text, model.fields[0].nameSpan), 'Contact');
});

test('the model of a file without a BOM says so', () => {
  assert.equal(core.parseSecurityTxt(BODY).bom, false);
});
