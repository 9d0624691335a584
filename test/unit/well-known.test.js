// @ts-check
'use strict';
// server/src/node/folder-target.ts: where "Save security.txt" writes (the language server answers
// the desktop client's securityMd/writeTarget with it), never outside the workspace folder.
// The TypeScript source is compiled here with esbuild and probed with real temporary folders and
// symbolic links, through the same probe the server uses.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadSource } = require('./helpers.js');

const { wellKnownTarget, policyTarget, diskProbe } = loadSource('server/src/node/folder-target.ts');

// The probe the server uses.
const probe = diskProbe();

let base;

before(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-well-known-'));
});

after(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

let counter = 0;

/** A fresh workspace folder and a fresh folder outside it. */
function fixture() {
  counter++;
  const workspace = path.join(base, `workspace-${counter}`);
  const outside = path.join(base, `outside-${counter}`);
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  return { workspace, outside };
}

test('a plain folder: target <folder>/.well-known/security.txt, exists false', () => {
  const { workspace } = fixture();
  assert.deepEqual(wellKnownTarget(workspace, probe), {
    target: path.join(workspace, '.well-known', 'security.txt'),
    exists: false,
  });
});

test('an existing .well-known folder without the file: exists false', () => {
  const { workspace } = fixture();
  fs.mkdirSync(path.join(workspace, '.well-known'));
  assert.deepEqual(wellKnownTarget(workspace, probe), { target: path.join(workspace, '.well-known', 'security.txt'), exists: false });
});

test('an existing security.txt: exists true', () => {
  const { workspace } = fixture();
  fs.mkdirSync(path.join(workspace, '.well-known'));
  fs.writeFileSync(path.join(workspace, '.well-known', 'security.txt'), 'Contact: https://kestrelway.dev/report\n');
  assert.deepEqual(wellKnownTarget(workspace, probe), { target: path.join(workspace, '.well-known', 'security.txt'), exists: true });
});

test('.well-known linked to a folder outside the workspace: error', () => {
  const { workspace, outside } = fixture();
  fs.symlinkSync(outside, path.join(workspace, '.well-known'), 'dir');
  const r = wellKnownTarget(workspace, probe);
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /outside the workspace folder/);
  assert.ok(r.error.includes(path.join(workspace, '.well-known')), r.error);
});

test('.well-known linked to a sibling folder whose name starts with the workspace name: error', () => {
  const { workspace } = fixture();
  const sibling = `${workspace}-evil`;
  fs.mkdirSync(sibling);
  fs.symlinkSync(sibling, path.join(workspace, '.well-known'), 'dir');
  const r = wellKnownTarget(workspace, probe);
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /outside the workspace folder/);
});

test('.well-known/security.txt linked to a file outside the workspace: error', () => {
  const { workspace, outside } = fixture();
  fs.writeFileSync(path.join(outside, 'victim.txt'), 'do not overwrite\n');
  fs.mkdirSync(path.join(workspace, '.well-known'));
  fs.symlinkSync(path.join(outside, 'victim.txt'), path.join(workspace, '.well-known', 'security.txt'), 'file');
  const r = wellKnownTarget(workspace, probe);
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /outside the workspace folder/);
  assert.ok(r.error.includes(path.join(workspace, '.well-known', 'security.txt')), r.error);
});

test('.well-known/security.txt linked to a file outside that does not exist yet: error (a write would create it there)', () => {
  const { workspace, outside } = fixture();
  fs.mkdirSync(path.join(workspace, '.well-known'));
  fs.symlinkSync(path.join(outside, 'planted.txt'), path.join(workspace, '.well-known', 'security.txt'), 'file');
  const r = wellKnownTarget(workspace, probe);
  assert.ok('error' in r, `expected an error, got ${JSON.stringify(r)}`);
});

test('links that stay inside the workspace are allowed', () => {
  const { workspace } = fixture();
  fs.mkdirSync(path.join(workspace, 'site', 'well-known'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'site', 'well-known', 'security.txt'), 'Contact: https://kestrelway.dev/report\n');
  fs.symlinkSync(path.join(workspace, 'site', 'well-known'), path.join(workspace, '.well-known'), 'dir');
  assert.deepEqual(wellKnownTarget(workspace, probe), { target: path.join(workspace, '.well-known', 'security.txt'), exists: true });

  const other = fixture().workspace;
  fs.mkdirSync(path.join(other, '.well-known'));
  fs.writeFileSync(path.join(other, 'security.txt'), 'Contact: https://kestrelway.dev/report\n');
  fs.symlinkSync(path.join(other, 'security.txt'), path.join(other, '.well-known', 'security.txt'), 'file');
  assert.deepEqual(wellKnownTarget(other, probe), { target: path.join(other, '.well-known', 'security.txt'), exists: true });
});

test('a workspace folder reached through a link: links inside it are judged against its real path', () => {
  const { workspace } = fixture();
  const alias = path.join(base, `alias-${counter}`);
  fs.symlinkSync(workspace, alias, 'dir');
  fs.mkdirSync(path.join(workspace, '.well-known'));
  assert.deepEqual(wellKnownTarget(alias, probe), { target: path.join(alias, '.well-known', 'security.txt'), exists: false });
});

test('a folder that does not exist: error', () => {
  const missing = path.join(base, 'no-such-folder');
  const r = wellKnownTarget(missing, probe);
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /does not exist/);
  assert.ok(r.error.includes(missing), r.error);
});

// "Create security policy" writes <folder>/<dir>/SECURITY.md under the same rule.

test('policy targets: root, .github and docs inside the folder', () => {
  const { workspace } = fixture();
  assert.deepEqual(policyTarget(workspace, 'root', probe), { target: path.join(workspace, 'SECURITY.md'), exists: false });
  assert.deepEqual(policyTarget(workspace, '.github', probe), { target: path.join(workspace, '.github', 'SECURITY.md'), exists: false });
  assert.deepEqual(policyTarget(workspace, 'docs', probe), { target: path.join(workspace, 'docs', 'SECURITY.md'), exists: false });
});

test('a policy target through .github linked outside the folder, or a SECURITY.md link to outside: error', () => {
  const { workspace, outside } = fixture();
  fs.symlinkSync(outside, path.join(workspace, '.github'), 'dir');
  const viaDir = policyTarget(workspace, '.github', probe);
  assert.deepEqual(viaDir, {
    error: `${path.join(workspace, '.github')} is a link to ${fs.realpathSync(outside)}, outside the workspace folder; nothing was written.`,
  });
  fs.symlinkSync(path.join(outside, 'x.md'), path.join(workspace, 'SECURITY.md'));
  const viaFile = policyTarget(workspace, 'root', probe);
  assert.ok('error' in viaFile && viaFile.error.startsWith(`${path.join(workspace, 'SECURITY.md')} is a link to`), JSON.stringify(viaFile));
});
