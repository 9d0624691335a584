// @ts-check
'use strict';
// The npm package: `npm pack` gives a tarball that installs into an empty folder with no
// dependency and no build step, and `npx security-md` runs from it.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { COMPLETE_POLICY, ONE_SECTION_POLICY } = require('../cli/fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function run(command, args, cwd) {
  // An npm cache of its own: the test never reads or writes the user's.
  const env = { ...process.env, npm_config_cache: path.join(cwd, '..', 'npm-cache'), npm_config_update_notifier: 'false' };
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000, env });
  if (r.error) throw r.error;
  return r;
}

describe('npm pack and npx security-md', () => {
  let scratch;
  let tarball;
  let packed;
  let project;

  before(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-pack-'));
    // The bundles are already built (npm test builds first); packing must not rebuild them while
    // other tests read them.
    const pack = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    packed = JSON.parse(pack.stdout)[0];
    tarball = path.join(scratch, packed.filename);
    project = path.join(scratch, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = run(NPM, ['install', '--no-audit', '--no-fund', '--offline', tarball], project);
    assert.equal(install.status, 0, install.stderr);
  });

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('the tarball holds the bundles, the schema and the docs that npm shows, and nothing else', () => {
    assert.deepEqual(packed.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'dist/core.js',
      'dist/server.js',
      'dist/web/server.js',
      'package.json',
      'schemas/securitymd.schema.json',
    ]);
  });

  test('package.json is publishable', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.dependencies, undefined, 'every library is bundled: the package has no runtime dependency');
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'license']) assert.ok(pkg[field], field);
    assert.equal(pkg.engines.node, '>=20');
    assert.equal(pkg.bin['security-md'], 'dist/cli.js');
  });

  test('installing it adds that one package: no dependency, no install script', () => {
    const installed = fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(installed, ['security-md']);
    const lock = JSON.parse(fs.readFileSync(path.join(project, 'package-lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(lock.packages).sort(), ['', 'node_modules/security-md']);
    assert.equal(lock.packages['node_modules/security-md'].hasInstallScript, undefined);
  });

  test('npx security-md --version and --help', () => {
    // `npx security-md --version` is npx's own --version; after `--` it is the linter's.
    const version = run(NPX, ['--no', '--', 'security-md', '--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    const help = run(NPX, ['security-md', '--help'], project);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage:\n {2}security-md lint /);
  });

  test('the language server starts from the package: it requires the core it shares with the web worker', () => {
    const version = run(NPX, ['--no', '--', 'security-md-language-server', '--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
  });

  test('npx security-md lint: a policy with a warning passes, one without a contact fails', () => {
    fs.writeFileSync(path.join(project, 'SECURITY.md'), ONE_SECTION_POLICY);
    const warned = run(NPX, ['--no', 'security-md', 'lint', '--format', 'json', 'SECURITY.md'], project);
    assert.equal(warned.status, 0, warned.stderr);
    const codes = JSON.parse(warned.stdout)[0].findings.map((f) => f.code);
    assert.ok(codes.includes('vague-sla'), codes.join(' '));

    fs.writeFileSync(path.join(project, 'SECURITY.md'), COMPLETE_POLICY.replace('Email security@lanternworks.io', 'Contact us'));
    const failed = run(NPX, ['--no', 'security-md', 'lint', 'SECURITY.md'], project);
    assert.equal(failed.status, 1, failed.stdout);
    assert.match(failed.stdout, /^SECURITY\.md\n.* error +.*no-contact$/m);
  });

  test('require("security-md") is the core', () => {
    const r = run(
      process.execPath,
      ['-e', 'const c = require("security-md"); console.log(typeof c.lint, typeof c.generateSecurityTxt)'],
      project,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'function function');
  });
});
