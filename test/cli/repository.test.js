// @ts-check
'use strict';
// Repository mode of `security-md lint FOLDER`: the policy GitHub shows, shadowed-policy for
// each other SECURITY.md where GitHub looks, and the security.txt files at their usual places;
// shadowed-policy for a file named on its own inside a git repository; --config.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { COMPLETE_POLICY, ONE_SECTION_POLICY, runCliSync } = require('./fixtures.js');

const NOW = '2026-06-01T00:00:00Z';

const run = (args, cwd) => runCliSync(args, { cwd, timeout: 30_000 });

let scratch;
before(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-repo-'))));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder with these files (relative path → text). */
function repository(name, files) {
  const dir = path.join(scratch, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The security.txt the complete policy implies, as of NOW. */
function generatedSecurityTxt() {
  const dir = repository('generator', { 'SECURITY.md': COMPLETE_POLICY });
  const r = run(['txt', '--now', NOW, 'SECURITY.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** [relative path, [codes]] for each file of a JSON report. */
function summary(dir, stdout) {
  return JSON.parse(stdout).map((entry) => [path.relative(dir, entry.file).split(path.sep).join('/'), entry.findings.map((f) => f.code)]);
}

describe('security-md lint FOLDER (repository mode)', () => {
  test('the shown policy in full, shadowed-policy alone for the others, and each security.txt at its usual places', () => {
    const good = generatedSecurityTxt();
    const dir = repository('full', {
      '.github/SECURITY.md': COMPLETE_POLICY,
      'SECURITY.md': ONE_SECTION_POLICY,
      'docs/security.md': '# Old policy\n\nTODO\n',
      '.well-known/security.txt': good,
      'public/.well-known/security.txt': good.replace(/^Expires: .*$/m, 'Expires: someday'),
      'elsewhere/security.txt': 'not looked at\n',
      'packages/widget/SECURITY.md': 'not looked at\n',
    });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir], scratch);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1, 'the broken Expires is an error');
    assert.deepEqual(summary(dir, r.stdout), [
      ['.github/SECURITY.md', []],
      ['SECURITY.md', ['shadowed-policy']],
      ['docs/security.md', ['shadowed-policy']],
      ['public/.well-known/security.txt', ['securitytxt/not-signed', 'securitytxt/no-encryption', 'securitytxt/invalid-expires']],
      ['.well-known/security.txt', ['securitytxt/not-signed', 'securitytxt/no-encryption']],
    ]);
    const messages = JSON.parse(r.stdout)
      .filter((e) => e.findings[0]?.code === 'shadowed-policy')
      .map((e) => e.findings[0].message);
    for (const m of messages) assert.match(m, /^GitHub shows \.github\/SECURITY\.md and never this file/);
  });

  test('text output: a shadowed file is listed with its one warning and no Scorecard line (nobody reads it)', () => {
    const dir = repository('text', { 'SECURITY.md': COMPLETE_POLICY, 'docs/SECURITY.md': COMPLETE_POLICY });
    const r = run(['lint', '--now', NOW, '.'], dir);
    assert.equal(r.status, 0, 'a warning does not fail');
    assert.equal(
      r.stdout,
      [
        'SECURITY.md',
        '  OpenSSF Scorecard Security-Policy: 10/10',
        '',
        'docs/SECURITY.md',
        '  1:1      warning  GitHub shows SECURITY.md and never this file (it looks in .github/, the root, then docs/ and takes the first SECURITY.md it finds). Move what only this file says into SECURITY.md, then delete this one.  shadowed-policy',
        '',
        '1 problem (0 errors, 1 warning, 0 infos, 0 hints)',
        '',
      ].join('\n'),
    );
  });

  test('a folder with no policy: exit 2 and a message; its security.txt files are linted all the same', () => {
    const dir = repository('no-policy', { '.well-known/security.txt': 'Contact: mailto:security@kestrel-labs.dev\n' });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir], scratch);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `security-md: ${dir}: no SECURITY.md in the folder, its .github/ or its docs/\n`);
    assert.deepEqual(summary(dir, r.stdout)[0], [
      '.well-known/security.txt',
      ['securitytxt/no-expires', 'securitytxt/not-signed', 'securitytxt/no-encryption'],
    ]);
  });

  test('a folder named twice, or with one of its files, lints each file once', () => {
    const dir = repository('twice', { 'SECURITY.md': COMPLETE_POLICY });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir, dir, path.join(dir, 'SECURITY.md')], scratch);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });
});

describe('security-md lint FILE: shadowed-policy inside a git repository', () => {
  test('a root policy behind .github/SECURITY.md gets the warning beside its other findings', () => {
    const dir = repository('git-file', {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.github/SECURITY.md': COMPLETE_POLICY,
      'SECURITY.md': ONE_SECTION_POLICY,
    });
    const r = run(['lint', '--format', 'json', '--now', NOW, 'SECURITY.md'], dir);
    const codes = JSON.parse(r.stdout)[0].findings.map((f) => f.code);
    assert.ok(codes.includes('shadowed-policy'), codes.join(' '));
    assert.ok(codes.includes('vague-sla'), codes.join(' '));
    const shown = run(['lint', '--format', 'json', '--now', NOW, '.github/SECURITY.md'], dir);
    assert.deepEqual(JSON.parse(shown.stdout)[0].findings, []);
  });

  test('outside a git repository, or in another folder, a file is not judged against its neighbours', () => {
    const dir = repository('no-git', { '.github/SECURITY.md': COMPLETE_POLICY, 'SECURITY.md': COMPLETE_POLICY });
    assert.deepEqual(JSON.parse(run(['lint', '--format', 'json', '--now', NOW, 'SECURITY.md'], dir).stdout)[0].findings, []);
    const mono = repository('monorepo', {
      '.git/HEAD': 'x\n',
      'SECURITY.md': COMPLETE_POLICY,
      'packages/a/docs/SECURITY.md': COMPLETE_POLICY,
    });
    assert.deepEqual(
      JSON.parse(run(['lint', '--format', 'json', '--now', NOW, 'packages/a/docs/SECURITY.md'], mono).stdout)[0].findings,
      [],
    );
  });
});

describe('security-md lint --config FILE', () => {
  test('the given file is used instead of the nearest .securitymd.json', () => {
    const dir = repository('config', {
      'SECURITY.md': ONE_SECTION_POLICY,
      '.securitymd.json': '{ "rules": { "vague-sla": "error" } }',
      'ci/strict.json': '{ "rules": { "vague-sla": "off" } }',
    });
    const nearest = run(['lint', '--format', 'json', '--now', NOW, 'SECURITY.md'], dir);
    assert.equal(nearest.status, 1);
    const given = run(['lint', '--format', 'json', '--now', NOW, '--config', 'ci/strict.json', 'SECURITY.md'], dir);
    assert.equal(given.status, 0);
    assert.ok(!JSON.parse(given.stdout)[0].findings.some((f) => f.code === 'vague-sla'));
  });

  test('a --config file that is missing or not JSON: exit 2 and why, nothing linted', () => {
    const dir = repository('bad-config', { 'SECURITY.md': COMPLETE_POLICY, 'broken.json': '{ "rules": ' });
    const missing = run(['lint', '--config', 'nope.json', 'SECURITY.md'], dir);
    assert.equal(missing.status, 2);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /^security-md: --config nope\.json: no such file\n/);
    const broken = run(['lint', '--config', 'broken.json', 'SECURITY.md'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^security-md: --config broken\.json: not valid JSON \(/);
  });
});
