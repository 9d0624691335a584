// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, md, forRule } = require('../helpers.js');

const CODE = 'insecure-link';
const { expectOne } = forRule(CODE);

function policy(line) {
  return md('# Marrowfield Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@marrowfield.io.', '', line);
}

test('fires on an http link to a security page: range = the link, warning, says what to do', () => {
  const text = policy('Read our [security page](http://marrowfield.io/security) first.');
  const f = expectOne(text, {
    severity: 'warning',
    covers: '[security page](http://marrowfield.io/security)',
    message: /http:\/\/marrowfield\.io\/security/,
  });
  // It says what to do: use the https:// address.
  assert.match(f.message, /https:\/\//);
  assert.equal(f.data.url, 'http://marrowfield.io/security');
  assert.equal(f.data.secure, 'https://marrowfield.io/security');
});

test('fires on an http link to a PGP key (.asc)', () => {
  const text = policy('Encrypt with [our key](http://marrowfield.io/keys/team.asc).');
  assert.deepEqual(slicesOf(text, CODE), ['[our key](http://marrowfield.io/keys/team.asc)']);
});

test('fires on an http link to an advisory', () => {
  const text = policy('See the [advisory](http://marrowfield.io/advisories/MF-2026-03) for details.');
  assert.deepEqual(slicesOf(text, CODE), ['[advisory](http://marrowfield.io/advisories/MF-2026-03)']);
});

test('fires on an http link to a reporting platform', () => {
  const text = policy('Or use [HackerOne](http://hackerone.com/marrowfield).');
  assert.deepEqual(slicesOf(text, CODE), ['[HackerOne](http://hackerone.com/marrowfield)']);
});

test('fires on a bare http autolink to a disclosure policy; the range is the URL', () => {
  const text = policy('Our policy: http://marrowfield.io/disclosure-policy');
  assert.deepEqual(slicesOf(text, CODE), ['http://marrowfield.io/disclosure-policy']);
});

test('fires on each insecure link', () => {
  const text = policy('See [policy](http://marrowfield.io/security) and [key](http://marrowfield.io/pgp.asc).');
  assert.deepEqual(slicesOf(text, CODE), ['[policy](http://marrowfield.io/security)', '[key](http://marrowfield.io/pgp.asc)']);
});

test('silent: the same links over https', () => {
  const text = policy('Read our [security page](https://marrowfield.io/security) and [key](https://marrowfield.io/keys/team.asc).');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: http://localhost and loopback addresses', () => {
  assert.deepEqual(findingsOf(policy('Run the [security dashboard](http://localhost:8080/security) locally.'), CODE), []);
  assert.deepEqual(findingsOf(policy('Open [the report viewer](http://127.0.0.1:3000/report).'), CODE), []);
});

test('silent: an http link to an unrelated blog', () => {
  assert.deepEqual(findingsOf(policy('Our team writes at [the blog](http://blog.marrowfield.io/posts/spring-recipes).'), CODE), []);
});
