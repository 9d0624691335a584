// @ts-check
'use strict';
// What the VSIX holds (`vsce ls --no-dependencies`, through scripts/package-vsix.mjs, which packages
// a copy without npm's "files" list), and the package.json fields that let the
// extension run in untrusted, virtual and web workspaces.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const EXPECTED_FIXED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/client.js',
  'dist/server.js',
  'dist/web/client.js',
  'dist/web/server.js',
  'snippets/security-md.code-snippets',
  'syntaxes/securitytxt.tmLanguage.json',
  'schemas/securitymd.schema.json',
  'language-configuration.securitytxt.json',
];

describe('vsce ls --no-dependencies (scripts/package-vsix.mjs ls)', () => {
  let files;
  let distStamp;
  const stamp = () => fs.readdirSync(path.join(ROOT, 'dist')).map((f) => [f, fs.statSync(path.join(ROOT, 'dist', f)).mtimeMs]);

  before(() => {
    distStamp = JSON.stringify(stamp());
    assert.ok(fs.existsSync(VSCE), 'node_modules/@vscode/vsce is installed');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-vsix.mjs'), 'ls'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.error) throw r.error;
    assert.equal(r.status, 0, r.stderr);
    files = r.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });

  after(() => {
    // vsce runs vscode:prepublish (a minified build) for `package`; should `ls` ever do so, put
    // the normal build back for the other tests.
    if (JSON.stringify(stamp()) !== distStamp) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  test('exactly the run-time files and the contributions', () => {
    assert.deepEqual([...files].sort(), [...EXPECTED_FIXED].sort());
  });

  test('every rule links to its docs page online, so the package needs no copy of it', () => {
    const core = require(path.join(ROOT, 'dist', 'core.js'));
    for (const rule of [...core.rules, ...core.securityTxtRules]) {
      assert.equal(core.ruleDocsUrl(rule.code), `${core.RULE_DOCS_BASE}${rule.code}.md`, rule.code);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.code}.md`)), rule.code);
    }
  });

  test('nothing from sources, tests, dependencies, benchmarks, scripts or CI; no source maps', () => {
    for (const file of files) {
      assert.doesNotMatch(file, /^(server\/src|client\/src|test|node_modules|bench|scripts|\.ci)\//, file);
      assert.doesNotMatch(file, /\.map$/, file);
      assert.doesNotMatch(file, /\.ts$/, file);
    }
    assert.ok(!files.includes('dist/cli.js'), 'the CLI is for npm, not the VSIX');
    assert.ok(!files.includes('dist/core.js'));
    assert.ok(!files.some((f) => f.startsWith('docs/')), 'no docs/: the rule pages are read online');
  });

  test('the files package.json points at are all in the package', () => {
    const pointed = [
      pkg.main,
      pkg.browser,
      ...pkg.contributes.grammars.map((g) => g.path),
      ...pkg.contributes.snippets.map((s) => s.path),
      ...pkg.contributes.languages.map((l) => l.configuration),
      ...pkg.contributes.jsonValidation.map((j) => j.url),
    ].map((p) => p.replace(/^\.\//, ''));
    for (const p of pointed) assert.ok(files.includes(p), p);
  });
});

describe('package.json: where the extension may run', () => {
  test('untrusted workspaces are supported', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });

  test('virtual workspaces are supported', () => {
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });

  test('"browser" points at dist/web/client.js, which exists', () => {
    assert.equal(pkg.browser.replace(/^\.\//, ''), 'dist/web/client.js');
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'web', 'client.js')));
    assert.equal(pkg.main.replace(/^\.\//, ''), 'dist/client.js');
  });
});
