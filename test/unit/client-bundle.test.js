// @ts-check
'use strict';
// The clients (desktop dist/client.js, web dist/web/client.js) are thin: they ask the language
// server and bundle none of the linter's core. esbuild bundles them here as scripts/build.mjs
// does and lists what went in.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..', '..');

function inputs(entry, platform) {
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform,
    ...(platform === 'browser' ? { conditions: ['worker'] } : {}),
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    outfile: 'client.js',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).map((p) => p.replace(/\\/g, '/'));
}

// The clients take nothing from server/src: what they share with the server (the protocol, where
// a policy may live, how the server is started, the .securitymd.json that turns profiles on) is
// in shared/, and the disk is read by the server.
for (const [name, entry, platform, shared] of [
  [
    'dist/client.js',
    'client/src/extension.ts',
    'node',
    ['shared/launch.ts', 'shared/paths.ts', 'shared/policy-answers.ts', 'shared/protocol.ts'],
  ],
  ['dist/web/client.js', 'client/src/browser.ts', 'browser', ['shared/paths.ts', 'shared/policy-answers.ts', 'shared/protocol.ts']],
]) {
  describe(`${name} (${entry})`, () => {
    const files = inputs(entry, platform);

    test('takes nothing from server/src, and from shared/ the protocol and what needs no linter', () => {
      assert.deepEqual(
        files.filter((f) => f.startsWith('server/')),
        [],
      );
      assert.deepEqual(files.filter((f) => f.startsWith('shared/')).sort(), shared);
    });

    test('bundles neither tldts (the Public Suffix List) nor the templates and address checks', () => {
      assert.deepEqual(
        files.filter((f) => /[\\/]tldts|core\/(?:lexicon|templates|create-policy)/.test(f)),
        [],
      );
    });
  });
}
