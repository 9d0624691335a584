// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'obfuscated-email';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Lanternfish Security Policy', '', '## Reporting a Vulnerability', '', line);
}

/** Asserts one finding covering `written` that decodes to `address`. */
function expectDecoded(line, written, address) {
  const text = policy(line);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1, `for ${JSON.stringify(line)}`);
  assert.equal(slice(text, findings[0]), written);
  assert.equal(findings[0].severity, 'hint');
  assert.equal(findings[0].data.address, address);
}

test('fires on "security at lanternfish dot org": range, hint, decoded address, message', () => {
  const text = policy('Write to security at lanternfish dot org with the details.');
  const f = expectOne(text, {
    severity: 'hint',
    covers: 'security at lanternfish dot org',
    message: /security@lanternfish\.org/,
    data: { address: 'security@lanternfish.org' },
  });
  // It says what to do: write it plainly or offer private vulnerability reporting.
  assert.match(f.message, /writing the address plainly/);
  assert.match(f.message, /private vulnerability reporting/);
});

test('fires on "security[at]lanternfish.org"', () => {
  expectDecoded('Write to security[at]lanternfish.org.', 'security[at]lanternfish.org', 'security@lanternfish.org');
});

test('fires on "security (at) lanternfish (dot) org"', () => {
  expectDecoded('Write to security (at) lanternfish (dot) org.', 'security (at) lanternfish (dot) org', 'security@lanternfish.org');
});

test('fires on Markdown-escaped brackets "security \\[@\\] lanternfish.org"', () => {
  expectDecoded('Write to security \\[@\\] lanternfish.org.', 'security \\[@\\] lanternfish.org', 'security@lanternfish.org');
});

test('fires on upper-case "AT" and "DOT" and on a sub-domain', () => {
  expectDecoded('Write to psirt AT mail DOT lanternfish DOT org.', 'psirt AT mail DOT lanternfish DOT org', 'psirt@mail.lanternfish.org');
});

test('fires on each obfuscated address', () => {
  const text = policy('Write to security[at]lanternfish.org or to lead (at) lanternfish (dot) org.');
  assert.deepEqual(slicesOf(text, CODE), ['security[at]lanternfish.org', 'lead (at) lanternfish (dot) org']);
});

test('silent: prose with "at"', () => {
  assert.deepEqual(findingsOf(policy('Please look at this before you write to us.'), CODE), []);
  assert.deepEqual(findingsOf(policy('Look at lanternfish.org for the documentation.'), CODE), []);
  assert.deepEqual(findingsOf(policy('We meet at noon at the office.'), CODE), []);
});

test('silent: a plain address, a mailto link', () => {
  assert.deepEqual(findingsOf(policy('Write to security@lanternfish.org.'), CODE), []);
  assert.deepEqual(findingsOf(policy('[Write to us](mailto:security@lanternfish.org).'), CODE), []);
});

test('an obfuscated address still counts as a contact: no-contact is silent', () => {
  for (const line of [
    'Write to security at lanternfish dot org.',
    'Write to security[at]lanternfish.org.',
    'Write to security (at) lanternfish (dot) org.',
    'Write to security \\[@\\] lanternfish.org.',
  ]) {
    const text = policy(line);
    assert.equal(findingsOf(text, CODE).length, 1, line);
    assert.deepEqual(findingsOf(text, 'no-contact'), [], line);
  }
});

test('no-contact still fires when the "at" is only prose', () => {
  assert.equal(findingsOf(policy('Please look at this before you write to us.'), 'no-contact').length, 1);
});
