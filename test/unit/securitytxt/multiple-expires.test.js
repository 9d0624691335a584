// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/multiple-expires';

const { findingsOf, expectOne } = forTxtRule(CODE);

test('fires on the second Expires: error, the whole line, message says to remove it', () => {
  const text = txt('Contact: https://tidewater-looms.dev/report', 'Expires: 2027-06-30T23:59:59Z', 'Expires: 2027-03-31T00:00:00Z');
  expectOne(text, {
    severity: 'error',
    covers: 'Expires: 2027-03-31T00:00:00Z',
    message: /Expires may appear only once: remove this line/,
  });
});

test('the fix removes the extra line with its line ending', () => {
  const text = txt(
    'Contact: https://tidewater-looms.dev/report',
    'Expires: 2027-06-30T23:59:59Z',
    'Expires: 2027-03-31T00:00:00Z',
    '# end',
  );
  const fixed = applyPreferred(text, findingsOf(text)[0]);
  assert.equal(fixed, txt('Contact: https://tidewater-looms.dev/report', 'Expires: 2027-06-30T23:59:59Z', '# end'));
  assert.deepEqual(lintTxt(fixed), []);
});

test('CRLF: the fix removes the CRLF too', () => {
  const text = 'Contact: https://tidewater-looms.dev/report\r\nExpires: 2027-06-30T23:59:59Z\r\nExpires: 2027-03-31T00:00:00Z\r\n';
  const fixed = applyPreferred(text, findingsOf(text)[0]);
  assert.equal(fixed, 'Contact: https://tidewater-looms.dev/report\r\nExpires: 2027-06-30T23:59:59Z\r\n');
});

test('three Expires (any letter case): two findings, on the second and third', () => {
  const text = txt(
    'Expires: 2027-06-30T23:59:59Z',
    'Contact: https://tidewater-looms.dev/report',
    'EXPIRES: 2027-05-30T23:59:59Z',
    'expires: 2027-04-30T23:59:59Z',
  );
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['EXPIRES: 2027-05-30T23:59:59Z', 'expires: 2027-04-30T23:59:59Z'],
  );
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(all.text, txt('Expires: 2027-06-30T23:59:59Z', 'Contact: https://tidewater-looms.dev/report'));
  assert.deepEqual(all.findings, []);
});

test('silent: a single Expires; a second one only in a comment', () => {
  assert.deepEqual(findingsOf(txt('Contact: https://tidewater-looms.dev/report', 'Expires: 2027-06-30T23:59:59Z')), []);
  assert.deepEqual(
    findingsOf(txt('Contact: https://tidewater-looms.dev/report', 'Expires: 2027-06-30T23:59:59Z', '# Expires: 2026-01-01T00:00:00Z')),
    [],
  );
});
