// @ts-check
'use strict';
// securitytxt/no-contact: what it reports is in cases/no-contact.json; here, what the format cannot
// say: the offsets of its finding in an empty file.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { forTxtRule } = require('../helpers.js');

const { findingsOf } = forTxtRule('securitytxt/no-contact');

test('an empty file: one finding at offset 0', () => {
  const findings = findingsOf('');
  assert.equal(findings.length, 1);
  assert.deepEqual([findings[0].start, findings[0].end], [0, 0]);
});
