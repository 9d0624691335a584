// @ts-check
'use strict';
// securitytxt/invalid-language: what cases/invalid-language.json cannot say (the bundled registry
// against the language-tags package).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/invalid-language';

const findingsOf = (text) => lintTxt(text).filter((f) => f.code === CODE);

function file(languages) {
  return txt('Contact: https://fernhollow-bakery.dev/report', 'Expires: 2027-06-30T23:59:59Z', `Preferred-Languages: ${languages}`);
}

test('the bundled registry judges like language-tags over the full registry', async (t) => {
  let library;
  try {
    library = await import('language-tags');
  } catch (error) {
    t.skip(`language-tags cannot be loaded here (${error.message})`);
    return;
  }
  // Every two- and three-letter code from aa to zz and a sample of longer tags: same verdict.
  const probes = [];
  for (let a = 97; a <= 122; a++) for (let b = 97; b <= 122; b++) probes.push(String.fromCharCode(a, b));
  probes.push('en-US', 'de-1901', 'de-DE-1901', 'sgn-BE-FR', 'zh-min-nan', 'en-Cyrl-RU', 'ar-aao', 'zh-yue-HK', 'abc', 'mis', 'und', 'zxx');
  const bundled = (tag) => findingsOf(file(tag)).length === 0;
  const INVALID = new Set([2, 3, 4, 5, 6, 7, 8, 9, 12]);
  for (const tag of probes) {
    const expected =
      !library
        .tags(tag)
        .errors()
        .some((e) => INVALID.has(e.code)) || /^(?:q[a-t][a-z])$/.test(tag);
    assert.equal(bundled(tag), expected, tag);
  }
});
