// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'placeholder-email';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Gannet Security', '', '## Reporting a Vulnerability', '', line);
}

test('fires on an example.com address: range, error, says what to do', () => {
  const text = policy('Email security@example.com with the details.');
  expectOne(text, {
    severity: 'error',
    covers: 'security@example.com',
    message: [/"security@example\.com" is a placeholder/, /replace it/],
    data: { address: 'security@example.com' },
  });
});

test('fires on every documentation domain and their subdomains', () => {
  for (const address of [
    'security@example.com',
    'security@example.org',
    'security@example.net',
    'security@mail.example.com',
    'psirt@corp.example.org',
  ]) {
    assert.deepEqual(slicesOf(policy(`Email ${address} now.`), CODE), [address], address);
  }
});

test('fires on obvious stand-ins', () => {
  for (const address of ['your@email.com', 'email@domain.com', 'you@yourdomain.com', 'name@company.com']) {
    assert.deepEqual(slicesOf(policy(`Email ${address} now.`), CODE), [address], address);
  }
});

test('fires on each occurrence', () => {
  const text = policy('Email security@example.com, or security@example.com if that fails.');
  assert.deepEqual(slicesOf(text, CODE), ['security@example.com', 'security@example.com']);
});

test('fires on a spelled-out placeholder, covering what is written', () => {
  const text = policy('Write to security at example dot com.');
  const [f] = findingsOf(text, CODE);
  assert.equal(slice(text, f), 'security at example dot com');
  assert.equal(f.data.address, 'security@example.com');
});

test('fires in inline code', () => {
  assert.deepEqual(slicesOf(policy('Email `security@example.org`.'), CODE), ['security@example.org']);
});

test('the range selects the address in a mailto link, so typing replaces it', () => {
  const text = policy('[Write to us](mailto:security@example.com)');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'security@example.com');
});

test('the range selects the address in an angle-bracket autolink', () => {
  const text = policy('Write to <security@example.com>.');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'security@example.com');
});

test('an address with a Markdown escape is reported once, over the address as written', () => {
  const text = policy('Email security\\_team@example.com now.');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'security\\_team@example.com');
  assert.equal(findings[0].data.address, 'security_team@example.com');
});

test('silent: real-looking addresses', () => {
  for (const address of [
    'security@gannet.dev',
    'security@examples.com',
    'security@myexample.com',
    'jane.doe@gannet-labs.org',
    'psirt@example-industries.com',
  ]) {
    assert.deepEqual(slicesOf(policy(`Email ${address} now.`), CODE), [], address);
  }
});

test('silent: a placeholder is not also an invalid address', () => {
  assert.deepEqual(slicesOf(policy('Email security@example.com now.'), 'invalid-email'), []);
});
