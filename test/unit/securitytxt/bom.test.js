'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, slice } = require('../helpers.js');

const CODE = 'securitytxt/bom';

function txt(...lines) {
  return lines.join('\n') + '\n';
}

function lintTxt(text, opts = {}) {
  return core.lintSecurityTxt(text, { now: NOW, ...opts });
}

function findingsOf(text, opts = {}) {
  return lintTxt(text, opts).filter((f) => f.code === CODE);
}

/** Applies the preferred fix of a finding: its edits are offsets into `text`. */
function applyPreferred(text, finding) {
  const fix = finding.fixes.find((f) => f.isPreferred) ?? finding.fixes[0];
  return [...fix.edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

const BODY = txt('Contact: https://hollyhock-games.dev/report', 'Expires: 2027-06-30T23:59:59Z');

test('a leading byte order mark: error, range is the BOM, message says to save without it', () => {
  const text = '\uFEFF' + BODY;
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  const [f] = findings;
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
