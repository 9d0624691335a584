// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/multiple-preferred-languages';

const { findingsOf, fixesClean, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('fires on the second Preferred-Languages: error, the whole line, message says to merge them', () => {
  const text = txt(CONTACT, EXPIRES, 'Preferred-Languages: en, nl', 'Preferred-Languages: de');
  expectOne(text, {
    severity: 'error',
    covers: 'Preferred-Languages: de',
    message: /may appear only once: list every language in the first one, comma-separated, and remove this line/,
  });
});

test('the fix removes the extra line; the finding is gone', () => {
  const text = txt(CONTACT, 'Preferred-Languages: en', EXPIRES, 'preferred-languages: fr', '# end');
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), 'preferred-languages: fr');
  fixesClean(text, f, txt(CONTACT, 'Preferred-Languages: en', EXPIRES, '# end'));
});

test('silent: one field listing several languages', () => {
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES, 'Preferred-Languages: en, nl, de, fr')), []);
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES)), []);
});
