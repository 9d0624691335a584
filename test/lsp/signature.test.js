// @ts-check
'use strict';
// The Node language server reads a signed security.txt's signature with OpenPGP.js and the keys
// beside the file on disk. It shares its core with the web worker, which leaves OpenPGP.js out, so
// this checks that the server hands its own in. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { startServer, range } = require('./lsp-client');

// Fixtures made with gpg --clearsign for the unit tests (see test/unit/securitytxt/signature.test.js).
const SIGNED_DIR = path.join(__dirname, '..', 'unit', 'securitytxt', 'signed');
const SIGNED = fs.readFileSync(path.join(SIGNED_DIR, 'security.txt'), 'utf8');
const KEY = fs.readFileSync(path.join(SIGNED_DIR, 'pgp-key.asc'), 'utf8');
const TAMPERED = SIGNED.replace('Expires: 2027-06-30', 'Expires: 2027-07-30');
const SIGNATURE_CODES = ['securitytxt/not-signed', 'securitytxt/signature-format', 'securitytxt/invalid-signature'];

let client;
let dir;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-signature-'));
  ({ client } = await startServer({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'site' }] }));
});
after(() => {
  client?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The signature diagnostics of a security.txt written in its own folder, with the given key beside it. */
async function signatureDiagnostics(name, text, key) {
  const folder = path.join(dir, name, '.well-known');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'security.txt'), text);
  if (key) fs.writeFileSync(path.join(folder, '..', 'pgp-key.asc'), key);
  const uri = pathToFileURL(path.join(folder, 'security.txt')).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'securitytxt', version: 1, text } });
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  return report.items.filter((d) => SIGNATURE_CODES.includes(d.code));
}

describe('the signature of a security.txt in the Node language server', () => {
  test('signed and unchanged, with the key at the web root: no signature diagnostic', async () => {
    assert.deepEqual(await signatureDiagnostics('intact', SIGNED, KEY), []);
  });

  test('changed after signing, with the key at the web root: invalid-signature on the signature block', async () => {
    const [diagnostic, ...rest] = await signatureDiagnostics('tampered', TAMPERED, KEY);
    assert.deepEqual(rest, []);
    assert.equal(diagnostic.code, 'securitytxt/invalid-signature');
    const lines = TAMPERED.split('\n');
    const first = lines.indexOf('-----BEGIN PGP SIGNATURE-----');
    const last = lines.indexOf('-----END PGP SIGNATURE-----');
    assert.deepEqual(diagnostic.range, range(first, 0, last, '-----END PGP SIGNATURE-----'.length));
    assert.equal(
      diagnostic.message,
      'The signature is not valid: it does not verify with the key A29957D2A31062EEA51FF720C6EA2B75FA4DE282: Signed digest did not match. Sign the file again.',
    );
  });

  test('changed after signing, no key at hand: nothing can be known, nothing is reported', async () => {
    assert.deepEqual(await signatureDiagnostics('no-key', TAMPERED), []);
  });
});
