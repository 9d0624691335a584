// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, md, forRule } = require('../helpers.js');

const CODE = 'mailto-mismatch';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Brindlewood Security Policy', '', '## Reporting a Vulnerability', '', line);
}

test('fires when the shown address differs from the mailto target: whole link, error, says what to do', () => {
  const text = policy('Email [security@brindlewood.org](mailto:psirt@brindlewood.org) with details.');
  const f = expectOne(text, {
    severity: 'error',
    covers: '[security@brindlewood.org](mailto:psirt@brindlewood.org)',
    message: [/security@brindlewood\.org/, /psirt@brindlewood\.org/],
  });
  // It says what to do: make text and target the same address.
  assert.match(f.message, /same address/);
  assert.equal(f.data.shown, 'security@brindlewood.org');
  assert.equal(f.data.target, 'psirt@brindlewood.org');
});

test('fires on the short form [a@x.org](mailto:b@x.org)', () => {
  const text = policy('[a@x.org](mailto:b@x.org)');
  assert.deepEqual(slicesOf(text, CODE), ['[a@x.org](mailto:b@x.org)']);
});

test('fires once per mismatched link', () => {
  const text = policy('Try [one@brindlewood.org](mailto:two@brindlewood.org) or [three@brindlewood.org](mailto:four@brindlewood.org).');
  assert.deepEqual(slicesOf(text, CODE), [
    '[one@brindlewood.org](mailto:two@brindlewood.org)',
    '[three@brindlewood.org](mailto:four@brindlewood.org)',
  ]);
});

test('fires when the link text itself is written "mailto:a@..." and differs', () => {
  const text = policy('[mailto:a@brindlewood.org](mailto:b@brindlewood.org)');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].data.shown, 'a@brindlewood.org');
});

test('silent: text and target are the same address', () => {
  assert.deepEqual(findingsOf(policy('[security@brindlewood.org](mailto:security@brindlewood.org)'), CODE), []);
});

test('silent: the same address in a different case', () => {
  assert.deepEqual(findingsOf(policy('[Security@Brindlewood.ORG](mailto:security@brindlewood.org)'), CODE), []);
});

test('silent: link text that is not an address', () => {
  assert.deepEqual(findingsOf(policy('[Email the security team](mailto:security@brindlewood.org)'), CODE), []);
  assert.deepEqual(findingsOf(policy('[security team](mailto:security@brindlewood.org)'), CODE), []);
  assert.deepEqual(findingsOf(policy('[write to us](mailto:security@brindlewood.org?subject=Vulnerability)'), CODE), []);
});

test('silent: the query string of the mailto target is not part of the address', () => {
  assert.deepEqual(findingsOf(policy('[security@brindlewood.org](mailto:security@brindlewood.org?subject=Report)'), CODE), []);
});

test('silent: plain addresses and angle-bracket autolinks', () => {
  assert.deepEqual(findingsOf(policy('Email security@brindlewood.org or <psirt@brindlewood.org>.'), CODE), []);
});
