// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, slice, txt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/no-space';

const { findingsOf, fixesClean, expectOne } = forTxtRule(CODE);

const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('no space after the colon: error, range is the colon, message says what to write', () => {
  const text = txt('Contact:https://larkspur-tiles.dev/report', EXPIRES);
  const f = expectOne(text, { severity: 'error', covers: ':', message: /Write exactly one space after "Contact:"/ });
  fixesClean(text, f, txt('Contact: https://larkspur-tiles.dev/report', EXPIRES));
});

test('two spaces or a tab: the range covers the colon and the white space; the fix leaves one space', () => {
  for (const [line, range] of [
    ['Contact:  https://larkspur-tiles.dev/report', ':  '],
    ['Contact:\thttps://larkspur-tiles.dev/report', ':\t'],
    ['Contact: \thttps://larkspur-tiles.dev/report', ': \t'],
  ]) {
    const text = txt(line, EXPIRES);
    const [f] = findingsOf(text);
    assert.equal(slice(text, f), range, JSON.stringify(line));
    assert.equal(applyPreferred(text, f), txt('Contact: https://larkspur-tiles.dev/report', EXPIRES));
  }
});

test('every field is checked; fix-all repairs them all', () => {
  const text = txt(
    'Contact:https://larkspur-tiles.dev/report',
    'Expires:  2027-06-30T23:59:59Z',
    'Policy:\thttps://larkspur-tiles.dev/security',
  );
  assert.equal(findingsOf(text).length, 3);
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(all.text, txt('Contact: https://larkspur-tiles.dev/report', EXPIRES, 'Policy: https://larkspur-tiles.dev/security'));
  assert.deepEqual(all.findings, []);
});

test('silent: exactly one space; trailing white space after the value; empty values (empty-value instead)', () => {
  assert.deepEqual(findingsOf(txt('Contact: https://larkspur-tiles.dev/report', EXPIRES)), []);
  assert.deepEqual(findingsOf(txt('Contact: https://larkspur-tiles.dev/report  ', EXPIRES)), []);
  assert.deepEqual(findingsOf(txt('Contact: https://larkspur-tiles.dev/report', EXPIRES, 'Hiring:', 'CSAF:  ')), []);
});
