// @ts-check
'use strict';
// The CSAF fields (CSAF 2.0, requirement 8): what the case files csaf-not-provider-metadata.json,
// multiple-csaf.json and csaf-order.json cannot say (no fix, the other rules).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const WELL_KNOWN = 'CSAF: https://moorhen-bikes.dev/.well-known/csaf/provider-metadata.json';
const OTHER = 'CSAF: https://csaf.moorhen-group.example/provider-metadata.json';
const codeOf = (code) => (text) => lintTxt(text).filter((f) => f.code === code);

test('csaf-not-provider-metadata has no fix', () => {
  for (const url of [
    'https://moorhen-bikes.dev/security/advisories',
    'https://moorhen-bikes.dev/.well-known/csaf/',
    'https://moorhen-bikes.dev/.well-known/csaf/provider-metadata.json.bak',
    'https://moorhen-bikes.dev/csaf/index.txt',
    'https://moorhen-bikes.dev/my-provider-metadata.json',
  ]) {
    const [f] = codeOf('securitytxt/csaf-not-provider-metadata')(txt(CONTACT, EXPIRES, `CSAF: ${url}`));
    assert.deepEqual(f.fixes ?? [], [], url);
  }
});

test('nothing fires on provider-metadata.json, with a query too; a value that is no URL is invalid-uri', () => {
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, WELL_KNOWN)), []);
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, 'csaf: https://moorhen-bikes.dev/csaf/provider-metadata.json?v=2')), []);
  assert.ok(lintTxt(txt(CONTACT, EXPIRES, 'CSAF: provider-metadata.json')).some((f) => f.code === 'securitytxt/invalid-uri'));
});

test('multiple-csaf has no fix', () => {
  const third = 'CSAF: https://old.moorhen-bikes.dev/.well-known/csaf/provider-metadata.json';
  const [f] = codeOf('securitytxt/multiple-csaf')(txt(CONTACT, EXPIRES, WELL_KNOWN, OTHER, third));
  assert.deepEqual(f.fixes ?? [], []);
});
