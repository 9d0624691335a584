// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/bom';

const { findingsOf, one } = forTxtRule(CODE);

const BODY = txt('Contact: https://hollyhock-games.dev/report', 'Expires: 2027-06-30T23:59:59Z');

test('a leading byte order mark: error, range is the BOM, message says to save without it', () => {
  const text = '\uFEFF' + BODY;
  const f = one(text);
  assert.equal(f.severity, 'error');
  assert.deepEqual([f.start, f.end], [0, 1]);
  assert.equal(slice(text, f), '\uFEFF');
  assert.match(f.message, /byte order mark: save it as UTF-8 without BOM/);
});

test('the first field after the BOM is still read (no no-contact, no unknown-field, no invalid-line)', () => {
  const text = '\uFEFF' + BODY;
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    [CODE],
  );
  const model = core.parseSecurityTxt(text);
  assert.equal(model.bom, true);
  assert.equal(model.fields[0].name, 'Contact');
  assert.equal(slice(text, model.fields[0].nameSpan), 'Contact');
});

test('the fix removes the BOM; nothing is left', () => {
  const text = '\uFEFF' + BODY;
  const fixed = applyPreferred(text, findingsOf(text)[0]);
  assert.equal(fixed, BODY);
  assert.deepEqual(lintTxt(fixed), []);
});

test('silent: no BOM', () => {
  assert.deepEqual(findingsOf(BODY), []);
  assert.equal(core.parseSecurityTxt(BODY).bom, false);
});
