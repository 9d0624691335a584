// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, UNSIGNED_OK, slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/invalid-uri';

const { findingsOf, one, fixesClean, expectOne } = forTxtRule(CODE);

const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const KEY = 'Encryption: https://acme-widgets.dev/pgp-key.txt';

function contactFile(value) {
  return txt(`Contact: ${value}`, EXPIRES, KEY);
}

test('a bare e-mail address: error on the value, message says to write mailto:, fix adds it', () => {
  const text = contactFile('security@acme-widgets.dev');
  const f = expectOne(text, {
    severity: 'error',
    covers: 'security@acme-widgets.dev',
    message: /Contact must be a URI, and "security@acme-widgets\.dev" is not one: write "mailto:security@acme-widgets\.dev"/,
  });
  fixesClean(text, f, contactFile('mailto:security@acme-widgets.dev'));
});

test('a phone number: fix writes tel: with the digits only', () => {
  const text = contactFile('+1 555 0100 200');
  const f = expectOne(text, { covers: '+1 555 0100 200', message: /write "tel:\+15550100200"/ });
  fixesClean(text, f, contactFile('tel:+15550100200'));
});

test('a host and path without a scheme: fix adds https://', () => {
  const text = contactFile('www.acme-widgets.dev/report');
  const f = expectOne(text, { covers: 'www.acme-widgets.dev/report', message: /write "https:\/\/www\.acme-widgets\.dev\/report"/ });
  fixesClean(text, f, contactFile('https://www.acme-widgets.dev/report'));
});

test('a value that cannot be repaired: no fix, message says to start with a scheme', () => {
  const text = contactFile('the security team at acme');
  const f = one(text);
  assert.equal(slice(text, f), 'the security team at acme');
  assert.equal(f.fixes, undefined);
  assert.match(f.message, /start it with a scheme such as https:, mailto: or tel:/);
});

test('applies to every URI field: Encryption, Acknowledgments, Canonical, Policy, Hiring, CSAF', () => {
  for (const name of ['Encryption', 'Acknowledgments', 'Canonical', 'Policy', 'Hiring', 'CSAF']) {
    const text = txt('Contact: https://acme-widgets.dev/report', EXPIRES, `${name}: acme-widgets.dev/${name.toLowerCase()}`);
    const f = one(text);
    assert.equal(slice(text, f), `acme-widgets.dev/${name.toLowerCase()}`, name);
    assert.match(f.message, new RegExp(`^${name} must be a URI`));
    assert.equal(
      applyPreferred(text, f),
      txt('Contact: https://acme-widgets.dev/report', EXPIRES, `${name}: https://acme-widgets.dev/${name.toLowerCase()}`),
    );
  }
});

test('field names in any letter case', () => {
  const text = txt('contact: security@acme-widgets.dev', EXPIRES, KEY);
  assert.equal(slice(text, one(text)), 'security@acme-widgets.dev');
});

test('every bad Contact is reported', () => {
  const text = txt('Contact: security@acme-widgets.dev', 'Contact: +1 555 0100 200', EXPIRES, KEY);
  assert.deepEqual(
    findingsOf(text).map((f) => slice(text, f)),
    ['security@acme-widgets.dev', '+1 555 0100 200'],
  );
  const all = core.fixAll(text, { now: NOW, rules: UNSIGNED_OK }, new Set([CODE]), core.lintSecurityTxt);
  assert.equal(all.text, txt('Contact: mailto:security@acme-widgets.dev', 'Contact: tel:+15550100200', EXPIRES, KEY));
  assert.deepEqual(all.findings, []);
});

test('silent: URIs with a scheme', () => {
  for (const value of [
    'mailto:security@acme-widgets.dev',
    'https://acme-widgets.dev/report',
    'tel:+15550100200',
    'https://github.com/acme-widgets/sprocket/security/advisories/new',
  ]) {
    assert.deepEqual(findingsOf(contactFile(value)), [], value);
  }
  assert.deepEqual(
    findingsOf(txt('Contact: https://acme-widgets.dev/r', EXPIRES, 'Encryption: openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f')),
    [],
  );
  assert.deepEqual(findingsOf(txt('Contact: https://acme-widgets.dev/r', EXPIRES, 'Encryption: dns:acme-widgets.dev?type=OPENPGPKEY')), []);
});

test('silent: fields that do not take a URI (Expires, Preferred-Languages, unknown fields) and empty values', () => {
  const text = txt('Contact: https://acme-widgets.dev/report', EXPIRES, 'Preferred-Languages: en, de', 'X-Desk: room 4', 'Hiring:');
  assert.deepEqual(findingsOf(text), []);
});

test('an http:// URI is a URI: not-https, not invalid-uri', () => {
  const text = contactFile('http://acme-widgets.dev/report');
  assert.deepEqual(findingsOf(text), []);
  assert.ok(lintTxt(text).some((f) => f.code === 'securitytxt/not-https'));
});
