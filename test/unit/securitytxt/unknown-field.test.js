// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { slice, txt, lintTxt, applyPreferred, forTxtRule } = require('../helpers.js');

const CODE = 'securitytxt/unknown-field';

const { findingsOf, one, fixesClean, expectOne } = forTxtRule(CODE);

const CONTACT = 'Contact: https://thistledown-labs.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('"Contcat": info, range is the name, suggests Contact, fix renames it', () => {
  const text = txt('Contcat: https://thistledown-labs.dev/report', EXPIRES);
  const f = expectOne(text, {
    severity: 'info',
    covers: 'Contcat',
    message: /"Contcat" is not a security\.txt field: did you mean "Contact"\?/,
  });
  fixesClean(text, f, txt(CONTACT, EXPIRES));
});

test('"Acknowledgements" (British spelling) -> Acknowledgments', () => {
  const text = txt(CONTACT, EXPIRES, 'Acknowledgements: https://thistledown-labs.dev/thanks');
  const f = expectOne(text, { covers: 'Acknowledgements', message: /did you mean "Acknowledgments"\?/ });
  fixesClean(text, f, txt(CONTACT, EXPIRES, 'Acknowledgments: https://thistledown-labs.dev/thanks'));
});

test('other slips: "Expries" -> Expires, "Encrpytion" -> Encryption, "Polcy" -> Policy', () => {
  for (const [typo, known] of [
    ['Expries', 'Expires'],
    ['Encrpytion', 'Encryption'],
    ['Polcy', 'Policy'],
  ]) {
    const text = txt(CONTACT, EXPIRES, `${typo}: https://thistledown-labs.dev/x`);
    const f = one(text);
    assert.equal(slice(text, f), typo);
    assert.equal(applyPreferred(text, f), txt(CONTACT, EXPIRES, `${known}: https://thistledown-labs.dev/x`), typo);
  }
});

test('a field that is not a slip: readers ignore it, no fix', () => {
  for (const name of ['Signature', 'X-Ticket-Queue', 'Foo']) {
    const text = txt(CONTACT, EXPIRES, `${name}: something`);
    const f = one(text);
    assert.equal(slice(text, f), name);
    assert.equal(f.message, `"${name}" is not in the security.txt field registry: readers will ignore it.`);
    assert.equal(f.fixes, undefined);
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

test('the Hash armor header of a signed file is not a field; a Hash line in the signed body is', () => {
  const signature = [
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCgAdFiEEZe7+AiEI4rcIy/z3+ecS5Zr18ioFAmnzrqkACgkQ+ecS5Zr1',
    '=dWjZ',
    '-----END PGP SIGNATURE-----',
  ];
  const canonical = 'Canonical: https://thistledown-labs.dev/.well-known/security.txt';
  const clean = txt('-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', CONTACT, EXPIRES, canonical, ...signature);
  assert.deepEqual(findingsOf(clean), []);
  const stray = txt(
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA256',
    '',
    'Hash: SHA256',
    '',
    CONTACT,
    EXPIRES,
    canonical,
    ...signature,
  );
  const f = one(stray);
  assert.equal(f.start, stray.indexOf('Hash: SHA256\n\nContact'));
  assert.equal(slice(stray, f), 'Hash');
});
