// @ts-check
'use strict';
// securitytxt/no-encryption: what it reports is in cases/no-encryption.json; here, that it offers
// no fix and is the only finding on a file that lacks nothing else.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/no-encryption';

test('a mailto: Contact and no Encryption: the only finding, with no quick fix', () => {
  const text = txt('Contact: mailto:security@copperleaf-rail.dev', 'Expires: 2027-06-30T23:59:59Z');
  assert.deepEqual(
    lintTxt(text).map((x) => [x.code, x.fixes]),
    [[CODE, undefined]],
  );
});
