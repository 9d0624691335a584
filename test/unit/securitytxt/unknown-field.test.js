// @ts-check
'use strict';
// securitytxt/unknown-field: what it reports and its fix are cases in cases/unknown-field.json;
// here, that a field which is no slip has no fix, and that every registered field passes the whole
// linter.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { txt, lintTxt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/unknown-field';

const { one } = forTxtRule(CODE);

test('a field that is not a slip: no fix', () => {
  for (const name of ['Signature', 'X-Ticket-Queue', 'Foo']) {
    const text = txt('Contact: https://thistledown-labs.dev/report', 'Expires: 2027-06-30T23:59:59Z', `${name}: something`);
    assert.equal(one(text).fixes, undefined, name);
  }
});

test('silent: every registered field, any letter case', () => {
  const text = txt(
    'contact: https://thistledown-labs.dev/report',
    'EXPIRES: 2027-06-30T23:59:59Z',
    'Encryption: https://thistledown-labs.dev/pgp-key.txt',
    'acknowledgments: https://thistledown-labs.dev/thanks',
    'Preferred-languages: en',
    'Canonical: https://thistledown-labs.dev/.well-known/security.txt',
    'Policy: https://thistledown-labs.dev/security',
    'Hiring: https://thistledown-labs.dev/jobs',
    'csaf: https://thistledown-labs.dev/.well-known/csaf/provider-metadata.json',
    'Bug-Bounty: True',
  );
  assert.deepEqual(lintTxt(text), []);
});
