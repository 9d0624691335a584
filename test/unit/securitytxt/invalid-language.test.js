// @ts-check
'use strict';
// securitytxt/invalid-language: each Preferred-Languages item must be a valid RFC 5646 tag, judged
// against the IANA language subtag registry; one finding per bad item, on that item, with the tag
// that was probably meant as the quick fix.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/invalid-language';

const { findingsOf } = forTxtRule(CODE);

function file(languages) {
  return txt('Contact: https://fernhollow-bakery.dev/report', 'Expires: 2027-06-30T23:59:59Z', `Preferred-Languages: ${languages}`);
}

test('silent on valid tags: registered subtags, any case, regions, scripts, variants, extensions, private use, grandfathered', () => {
  for (const value of [
    'en',
    'en, de',
    'en,fr,nl',
    'EN, De',
    'de-CH',
    'zh-Hant-TW',
    'sr-Latn',
    'es-419',
    'en-GB-oxendict',
    'de-DE-1901',
    'en-US-u-ca-gregory',
    'x-klingon',
    'en-x-internal',
    'qaa',
    'i-klingon',
    'art-lojban',
    'en-Latn', // the script is redundant, not wrong
    'iw', // deprecated, still valid
  ]) {
    assert.deepEqual(findingsOf(file(value)), [], value);
  }
});

/** [value, the bad item, its message, the fix's replacement (or undefined)]. */
const CASES = [
  ['English', 'English', '"English" is not in the IANA language subtag registry: write "en".', 'en'],
  ['Deutsch', 'Deutsch', '"Deutsch" is not in the IANA language subtag registry: write "de".', 'de'],
  ['en, Français', 'Français', '"Français" is not an RFC 5646 language tag: write "fr".', 'fr'],
  ['CZ', 'CZ', '"CZ" is a country code, not a language: write "cs" (the language of CZ).', 'cs'],
  ['en, jp', 'jp', '"jp" is a country code, not a language: write "ja" (the language of JP).', 'ja'],
  ['eng', 'eng', '"eng" is not in the IANA language subtag registry: write "en".', 'en'],
  ['ger', 'ger', '"ger" is not in the IANA language subtag registry: write "de".', 'de'],
  ['en_US', 'en_US', '"en_US" is not an RFC 5646 language tag: write "en-US".', 'en-US'],
  ['en; de', 'en; de', '"en; de" is not one language tag: write "en, de" (tags are separated by commas).', 'en, de'],
  ['en fr', 'en fr', '"en fr" is not one language tag: write "en, fr" (tags are separated by commas).', 'en, fr'],
  ['zz', 'zz', '"zz" is not in the IANA language subtag registry: write a registered tag such as "en" or "de".', undefined],
  [
    'en, 42',
    '42',
    '"42" is not an RFC 5646 language tag: write a registered tag such as "en" or "de", and separate tags with commas.',
    undefined,
  ],
  [
    'de-DE-DE',
    'de-DE-DE',
    '"de-DE-DE" is not an RFC 5646 language tag: write a registered tag such as "en" or "de", and separate tags with commas.',
    undefined,
  ],
];

for (const [value, item, message, replacement] of CASES) {
  test(`"${value}": an error on "${item}" alone, ${replacement ? `fixed to "${replacement}"` : 'no fix'}`, () => {
    const text = file(value);
    const [f, ...rest] = findingsOf(text);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'error');
    assert.equal(slice(text, f), item);
    assert.equal(f.message, message);
    if (!replacement) {
      assert.equal(f.fixes, undefined);
      return;
    }
    const fixed = applyPreferred(text, f);
    assert.equal(fixed, file(value.replace(item, replacement)));
    assert.deepEqual(findingsOf(fixed), []);
  });
}

test('several bad items: one finding each, in order, on each item', () => {
  const text = file('en_US, de, CZ');
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['en_US', 'CZ'],
  );
});

test('an empty item: one finding on the whole value, no fix', () => {
  const text = file('en,,de');
  const [f, ...rest] = findingsOf(text);
  assert.deepEqual(rest, []);
  assert.equal(slice(text, f), 'en,,de');
  assert.equal(f.message, 'An empty item in the list: write language tags separated by single commas, e.g. "en, de".');
});

test('an empty Preferred-Languages is empty-value only', () => {
  const text = txt('Contact: https://fernhollow-bakery.dev/report', 'Expires: 2027-06-30T23:59:59Z', 'Preferred-Languages:');
  assert.deepEqual(findingsOf(text), []);
  assert.deepEqual(
    lintTxt(text).map((f) => f.code),
    ['securitytxt/empty-value'],
  );
});

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
