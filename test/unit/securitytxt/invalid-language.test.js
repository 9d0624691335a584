'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/invalid-language';

function findingsOf(text, opts = {}) {
  return lintTxt(text, opts).filter((f) => f.code === CODE);
}

function file(languages) {
  return txt('Contact: https://fernhollow-bakery.dev/report', 'Expires: 2027-06-30T23:59:59Z', `Preferred-Languages: ${languages}`);
}

test('silent: comma-separated RFC 5646 tags, with or without spaces', () => {
  for (const value of ['en', 'en, de', 'en,fr,nl', 'EN, De', 'de-CH', 'zh-Hant-TW', 'sr-Latn', 'es-419', 'en-GB-oxendict', 'x-klingon']) {
    assert.deepEqual(findingsOf(file(value)), [], value);
  }
});

test('fires on a tag with an underscore: error, range is the value, message names the tag and the form', () => {
  const text = file('en_US');
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'en_US');
  assert.match(f.message, /"en_US" is not a language tag: write RFC 5646 tags separated by commas, e\.g\. "en, de"/);
  assert.equal(f.fixes, undefined);
});

test('fires on other separators, empty list items and numbers', () => {
  for (const [value, bad] of [
    ['en; de', '"en; de" is not a language tag'],
    ['en de', '"en de" is not a language tag'],
    ['en,,de', '"" is not a language tag'],
    ['en, 42', '"42" is not a language tag'],
  ]) {
    const text = file(value);
    const findings = findingsOf(text);
    assert.equal(findings.length, 1, value);
    assert.equal(slice(text, findings[0]), value);
    assert.ok(findings[0].message.includes(bad), findings[0].message);
  }
});

test('several bad tags: one finding that names them all', () => {
  const [f] = findingsOf(file('en_US, de_DE, fr'));
  assert.match(f.message, /"en_US", "de_DE" are not language tags/);
});

test('an empty Preferred-Languages is empty-value only', () => {
  const text = txt('Contact: https://fernhollow-bakery.dev/report', 'Expires: 2027-06-30T23:59:59Z', 'Preferred-Languages:');
  assert.deepEqual(findingsOf(text), []);
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    ['securitytxt/empty-value'],
  );
});
