// @ts-check
'use strict';
// securitytxt/invalid-uri: what cases/invalid-uri.json cannot say (no fix, fixing all at once,
// the other rules).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/invalid-uri';

const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const KEY = 'Encryption: https://acme-widgets.dev/pgp-key.txt';

function contactFile(value) {
  return txt(`Contact: ${value}`, EXPIRES, KEY);
}

test('a value that cannot be repaired has no fix', () => {
  const [f] = lintTxt(contactFile('the security team at acme')).filter((x) => x.code === CODE);
  assert.equal(f.fixes, undefined);
});

test('fixing every bad Contact at once leaves nothing', () => {
  const text = txt('Contact: security@acme-widgets.dev', 'Contact: +1 555 0100 200', EXPIRES, KEY);
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(all.text, txt('Contact: mailto:security@acme-widgets.dev', 'Contact: tel:+15550100200', EXPIRES, KEY));
  assert.deepEqual(all.findings, []);
});

test('an http:// URI is not-https', () => {
  assert.ok(lintTxt(contactFile('http://acme-widgets.dev/report')).some((f) => f.code === 'securitytxt/not-https'));
});
