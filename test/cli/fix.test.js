// @ts-check
'use strict';
// Integration tests of `security-md lint --fix` (dist/cli.js). Build first: node scripts/build.mjs
// Every fixture is an invented policy, written to a temporary folder per test.

const { describe, test, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, runCli } = require('../corpus/corpus.js');
const { GITHUB_SAMPLE_TABLE } = require('./fixtures.js');

const { fixAll, lint } = require(path.join(ROOT, 'dist', 'core.js'));
const NOW = '2026-11-22T00:00:00Z';

/** Runs the CLI without blocking the event loop; resolves { status, signal, stdout, stderr }. */
const run = (args, { cwd = ROOT, timeout = 20_000 } = {}) => runCli(args, { cwd, timeout });

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-cli-fix-'));
after(() => fs.rmSync(TMP, { recursive: true, force: true }));
let counter = 0;

/** A fresh folder with the given files ({ relative path: content }); returns its path. */
function project(files, origin) {
  const dir = path.join(TMP, `p${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  if (origin) {
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'config'), `[remote "origin"]\n\turl = ${origin}\n`);
  }
  return dir;
}

const read = (file) => fs.readFileSync(file, 'utf8');
/** Sets a file's times well into the past, so that any rewrite shows in its mtime. */
function backdate(file) {
  const past = new Date('2020-01-02T03:04:05Z');
  fs.utimesSync(file, past, past);
  return fs.statSync(file).mtimeMs;
}

// Several fixable problems of different rules, and one that has no fix (a TODO: an error).
const MESSY = `# Security Policy

Last updated: 12 March 2019

## Supported Versions

## Reporting a Vulnerability

Email [security@lanternfold.io](mailto:sec-team@lanternfold.io). Send encrypted reports with [our PGP key](http://lanternfold.io/pgp.asc).
We will acknowledge your report promptly. Weâ€™ll fix it as soon as possible.
TODO: name a second maintainer.

## Disclosure

We disclose fixed vulnerabilities publicly within 120 days.
`;

// Fixable problems only; what is left after fixing is a hint (an obfuscated address), no error.
const FIXABLE_ONLY = `# Security Policy

## Supported Versions

Only the latest 2.x release of Brambleworks receives security fixes.

## Reporting a Vulnerability

Write to security at brambleworks dot dev. We will answer as soon as possible.

## Disclosure

We publish fixes and disclose vulnerabilities within 180 days.
`;

// Missing sections and an empty one: every fix inserts whole lines.
const SECTIONS_MISSING = `# Brambleworks Security

## Reporting a Vulnerability

Tell a maintainer in person at the next Brambleworks meetup.

## Supported Versions
`;

// Nothing to fix: clean apart from a TODO, which has no fix.
const NOTHING_TO_FIX = `# Security Policy

## Supported Versions

| Version | Supported |
| ------- | --------- |
| 4.x     | yes       |

## Reporting a Vulnerability

Email security@brambleworks.dev with the details. We acknowledge reports within 3 business days.

## Disclosure

We publish a GitHub security advisory once a fix is released. TODO: link the advisories page.
`;

/**
 * A CRLF policy whose Supported Versions section holds `versions` and whose reporting section
 * starts with `reportingLead` before its address; nothing else in it has a fix.
 */
function crlfPolicy(versions, reportingLead) {
  return [
    '# Security Policy',
    '',
    '## Supported Versions',
    '',
    ...versions,
    '',
    '## Reporting a Vulnerability',
    '',
    ...reportingLead,
    'Email security@brambleworks.dev. We acknowledge reports within 3 business days.',
    '',
    '## Disclosure',
    '',
    'We publish a GitHub security advisory once a fix is released.',
    '',
  ].join('\r\n');
}

const options = (extra = {}) => ({ now: new Date(NOW), policyDir: '', ...extra });
const fixedCodes = (text, opts) => lint(text, opts).filter((f) => f.fixes && f.fixes.length > 0);

describe('security-md lint --fix FILE', () => {
  test('rewrites the file, reports "applied N fixes" and the remaining findings; exit 1 for a remaining error', async () => {
    const dir = project({ 'SECURITY.md': MESSY });
    const file = path.join(dir, 'SECURITY.md');
    const expected = fixAll(MESSY, options());
    const fixable = fixedCodes(MESSY, options());
    assert.ok(fixable.length >= 7, 'the fixture has several fixable problems');

    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.status, 1, r.stderr);
    // The file now holds the fixed text.
    const fixed = read(file);
    assert.equal(fixed, expected.text);
    assert.notEqual(fixed, MESSY);
    assert.ok(expected.applied >= fixable.length, `applied ${expected.applied}, ${fixable.length} fixable findings`);
    assert.equal(r.stderr, `security-md: ${file}: applied ${expected.applied} fixes\n`);
    // What each fix did.
    assert.match(fixed, /^Last updated: 22 November 2026$/m);
    assert.match(fixed, /\[sec-team@lanternfold\.io\]\(mailto:sec-team@lanternfold\.io\)/);
    assert.match(fixed, /\(https:\/\/lanternfold\.io\/pgp\.asc\)/);
    assert.match(fixed, /We will acknowledge your report within 48 hours\. We’ll fix it within 90 days\./);
    assert.match(fixed, /publicly within 90 days\./);
    assert.match(fixed, /## Supported Versions\n\n\| Version/);
    assert.match(fixed, /^TODO: name a second maintainer\.$/m, 'text without a fix is kept');
    // The remaining findings are printed: only the TODO.
    const remaining = lint(fixed, options());
    assert.deepEqual(
      remaining.map((f) => f.code),
      ['placeholder-text'],
    );
    const line = fixed.split('\n').indexOf('TODO: name a second maintainer.') + 1;
    assert.equal(
      r.stdout,
      `${file}\n  ${`${line}:1`.padEnd(8)} error    ${remaining[0].message}  placeholder-text\n  OpenSSF Scorecard Security-Policy: 10/10\n\n1 problem (1 error, 0 warnings, 0 infos, 0 hints)\n`,
    );
  });

  test('exit 0 when only non-errors remain; they are printed', async () => {
    const dir = project({ 'SECURITY.md': FIXABLE_ONLY });
    const file = path.join(dir, 'SECURITY.md');
    const expected = fixAll(FIXABLE_ONLY, options());
    assert.ok(expected.applied >= 2);
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(read(file), expected.text);
    assert.equal(r.stderr, `security-md: ${file}: applied ${expected.applied} fix${expected.applied === 1 ? '' : 'es'}\n`);
    assert.deepEqual(
      expected.findings.map((f) => f.code),
      ['obfuscated-email'],
    );
    assert.match(r.stdout, / {2}hint {5}.*obfuscated-email\n/);
    assert.match(r.stdout, /1 problem \(0 errors, 0 warnings, 0 infos, 1 hint\)\n$/);
    assert.doesNotMatch(r.stdout, /vague-sla|long-disclosure-window/);
  });

  test('--format json prints what is left after fixing', async () => {
    const dir = project({ 'SECURITY.md': MESSY });
    const file = path.join(dir, 'SECURITY.md');
    const r = await run(['lint', '--fix', '--format', 'json', '--now', NOW, file]);
    assert.equal(r.status, 1);
    const [entry, ...rest] = JSON.parse(r.stdout);
    assert.deepEqual(rest, []);
    assert.equal(entry.file, file);
    assert.deepEqual(
      entry.findings.map((f) => f.code),
      ['placeholder-text'],
    );
    assert.match(r.stderr, /: applied \d+ fixes\n$/);
  });

  test('a file with a byte order mark keeps it', async () => {
    const dir = project({ 'SECURITY.md': `\uFEFF${MESSY}` });
    const file = path.join(dir, 'SECURITY.md');
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.status, 1, r.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is gone');
    assert.notEqual(bytes[3], 0xef, 'the BOM is doubled');
    assert.equal(bytes.toString('utf8').slice(1), fixAll(MESSY, options()).text);
  });

  test('CRLF line endings are kept in inserted sections', async () => {
    const crlf = SECTIONS_MISSING.replace(/\n/g, '\r\n');
    const dir = project({ 'SECURITY.md': crlf });
    const file = path.join(dir, 'SECURITY.md');
    const before = fixedCodes(crlf, options()).map((f) => f.code);
    for (const code of ['no-contact', 'missing-response-time', 'missing-disclosure-policy', 'empty-section']) {
      assert.ok(before.includes(code), `the fixture should trigger ${code}: ${before}`);
    }
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.match(r.stderr, /: applied \d+ fixes\n$/);
    const fixed = read(file);
    assert.ok(fixed.length > crlf.length + 200, 'sections were inserted');
    assert.deepEqual(bareLineFeeds(fixed), [], 'lines that end in a bare LF');
    assert.ok(!/\r(?!\n)/.test(fixed), 'a bare CR');
  });

  test('CRLF line endings are kept in text that replaces template instructions', async () => {
    const crlf = crlfPolicy(
      ['Use this section to tell people about which versions of your project are currently being supported with security updates.'],
      ['Use this section to tell people how to report a vulnerability.', ''],
    );
    const dir = project({ 'SECURITY.md': crlf });
    const file = path.join(dir, 'SECURITY.md');
    assert.ok(fixedCodes(crlf, options()).some((f) => f.code === 'template-text'));
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.match(r.stderr, /: applied \d+ fix(es)?\n$/);
    const fixed = read(file);
    assert.ok(!fixed.includes('Use this section'), 'the template instructions were replaced');
    assert.deepEqual(bareLineFeeds(fixed), [], 'lines that end in a bare LF');
  });

  test("CRLF line endings are kept in the table that replaces the template's sample table", async () => {
    const crlf = crlfPolicy(GITHUB_SAMPLE_TABLE, []);
    const dir = project({ 'SECURITY.md': crlf });
    const file = path.join(dir, 'SECURITY.md');
    assert.deepEqual(
      fixedCodes(crlf, options()).map((f) => f.code),
      ['template-text'],
    );
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.stderr, `security-md: ${file}: applied 1 fix\n`);
    const fixed = read(file);
    assert.ok(!fixed.includes('5.1.x'), 'the sample table was replaced');
    assert.deepEqual(bareLineFeeds(fixed), [], 'lines that end in a bare LF');
  });

  test('a file with nothing to fix is not rewritten (mtime unchanged) and no fix is reported', async () => {
    const dir = project({ 'SECURITY.md': NOTHING_TO_FIX });
    const file = path.join(dir, 'SECURITY.md');
    assert.deepEqual(fixedCodes(NOTHING_TO_FIX, options()), []);
    const mtime = backdate(file);
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.status, 1, 'the TODO is an error');
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /placeholder-text\n/);
    assert.equal(fs.statSync(file).mtimeMs, mtime, 'the file was written');
    assert.equal(read(file), NOTHING_TO_FIX);
  });

  test('a clean file is not rewritten and exits 0', async () => {
    const clean = NOTHING_TO_FIX.replace(' TODO: link the advisories page.', '');
    const dir = project({ 'SECURITY.md': clean });
    const file = path.join(dir, 'SECURITY.md');
    const mtime = backdate(file);
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(r.status, 0, r.stdout);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `${file}\n  OpenSSF Scorecard Security-Policy: 10/10\n\nNo problems found in 1 file.\n`);
    assert.equal(fs.statSync(file).mtimeMs, mtime);
  });

  test('in a git repository with a GitHub origin, the inserted link is the repository advisory form', async () => {
    const dir = project({ 'SECURITY.md': SECTIONS_MISSING }, 'git@github.com:acme/widgets.git');
    const file = path.join(dir, 'SECURITY.md');
    const r = await run(['lint', '--fix', '--now', NOW, file]);
    assert.match(r.stderr, /: applied \d+ fixes\n$/);
    const fixed = read(file);
    assert.ok(fixed.includes('https://github.com/acme/widgets/security/advisories/new'), fixed);
    assert.ok(!fixed.includes('../security/advisories/new'), fixed);
    assert.deepEqual(
      lint(fixed, options({ repository: 'acme/widgets' })).filter((f) => f.fixes && f.fixes.length),
      [],
    );
  });
});

describe('security-md lint --fix DIRECTORY', () => {
  test('fixes the policy GitHub would use there (.github/ before the root and docs/), and only that one', async () => {
    const dir = project({
      '.github/SECURITY.md': SECTIONS_MISSING,
      'SECURITY.md': MESSY,
      'docs/SECURITY.md': MESSY,
    });
    const chosen = path.join(dir, '.github', 'SECURITY.md');
    const others = [path.join(dir, 'SECURITY.md'), path.join(dir, 'docs', 'SECURITY.md')];
    const mtimes = others.map(backdate);
    const r = await run(['lint', '--fix', '--now', NOW, dir]);
    assert.equal(
      r.stderr,
      `security-md: ${chosen}: applied ${fixAll(SECTIONS_MISSING, options({ policyDir: '.github' })).applied} fixes\n`,
    );
    const fixed = read(chosen);
    assert.equal(fixed, fixAll(SECTIONS_MISSING, options({ policyDir: '.github' })).text);
    // From .github/SECURITY.md the repository's advisory form is three levels up.
    assert.ok(fixed.includes('(../../../security/advisories/new)'), fixed);
    assert.ok(r.stdout.startsWith(`${chosen}\n`) || r.stdout.startsWith('No problems found in 1 file.'), r.stdout);
    assert.equal(
      r.status,
      fixAll(SECTIONS_MISSING, options({ policyDir: '.github' })).findings.some((f) => f.severity === 'error') ? 1 : 0,
    );
    others.forEach((file, i) => {
      assert.equal(read(file), MESSY, `${file} was changed`);
      assert.equal(fs.statSync(file).mtimeMs, mtimes[i], `${file} was written`);
    });
  });

  test('a folder with only docs/security.md: that file is fixed', async () => {
    const dir = project({ 'docs/security.md': MESSY });
    const file = path.join(dir, 'docs', 'security.md');
    const r = await run(['lint', '--fix', '--now', NOW, dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^security-md: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: applied \\d+ fixes\\n$`));
    assert.equal(read(file), fixAll(MESSY, options({ policyDir: 'docs' })).text);
  });
});

/** 1-based numbers of the lines that end in LF without CR. */
function bareLineFeeds(text) {
  const lines = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n') continue;
    if (text[i - 1] !== '\r') lines.push(line);
    line++;
  }
  return lines;
}
