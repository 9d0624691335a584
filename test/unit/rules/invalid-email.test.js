// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md } = require('../helpers.js');

const CODE = 'invalid-email';

function policy(line) {
  return md('# Pebblecast Security', '', '## Reporting a Vulnerability', '', line);
}

/** Lints `line` in a policy; asserts exactly one finding and returns it with the text. */
function one(line) {
  const text = policy(line);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1, `expected one ${CODE} for ${JSON.stringify(line)}, got ${findings.length}`);
  return { text, f: findings[0] };
}

function silent(line) {
  assert.deepEqual(slicesOf(policy(line), CODE), [], `expected no ${CODE} for ${JSON.stringify(line)}`);
}

test('fires on "security@" with nothing after the @', () => {
  const { text, f } = one('Email security@ for reports.');
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'security@');
  assert.match(f.message, /"security@"/);
  assert.match(f.message, /no domain/);
  assert.match(f.message, /Correct the address/);
  assert.equal(f.data.address, 'security@');
});

test('fires on "security@" at the end of a sentence (the period is not taken in)', () => {
  const { text, f } = one('Send an e-mail to security@.');
  assert.equal(slice(text, f), 'security@');
});

test('fires on a doubled @', () => {
  const { text, f } = one('Email a@@b.com to report.');
  assert.equal(slice(text, f), 'a@@b.com');
  assert.match(f.message, /more than one "@"/);
});

test('fires on a dotless domain in a sentence about e-mail', () => {
  const { text, f } = one('Send an e-mail to foo@bar about it.');
  assert.equal(slice(text, f), 'foo@bar');
  assert.match(f.message, /has no dot/);
  const second = one('Contact us at security@pebblecast');
  assert.equal(slice(second.text, second.f), 'security@pebblecast');
});

test('silent: a dotless handle in a sentence that is not about e-mail', () => {
  silent('Ping foo@bar on the chat server.');
});

test('fires on a trailing dot inside a mailto link; the range selects the address', () => {
  const line = '[Email us](mailto:security@pebblecast.io.)';
  const { text, f } = one(line);
  assert.equal(slice(text, f), 'security@pebblecast.io.');
  assert.match(f.message, /"security@pebblecast\.io\."/);
  assert.match(f.message, /ends with a dot/);
  assert.equal(f.data.address, 'security@pebblecast.io.');
});

test('fires on an empty mailto link', () => {
  const line = '[Email us](mailto:)';
  const { text, f } = one(line);
  assert.equal(slice(text, f), line);
  assert.equal(f.severity, 'error');
  assert.match(f.message, /no address/);
  assert.match(f.message, /after "mailto:"/);
  assert.equal(f.data.address, '');
});

test('fires on a mailto with only a query', () => {
  const line = '[Email us](mailto:?subject=Vulnerability)';
  const { text, f } = one(line);
  assert.equal(slice(text, f), line);
});

test('fires on reserved top-level domains', () => {
  for (const tld of ['test', 'invalid', 'localhost', 'example', 'local']) {
    const { text, f } = one(`Email security@pebblecast.${tld} with the details.`);
    assert.equal(slice(text, f), `security@pebblecast.${tld}`);
    assert.match(f.message, new RegExp(`"\\.${tld}" is a reserved top-level domain`));
  }
});

test('fires on a reserved top-level domain in a mailto link and in inline code', () => {
  const linked = one('[Write to us](mailto:security@pebblecast.local)');
  assert.equal(slice(linked.text, linked.f), 'security@pebblecast.local');
  const code = one('Email `security@pebblecast.test`.');
  assert.equal(slice(code.text, code.f), 'security@pebblecast.test');
});

test('fires on a misplaced dot in the local part', () => {
  const { text, f } = one('Email security..team@pebblecast.io now.');
  assert.equal(slice(text, f), 'security..team@pebblecast.io');
});

test('fires on an address used as a link target without "mailto:"', () => {
  const line = 'Email [security@pebblecast.io](security@pebblecast.io).';
  const text = policy(line);
  assert.equal(findingsOf(text, CODE).length, 1);
});

test('an address with a Markdown escape is reported once, over the address as written', () => {
  const text = policy('Email security\\_team@pebblecast.test now.');
  assert.deepEqual(slicesOf(text, CODE), ['security\\_team@pebblecast.test']);
});

test('counts each bad address once', () => {
  const text = policy('Email security@ or a@@b.com; both are wrong.');
  assert.deepEqual(slicesOf(text, CODE), ['security@', 'a@@b.com']);
});

test('silent: a package version "lodash@4.17.21"', () => {
  silent('Upgrade to lodash@4.17.21 first, then e-mail us.');
});

test('silent: a GitHub handle "@octocat"', () => {
  silent('Thanks to @octocat for the e-mail report.');
});

test('silent: a git SSH remote "git@github.com:owner/repo.git"', () => {
  silent('Clone git@github.com:pebblecast/pebblecast.git to reproduce, then email us.');
});

test('silent: a valid address followed by a sentence-final period', () => {
  silent('Email security@pebblecast.io.');
  silent('Email us at security@pebblecast.io. We read it daily.');
  silent('[security@pebblecast.io](mailto:security@pebblecast.io)');
  silent('Email <security@pebblecast.io>.');
});

test('silent: an address spelled out to dodge spam bots', () => {
  silent('Write to security at pebblecast dot io.');
});
