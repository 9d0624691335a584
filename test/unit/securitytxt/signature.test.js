// @ts-check
'use strict';
// Signed security.txt files: securitytxt/not-signed, securitytxt/signature-format (the cleartext
// frame, read by the parser) and securitytxt/invalid-signature (OpenPGP.js). The fixtures in
// signed/ were made for these tests with gpg --clearsign and two test keys: pgp-key.asc (Ed25519,
// expires 2029-01-01) signed security.txt; short-key.asc (RSA, expires 2027-01-01) signed
// short-key-security.txt, whose Expires is 2027-06-30; brainpool-key.asc (ECDSA on a Brainpool
// curve, which the bundled OpenPGP.js leaves out) signed brainpool-security.txt.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { core, NOW, slice, txt, lintTxt, applyPreferred } = require('../helpers.js');

const DIR = path.join(__dirname, 'signed');
const read = (name) => fs.readFileSync(path.join(DIR, name), 'utf8');
const SIGNED = read('security.txt');
const KEY = read('pgp-key.asc');
const BINARY_KEY = new Uint8Array(fs.readFileSync(path.join(DIR, 'pgp-key.gpg')));
const SHORT_SIGNED = read('short-key-security.txt');
const SHORT_KEY = read('short-key.asc');

const SIGNATURE_CODES = ['securitytxt/not-signed', 'securitytxt/signature-format', 'securitytxt/invalid-signature'];

/** Signature findings, with the signature read by OpenPGP.js and the keys given. */
async function signatureFindings(text, keys = [], opts = {}) {
  const findings = await core.lintSecurityTxtSigned(text, { now: NOW, ...opts }, keys);
  return findings.filter((f) => SIGNATURE_CODES.includes(f.code));
}

const BLOCK_OF = (text) => text.slice(text.indexOf('-----BEGIN PGP SIGNATURE-----'), text.indexOf('-----END PGP SIGNATURE-----') + 27);
const BLOCK = BLOCK_OF(SIGNED);

test('a correctly signed file: no finding at all, without the key, with it (armored or binary)', async () => {
  assert.deepEqual(await core.lintSecurityTxtSigned(SIGNED, { now: NOW }), []);
  assert.deepEqual(await core.lintSecurityTxtSigned(SIGNED, { now: NOW }, [KEY]), []);
  assert.deepEqual(await core.lintSecurityTxtSigned(SIGNED, { now: NOW }, [BINARY_KEY]), []);
  // A key that did not sign it is no key at hand: nothing to verify with, nothing reported.
  assert.deepEqual(await core.lintSecurityTxtSigned(SIGNED, { now: NOW }, [SHORT_KEY, 'not a key']), []);
});

test('checkSignature says whose signature verified and when the key expires', async () => {
  const check = await core.checkSignature(SIGNED, [KEY]);
  assert.equal(check.problem, undefined);
  assert.equal(check.verifiedBy, 'A29957D2A31062EEA51FF720C6EA2B75FA4DE282');
  assert.equal(check.keyExpires.slice(0, 10), '2029-01-01');
  assert.deepEqual(await core.checkSignature(txt('Contact: mailto:security@pelican-ops.dev')), undefined);
});

test('the signed text changed after signing: invalid-signature on the block, with the key', async () => {
  const text = SIGNED.replace('Expires: 2027-06-30', 'Expires: 2027-07-30');
  assert.deepEqual(await signatureFindings(text), []); // without the key, it cannot be known
  const [f, ...rest] = await signatureFindings(text, [KEY]);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'securitytxt/invalid-signature');
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), BLOCK);
  assert.equal(
    f.message,
    'The signature is not valid: it does not verify with the key A29957D2A31062EEA51FF720C6EA2B75FA4DE282: Signed digest did not match. Sign the file again.',
  );
});

test('a damaged signature block: invalid-signature, found without any key', async () => {
  const lines = BLOCK.split('\n');
  const damaged = SIGNED.replace(lines[2], 'A'.repeat(lines[2].length));
  const [f, ...rest] = await signatureFindings(damaged);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'securitytxt/invalid-signature');
  assert.match(f.message, /^The signature is not valid: OpenPGP\.js cannot read it: .+\. Sign the file again\.$/);
});

test('the signing key expires before Expires: invalid-signature on the Expires value; an expired key on the block', async () => {
  const [f, ...rest] = await signatureFindings(SHORT_SIGNED, [SHORT_KEY]);
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'securitytxt/invalid-signature');
  assert.equal(slice(SHORT_SIGNED, f), '2027-06-30T23:59:59Z');
  assert.equal(
    f.message,
    "The key that signed this file (1715FC2E06EC87409511DEEEFB5F70EC05C66F4D) expires on 2027-01-01, before this file does (2027-06-30): from then on readers cannot check the signature. Extend the key's expiry or set an earlier Expires.",
  );
  const later = new Date('2027-02-01T00:00:00Z');
  const [expired] = await signatureFindings(SHORT_SIGNED, [SHORT_KEY], { now: later });
  assert.equal(slice(SHORT_SIGNED, expired), BLOCK_OF(SHORT_SIGNED));
  assert.equal(
    expired.message,
    "The key that signed this file (1715FC2E06EC87409511DEEEFB5F70EC05C66F4D) expired on 2027-01-01: readers cannot trust the signature. Extend the key's expiry, publish it, and sign the file again.",
  );
});

test('signature-format: anything before the header, blank lines too; the fix removes blank lines and comments', async () => {
  for (const before of ['\n', '# security.txt of pelican-ops.dev\n\n']) {
    const text = before + SIGNED;
    const [f, ...rest] = await signatureFindings(text, [KEY]);
    assert.deepEqual(rest, [], JSON.stringify(before));
    assert.equal(f.code, 'securitytxt/signature-format');
    assert.equal(slice(text, f), before);
    assert.match(f.message, /^A signed security\.txt must begin with "-----BEGIN PGP SIGNED MESSAGE-----": nothing may come before it/);
    assert.equal(applyPreferred(text, f), SIGNED);
  }
  // A field before the header is not signed and would be lost: reported, no fix.
  const field = 'Contact: mailto:attacker@example.com\n' + SIGNED;
  const [f] = (await signatureFindings(field)).filter((x) => x.code === 'securitytxt/signature-format');
  assert.equal(slice(field, f), 'Contact: mailto:attacker@example.com\n');
  assert.equal(f.fixes, undefined);
});

test('signature-format: no Hash header, no blank line after the headers, no block, a cut-off block', async () => {
  const cases = [
    [SIGNED.replace('Hash: SHA256\n', ''), '-----BEGIN PGP SIGNED MESSAGE-----', /has no "Hash:" armor header/],
    [SIGNED.replace('Hash: SHA256\n\n', 'Hash: SHA256\n'), 'Contact: mailto:security@pelican-ops.dev', /end with a blank line/],
    [SIGNED.slice(0, SIGNED.indexOf('-----BEGIN PGP SIGNATURE-----')), '-----BEGIN PGP SIGNED MESSAGE-----', /has no signature block/],
    [
      SIGNED.replace('-----END PGP SIGNATURE-----\n', ''),
      BLOCK.slice(0, BLOCK.lastIndexOf('\n', BLOCK.length - 2)),
      /does not end with "-----END PGP SIGNATURE-----"/,
    ],
  ];
  for (const [text, where, message] of cases) {
    const format = (await signatureFindings(text)).filter((f) => f.code === 'securitytxt/signature-format');
    assert.equal(format.length, 1, where);
    assert.equal(slice(text, format[0]), where);
    assert.match(format[0].message, message);
  }
});

test('signature-format: armor lines out of place, in a signed body and in an unsigned file', async () => {
  const second = SIGNED.replace('Canonical:', '-----BEGIN PGP SIGNED MESSAGE-----\nCanonical:');
  const found = (await signatureFindings(second)).filter((f) => f.code === 'securitytxt/signature-format');
  assert.deepEqual(
    found.map((f) => slice(second, f)),
    ['-----BEGIN PGP SIGNED MESSAGE-----'],
  );
  assert.match(found[0].message, /inside the signed text/);
  const unsigned = txt(
    'Contact: mailto:security@pelican-ops.dev',
    'Expires: 2027-06-30T23:59:59Z',
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCAAd',
    '-----END PGP SIGNATURE-----',
  );
  const [f, ...rest] = await signatureFindings(unsigned);
  assert.deepEqual(rest, []); // and no not-signed hint on top of it
  assert.equal(f.code, 'securitytxt/signature-format');
  assert.equal(slice(unsigned, f), '-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCAAd\n-----END PGP SIGNATURE-----');
  assert.match(f.message, /^A signature block in a file that is not a signed message/);
  const lone = txt('Contact: mailto:security@pelican-ops.dev', '-----END PGP SIGNATURE-----');
  assert.deepEqual(
    (await signatureFindings(lone)).map((x) => [x.code, slice(lone, x)]),
    [['securitytxt/signature-format', '-----END PGP SIGNATURE-----']],
  );
});

test('dash-escaped lines are read as the text they stand for', () => {
  const text = SIGNED.replace('Canonical:', '- # a comment, dash-escaped\nCanonical:');
  assert.deepEqual(lintTxt(text), []);
});

test('not-signed: no hint on a signed file (the hint on an unsigned one is in cases/not-signed.json)', () => {
  assert.deepEqual(
    core.lintSecurityTxt(SIGNED, { now: NOW }).filter((f) => f.code === 'securitytxt/not-signed'),
    [],
  );
});

test('a curve the build leaves out: the signature is read, not verified, and nothing is reported', async () => {
  const text = read('brainpool-security.txt');
  const key = read('brainpool-key.asc');
  const check = await core.checkSignature(text, [key]);
  assert.equal(check.problem, undefined);
  assert.equal(check.verifiedBy, undefined);
  assert.match(check.unverifiable, /^the key [0-9A-F]{40} uses a curve this build cannot check$/);
  assert.deepEqual(await signatureFindings(text, [key]), []);
});

test('signature-format: a dash-escaped line or a second header inside the signature block', async () => {
  for (const inserted of ['- iQIzBAEBCAAd', '-----BEGIN PGP SIGNATURE-----']) {
    const text = SIGNED.replace('-----BEGIN PGP SIGNATURE-----\n', `-----BEGIN PGP SIGNATURE-----\n${inserted}\n`);
    const format = (await signatureFindings(text)).filter((f) => f.code === 'securitytxt/signature-format');
    assert.deepEqual(
      format.map((f) => slice(text, f)),
      [inserted],
    );
    assert.match(format[0].message, /^The signature block holds only Base64 lines, a checksum and "-----END PGP SIGNATURE-----"/);
  }
});
