// @ts-check
'use strict';
// securitytxt/expires-soon: Expires within the renewal window (renewDays, default 30), never so
// early that a file just renewed is due at once. Linted at 2026-11-22T00:00:00Z.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, loadSource, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/expires-soon';
const { findingsOf: soon, fixesClean } = forTxtRule(CODE);
const CONTACT = 'Contact: https://moorhen-bikes.dev/report';

test('Expires in 10 days: a warning on the value, days and date in the message; the fix renews it and the finding is gone', () => {
  const text = txt(CONTACT, 'Expires: 2026-12-02T00:00:00Z');
  const [f, ...rest] = soon(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f), '2026-12-02T00:00:00Z');
  assert.equal(
    f.message,
    'This security.txt expires in 10 days (on 2026-12-02T00:00:00Z): review it and set a new Expires before readers must treat it as stale.',
  );
  fixesClean(text, f, txt(CONTACT, 'Expires: 2027-11-22T00:00:00Z'));
});

test('the edges of the default window: 1 hour and exactly 30 days warn; 30 days and a second do not; past is expired', () => {
  assert.match(soon(txt(CONTACT, 'Expires: 2026-11-22T01:00:00Z'))[0].message, /expires in 1 day \(/);
  assert.equal(soon(txt(CONTACT, 'Expires: 2026-12-22T00:00:00Z')).length, 1);
  assert.deepEqual(soon(txt(CONTACT, 'Expires: 2026-12-22T00:00:01Z')), []);
  const past = txt(CONTACT, 'Expires: 2026-11-21T00:00:00Z');
  assert.deepEqual(soon(past), []);
  assert.ok(lintTxt(past).some((f) => f.code === 'securitytxt/expired'));
});

test('renewDays sets the window; expiresInDays renews; the window stays shorter than a fresh file', () => {
  const text = txt(CONTACT, 'Expires: 2027-01-21T00:00:00Z'); // 60 days ahead
  assert.deepEqual(soon(text), []);
  const [f] = soon(text, { renewDays: 90, expiresInDays: 180 });
  assert.match(f.message, /expires in 60 days/);
  assert.equal(applyPreferred(text, f), txt(CONTACT, 'Expires: 2027-05-21T00:00:00Z'));
  // A file renewed 30 days ahead is not due at once, whatever renewDays says.
  assert.deepEqual(soon(txt(CONTACT, 'Expires: 2026-12-22T00:00:00Z'), { renewDays: 60, expiresInDays: 30 }), []);
  assert.equal(soon(txt(CONTACT, 'Expires: 2026-12-21T00:00:00Z'), { renewDays: 60, expiresInDays: 30 }).length, 1);
  // Nonsense falls back to 30 days.
  assert.deepEqual(soon(text, { renewDays: 0 }), []);
  assert.deepEqual(soon(text, { renewDays: 'sixty' }), []);
});

test('silent: no Expires, an invalid one; only the first of several is read', () => {
  assert.deepEqual(soon(txt(CONTACT)), []);
  assert.deepEqual(soon(txt(CONTACT, 'Expires: next week')), []);
  assert.deepEqual(soon(txt(CONTACT, 'Expires: 2027-06-30T00:00:00Z', 'Expires: 2026-11-30T00:00:00Z')), []);
});

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
