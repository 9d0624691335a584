// @ts-check
'use strict';
// securitytxt/invalid-bug-bounty and securitytxt/multiple-bug-bounty: what their case files
// (cases/invalid-bug-bounty.json, cases/multiple-bug-bounty.json) cannot say.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a value that means neither True nor False has no fix', () => {
  const [f] = lintTxt(txt(CONTACT, EXPIRES, 'Bug-Bounty: https://hackerone.com/moorhen')).filter(
    (x) => x.code === 'securitytxt/invalid-bug-bounty',
  );
  assert.deepEqual(f.fixes, []);
});

test('nothing fires on an upper-case field name; an empty value is empty-value', () => {
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, 'BUG-BOUNTY: True')), []);
  assert.ok(lintTxt(txt(CONTACT, EXPIRES, 'Bug-Bounty:')).some((f) => f.code === 'securitytxt/empty-value'));
});
