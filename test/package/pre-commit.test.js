// @ts-check
'use strict';
// The pre-commit hooks of .pre-commit-hooks.yaml: pre-commit installs this repository as a node
// hook (npm install with the devDependencies, whose `prepare` builds dist/, then npm pack and a
// global install of the tarball, with the system's node and npm) and runs `security-md lint` on
// the SECURITY.md and security.txt files of a repository. Skipped when pre-commit is not installed.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { COMPLETE_POLICY } = require('../cli/fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
// Installing the hook environment runs `npm install` of every devDependency and the build.
const INSTALL_TIMEOUT_MS = 15 * 60_000;

// Git and pre-commit see only the variables of their own: none of a git hook that runs this test.
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
// The npm cache is the user's: the hook environment installs every devDependency, which a cache
// of the test's own would fetch from the registry on every run; the user's cache has them from
// `npm ci`, and npm only adds to it.
const NPM_ENV = { npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };

function run(command, args, cwd, env = {}) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, env: { ...BASE_ENV, ...NPM_ENV, ...env } });
  if (r.error) throw r.error;
  return r;
}

function git(args, cwd, env = {}) {
  const r = run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], cwd, env);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function preCommitVersion() {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return r.error || r.status !== 0 ? undefined : r.stdout.trim();
}

/**
 * The working tree as a one-commit repository: the tracked files as they are on disk and the new
 * files git does not ignore (`try-repo` on a dirty tree would leave the new ones out). Fixed
 * author, dates and message: the same files give the same commit, so pre-commit reuses the hook
 * environment it installed for it.
 */
function snapshot(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    const stat = fs.lstatSync(from, { throwIfNoEntry: false });
    // Deleted files stay out, and so do symbolic links (a node_modules link is not ignored by
    // `node_modules/`, and the hook's install must not write through it).
    if (!stat?.isFile()) continue;
    const to = path.join(dir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    fs.chmodSync(to, stat.mode & 0o777);
  }
  const fixed = { NAME: 'security-md tests', EMAIL: 'tests@security-md.invalid', DATE: '2000-01-01T00:00:00Z' };
  const env = Object.fromEntries(['AUTHOR', 'COMMITTER'].flatMap((who) => Object.entries(fixed).map(([k, v]) => [`GIT_${who}_${k}`, v])));
  git(['init', '-q'], dir);
  git(['add', '-A'], dir);
  git(['commit', '-q', '--no-verify', '-m', 'snapshot'], dir, env);
  return git(['rev-parse', 'HEAD'], dir).trim();
}

/** A git repository with these files, all staged (`pre-commit run --all-files` reads the index). */
function repository(dir, files) {
  fs.mkdirSync(dir, { recursive: true });
  git(['init', '-q'], dir);
  git(['config', 'user.name', 'security-md tests'], dir);
  git(['config', 'user.email', 'tests@security-md.invalid'], dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  git(['add', '-A'], dir);
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const NO_CONTACT_POLICY = COMPLETE_POLICY.replace('Email security@lanternworks.io', 'Contact us');

test('pre-commit hooks security-md and security-txt', { timeout: 3 * INSTALL_TIMEOUT_MS }, async (t) => {
  const version = preCommitVersion();
  if (!version) {
    const reason = 'pre-commit is not installed (apt-get install pre-commit): the pre-commit hook tests are skipped';
    console.log(reason);
    t.skip(reason);
    return;
  }
  t.diagnostic(version);

  // One folder for every run of this test from this working tree: the hook repository's snapshot
  // keeps its path and, while the files are the same, its commit, so the PRE_COMMIT_HOME kept
  // beside it already holds the hook environment and `pre-commit run` does not install it again.
  // (It also keeps pre-commit's log out of the user's ~/.cache/pre-commit.)
  const shared = path.join(os.tmpdir(), `security-md-pre-commit-${crypto.createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
  const hookRepo = path.join(shared, 'hook-repository');
  const home = path.join(shared, 'home');
  // Kept too, so that `pre-commit gc` keeps the environment its configuration uses, and no other.
  const good = path.join(shared, 'passing-repository');
  const rev = snapshot(hookRepo);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-pre-commit-'));
  t.after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  await t.test('try-repo: a policy without a contact and a security.txt without Expires fail', () => {
    const bad = path.join(scratch, 'bad');
    repository(bad, {
      '.github/Security.md': NO_CONTACT_POLICY,
      '.well-known/Security.txt': 'Contact: mailto:security@lanternworks.io\n',
      'docs/insecurity.md': NO_CONTACT_POLICY,
      'README.md': '# Lantern\n',
    });
    // try-repo installs the hook environment in a store of its own, every time.
    const started = performance.now();
    const r = run('pre-commit', ['try-repo', hookRepo, '--all-files', '--color', 'never'], bad, { PRE_COMMIT_HOME: home });
    t.diagnostic(`try-repo, hook environment installed: ${seconds(started)}`);
    const output = r.stdout + r.stderr;
    assert.equal(r.status, 1, output);
    assert.match(output, /^SECURITY\.md\.+Failed$/m);
    assert.match(output, /^- hook id: security-md$/m);
    assert.match(output, /^\.github\/Security\.md\n(?: .*\n)*? {2}\d+:\d+ +error +.* no-contact$/m);
    assert.match(output, /^security\.txt\.+Failed$/m);
    assert.match(output, /^- hook id: security-txt$/m);
    assert.match(output, /^\.well-known\/Security\.txt\n(?: .*\n)*? {2}\d+:\d+ +error +.* securitytxt\/no-expires$/m);
    // The file patterns: a name that ends in security.md is not a policy, nor is the README.
    assert.doesNotMatch(output, /insecurity\.md|README\.md/);
  });

  await t.test('.pre-commit-config.yaml: a complete policy and its security.txt pass', () => {
    fs.rmSync(good, { recursive: true, force: true });
    repository(good, {
      'SECURITY.md': COMPLETE_POLICY,
      // Not a policy by its name: the hook must not lint it, or the run would fail.
      'docs/insecurity.md': NO_CONTACT_POLICY,
    });
    const txt = run(process.execPath, [CLI, 'txt', 'SECURITY.md'], good);
    assert.equal(txt.status, 0, txt.stderr);
    fs.mkdirSync(path.join(good, '.well-known'));
    fs.writeFileSync(path.join(good, '.well-known', 'security.txt'), txt.stdout);
    const config = [
      'repos:',
      `  - repo: ${JSON.stringify(hookRepo)}`,
      `    rev: ${rev}`,
      '    hooks:',
      '      - id: security-md',
      '      - id: security-txt',
      '',
    ];
    fs.writeFileSync(path.join(good, '.pre-commit-config.yaml'), config.join('\n'));
    git(['add', '-A'], good);

    const started = performance.now();
    const r = run('pre-commit', ['run', '--all-files', '--color', 'never'], good, { PRE_COMMIT_HOME: home });
    t.diagnostic(`pre-commit run (PRE_COMMIT_HOME ${home}): ${seconds(started)}`);
    const output = r.stdout + r.stderr;
    assert.equal(r.status, 0, output);
    assert.match(output, /^SECURITY\.md\.+Passed$/m);
    assert.match(output, /^security\.txt\.+Passed$/m);

    // node and npm are on PATH, so pre-commit used them: no node was downloaded.
    const envs = fs.readdirSync(home).flatMap((repo) => {
      const dir = path.join(home, repo);
      return fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((name) => name.startsWith('node_env-')) : [];
    });
    assert.deepEqual([...new Set(envs)], ['node_env-system']);

    // The environments of earlier snapshots go; this one stays for the next run.
    const gc = run('pre-commit', ['gc'], good, { PRE_COMMIT_HOME: home });
    assert.equal(gc.status, 0, gc.stdout + gc.stderr);
    const repos = fs.readdirSync(home).filter((name) => fs.statSync(path.join(home, name)).isDirectory());
    assert.equal(repos.length, 1, repos.join(' '));
  });
});
