// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/no-encryption';

const { findingsOf, one } = forTxtRule(CODE);

const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('a mailto: Contact and no Encryption: hint on the address, message says to add Encryption', () => {
  const text = txt('Contact: mailto:security@copperleaf-rail.dev', EXPIRES);
  const f = one(text);
  assert.equal(f.severity, 'hint');
  assert.equal(slice(text, f), 'mailto:security@copperleaf-rail.dev');
  assert.match(f.message, /add "Encryption: https:\/\/…\/pgp-key\.txt"/);
  assert.equal(f.fixes, undefined);
  assert.deepEqual(
    lintTxt(text).map((x) => x.code),
    [CODE],
  );
});

test('the range is the first mailto: Contact, even after a web Contact; reported once', () => {
  const text = txt(
    'Contact: https://copperleaf-rail.dev/report',
    'Contact: MAILTO:psirt@copperleaf-rail.dev',
    'Contact: mailto:security@copperleaf-rail.dev',
    EXPIRES,
  );
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'MAILTO:psirt@copperleaf-rail.dev');
});

test('silent: an Encryption field (any letter case), or no mailto: Contact', () => {
  assert.deepEqual(
    findingsOf(txt('Contact: mailto:security@copperleaf-rail.dev', EXPIRES, 'Encryption: https://copperleaf-rail.dev/pgp-key.txt')),
    [],
  );
  assert.deepEqual(
    findingsOf(
      txt('Contact: mailto:security@copperleaf-rail.dev', EXPIRES, 'encryption: openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f'),
    ),
    [],
  );
  assert.deepEqual(findingsOf(txt('Contact: https://copperleaf-rail.dev/report', 'Contact: tel:+15550100200', EXPIRES)), []);
});

test('the severity can be raised', () => {
  const text = txt('Contact: mailto:security@copperleaf-rail.dev', EXPIRES);
  assert.equal(findingsOf(text, { rules: { [CODE]: 'warning' } })[0].severity, 'warning');
});
