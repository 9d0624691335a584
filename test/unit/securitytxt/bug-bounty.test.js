// @ts-check
'use strict';
// securitytxt/invalid-bug-bounty and securitytxt/multiple-bug-bounty: the registered values True
// and False, once.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const INVALID = 'securitytxt/invalid-bug-bounty';
const MULTIPLE = 'securitytxt/multiple-bug-bounty';
const codeOf = (code) => (text) => lintTxt(text).filter((f) => f.code === code);
const invalid = codeOf(INVALID);
const multiple = codeOf(MULTIPLE);
const { fixesClean } = forTxtRule(INVALID);

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

for (const [value, meant] of [
  ['true', 'True'],
  ['TRUE', 'True'],
  ['yes', 'True'],
  ['Yes', 'True'],
  ['1', 'True'],
  ['false', 'False'],
  ['FALSE', 'False'],
  ['no', 'False'],
  ['0', 'False'],
]) {
  test(`"Bug-Bounty: ${value}": error on the value, the fix writes ${meant} and the finding is gone`, () => {
    const text = txt(CONTACT, EXPIRES, `Bug-Bounty: ${value}`);
    const [f, ...rest] = invalid(text);
    assert.deepEqual(rest, []);
    assert.equal(f.severity, 'error');
    assert.equal(slice(text, f), value);
    assert.equal(f.message, `Bug-Bounty is "True" or "False", written so: write "${meant}".`);
    const fixed = applyPreferred(text, f);
    assert.equal(fixed, txt(CONTACT, EXPIRES, `Bug-Bounty: ${meant}`));
    assert.deepEqual(lintTxt(fixed), []);
  });
}

test('a value that means neither: error with both meanings, no fix', () => {
  const text = txt(CONTACT, EXPIRES, 'Bug-Bounty: https://hackerone.com/moorhen');
  const [f] = invalid(text);
  assert.equal(slice(text, f), 'https://hackerone.com/moorhen');
  assert.equal(
    f.message,
    'Bug-Bounty is "True" (a bug bounty program may reward reporters) or "False" (no reward), not "https://hackerone.com/moorhen".',
  );
  assert.deepEqual(f.fixes, []);
});

test('silent: True and False as registered, any case of the field name, an empty value (empty-value instead)', () => {
  assert.deepEqual(invalid(txt(CONTACT, EXPIRES, 'Bug-Bounty: True')), []);
  assert.deepEqual(invalid(txt(CONTACT, EXPIRES, 'bug-bounty: False')), []);
  assert.deepEqual(lintTxt(txt(CONTACT, EXPIRES, 'BUG-BOUNTY: True')), []);
  const empty = txt(CONTACT, EXPIRES, 'Bug-Bounty:');
  assert.deepEqual(invalid(empty), []);
  assert.ok(lintTxt(empty).some((f) => f.code === 'securitytxt/empty-value'));
});

test('a second Bug-Bounty: error on the whole line; the fix removes it and the finding is gone', () => {
  const text = txt(CONTACT, 'Bug-Bounty: True', EXPIRES, 'bug-bounty: False', '# end');
  const [f, ...rest] = multiple(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'bug-bounty: False');
  assert.equal(f.message, 'Bug-Bounty may appear only once: keep the line that is true of the program and remove this one.');
  fixesClean(text, f, txt(CONTACT, 'Bug-Bounty: True', EXPIRES, '# end'));
});

test('three Bug-Bounty fields: the second and third are reported; one field is silent', () => {
  const text = txt(CONTACT, EXPIRES, 'Bug-Bounty: True', 'Bug-Bounty: True', 'Bug-Bounty: False');
  assert.deepEqual(
    multiple(text).map((f) => slice(text, f)),
    ['Bug-Bounty: True', 'Bug-Bounty: False'],
  );
  assert.deepEqual(multiple(txt(CONTACT, EXPIRES, 'Bug-Bounty: False')), []);
});
