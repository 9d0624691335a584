// @ts-check
'use strict';
// The CSAF fields (CSAF 2.0, requirement 8): each points to a provider-metadata.json; one is
// enough; the well-known one comes first.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred } = require('../helpers.js');

const codeOf = (code) => (text) => lintTxt(text).filter((f) => f.code === code);
const notMetadata = codeOf('securitytxt/csaf-not-provider-metadata');
const multiple = codeOf('securitytxt/multiple-csaf');
const order = codeOf('securitytxt/csaf-order');

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const WELL_KNOWN = 'CSAF: https://moorhen-bikes.dev/.well-known/csaf/provider-metadata.json';
const OTHER = 'CSAF: https://csaf.moorhen-group.example/provider-metadata.json';

for (const url of [
  'https://moorhen-bikes.dev/security/advisories',
  'https://moorhen-bikes.dev/.well-known/csaf/',
  'https://moorhen-bikes.dev/.well-known/csaf/provider-metadata.json.bak',
  'https://moorhen-bikes.dev/csaf/index.txt',
  'https://moorhen-bikes.dev/my-provider-metadata.json',
]) {
  test(`csaf-not-provider-metadata: error on ${url}, the range is the value, no fix`, () => {
    const text = txt(CONTACT, EXPIRES, `CSAF: ${url}`);
    const [f, ...rest] = notMetadata(text);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'error');
    assert.equal(slice(text, f), url);
    assert.equal(
      f.message,
      `CSAF points to a file named provider-metadata.json (CSAF 2.0, requirement 8), such as https://example.com/.well-known/csaf/provider-metadata.json; "${url}" does not.`,
    );
    assert.deepEqual(f.fixes ?? [], []);
  });
}

test('csaf-not-provider-metadata: silent on provider-metadata.json anywhere, with a query; a value that is no URL is invalid-uri', () => {
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, WELL_KNOWN)), []);
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, 'csaf: https://moorhen-bikes.dev/csaf/provider-metadata.json?v=2')), []);
  const notUrl = txt(CONTACT, EXPIRES, 'CSAF: provider-metadata.json');
  assert.deepEqual(notMetadata(notUrl), []);
  assert.ok(lintTxt(notUrl).some((f) => f.code === 'securitytxt/invalid-uri'));
});

test('multiple-csaf: a warning on each CSAF field after the first, the whole line, no fix', () => {
  const third = 'CSAF: https://old.moorhen-bikes.dev/.well-known/csaf/provider-metadata.json';
  const text = txt(CONTACT, EXPIRES, WELL_KNOWN, OTHER, third);
  const found = multiple(text);
  assert.deepEqual(
    found.map((f) => [f.severity, slice(text, f)]),
    [
      ['warning', OTHER],
      ['warning', third],
    ],
  );
  assert.match(found[0].message, /^More than one CSAF field: CSAF 2\.0 allows it only for a while/);
  assert.deepEqual(found[0].fixes ?? [], []);
  assert.deepEqual(multiple(txt(CONTACT, EXPIRES, WELL_KNOWN)), []);
});

test('csaf-order: the well-known one after another: a warning on it; the fix moves it first and the finding is gone', () => {
  const text = txt(CONTACT, OTHER, EXPIRES, WELL_KNOWN, '# end');
  const [f, ...rest] = order(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f), WELL_KNOWN);
  assert.equal(
    f.message,
    'The CSAF field of the well-known /.well-known/csaf/provider-metadata.json must be the first CSAF field (CSAF 2.0, requirement 8): move this line above the other CSAF lines.',
  );
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, txt(CONTACT, WELL_KNOWN, OTHER, EXPIRES, '# end'));
  assert.deepEqual(order(fixed), []);
});

test('csaf-order: the fix works on the last line without a line ending, and with CRLF', () => {
  const text = txt(CONTACT, EXPIRES, OTHER, WELL_KNOWN).replace(/\n$/, '');
  const fixed = applyPreferred(text, order(text)[0]);
  assert.equal(fixed, txt(CONTACT, EXPIRES, WELL_KNOWN, OTHER).replace(/\n$/, ''));
  const crlf = txt(CONTACT, EXPIRES, OTHER, WELL_KNOWN).replace(/\n/g, '\r\n');
  assert.equal(applyPreferred(crlf, order(crlf)[0]), txt(CONTACT, EXPIRES, WELL_KNOWN, OTHER).replace(/\n/g, '\r\n'));
});

test('csaf-order: silent when the well-known one is first, when none is well-known, and with one field', () => {
  assert.deepEqual(order(txt(CONTACT, EXPIRES, WELL_KNOWN, OTHER)), []);
  assert.deepEqual(order(txt(CONTACT, EXPIRES, OTHER, 'CSAF: https://b.moorhen-bikes.dev/provider-metadata.json')), []);
  assert.deepEqual(order(txt(CONTACT, EXPIRES, WELL_KNOWN)), []);
});
