#!/usr/bin/env node
// Installs what the end-to-end tests (test/e2e/) need and the project's own dependencies do
// not carry: Debian's chromium and ripgrep (plus libkrb5-dev and pkg-config, which
// code-server's native modules build against), and code-server, VS Code's workbench served to
// a browser, from npm into a tools folder outside the project.
//
// Idempotent: what is already there is skipped. Tools folder: $E2E_TOOLS, else
// ~/.cache/security-md-e2e. Usage: node scripts/e2e-setup.mjs [--check]
// (--check installs nothing; it exits 1 and says what is missing.)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const CODE_SERVER_VERSION = '4.100.3';
export const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config'];
export const CHROMIUM = '/usr/bin/chromium';
// @vscode/ripgrep, a dependency of code-server 4.100.3, downloads rg from GitHub unless its
// cache already holds the archive.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVES = {
  x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
  arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-gnu.tar.gz',
};

export function toolsDir() {
  return resolve(process.env.E2E_TOOLS || join(homedir(), '.cache', 'security-md-e2e'));
}

export function codeServerDir() {
  return join(toolsDir(), `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerBin() {
  return join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

/** Written after a complete install, so an interrupted one is not taken for done. */
function codeServerMarker() {
  return join(codeServerDir(), '.installed');
}

export function codeServerInstalled() {
  const pkg = join(codeServerDir(), 'node_modules', 'code-server', 'package.json');
  if (!existsSync(codeServerMarker()) || !existsSync(pkg) || !existsSync(codeServerBin())) return false;
  try {
    return JSON.parse(readFileSync(pkg, 'utf8')).version === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

export function missingAptPackages() {
  return APT_PACKAGES.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** What the e2e test cannot run without; [] when all is there. */
export function missingTools() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (apt package chromium)`);
  if (!codeServerInstalled()) missing.push(`code-server ${CODE_SERVER_VERSION} in ${codeServerDir()}`);
  return missing;
}

function log(message) {
  console.log(`[e2e-setup] ${message}`);
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${command} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function installAptPackages() {
  const started = performance.now();
  const missing = missingAptPackages();
  if (missing.length === 0) {
    log(`apt packages present: ${APT_PACKAGES.join(', ')}`);
    return;
  }
  log(`apt packages missing: ${missing.join(', ')}`);
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`not root and no password-less sudo: install them by hand: apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const exec = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), ...args], { env }) : run(args[0], args.slice(1), { env }));
  exec(['apt-get', 'update']);
  exec(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
  log(`apt packages installed in ${seconds(started)}`);
}

function installCodeServer() {
  const started = performance.now();
  if (codeServerInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} present in ${codeServerDir()}`);
    return;
  }
  const dir = codeServerDir();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (about 1-2 minutes with npm's cache)`);
  rmSync(dir, { recursive: true, force: true });
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'security-md-e2e-tools', private: true }, null, 2) + '\n');

  // Seed @vscode/ripgrep's download cache with Debian's rg.
  const archive = RIPGREP_ARCHIVES[process.arch];
  if (!archive) throw new Error(`no ripgrep archive name known for ${process.arch}`);
  if (!existsSync('/usr/bin/rg')) throw new Error('/usr/bin/rg is missing (apt package ripgrep)');
  const cache = join(tmp, RIPGREP_CACHE);
  mkdirSync(cache, { recursive: true });
  run('tar', ['-czf', join(cache, archive), '-C', '/usr/bin', 'rg']);

  const root = process.getuid?.() === 0;
  const env = { ...process.env, TMPDIR: tmp, npm_config_yes: 'true' };
  const args = ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`];
  if (root) args.push('--unsafe-perm');
  run('npm', args, { cwd: dir, env });
  if (!existsSync(codeServerBin())) throw new Error(`npm finished but ${codeServerBin()} is missing`);
  // npm may skip install scripts it was not told to allow; code-server's postinstall builds the
  // native modules and links node_modules.asar.
  const vscode = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  for (const built of ['node_modules.asar', 'node_modules/@vscode/ripgrep/bin/rg', 'node_modules/node-pty/build/Release/pty.node']) {
    if (!existsSync(join(vscode, built)))
      throw new Error(`code-server's postinstall did not run or failed: ${join(vscode, built)} is missing`);
  }
  const quiet = { ...process.env, TMPDIR: tmp, XDG_CONFIG_HOME: join(tmp, 'config'), XDG_DATA_HOME: join(tmp, 'data') };
  const version = spawnSync(codeServerBin(), ['--version'], { encoding: 'utf8', env: quiet });
  if (version.status !== 0) throw new Error(`code-server --version failed: ${version.stderr}`);
  log(`code-server --version: ${version.stdout.split('\n').find((l) => /^\d+\.\d+\.\d+/.test(l)) ?? version.stdout.trim()}`);
  writeFileSync(codeServerMarker(), `${new Date().toISOString()}\n`);
  log(`code-server installed in ${seconds(started)}`);
}

export function setup() {
  const started = performance.now();
  log(`tools folder: ${toolsDir()}`);
  installAptPackages();
  installCodeServer();
  log(`done in ${seconds(started)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const missing = [...missingAptPackages().map((p) => `apt package ${p}`), ...missingTools()];
    if (missing.length) {
      console.error(`[e2e-setup] missing: ${missing.join('; ')}. Run: node scripts/e2e-setup.mjs`);
      process.exit(1);
    }
    log('everything is installed');
  } else {
    try {
      setup();
    } catch (error) {
      console.error(`[e2e-setup] failed: ${error.message}`);
      process.exit(1);
    }
  }
}
