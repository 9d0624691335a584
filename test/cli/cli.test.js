// @ts-check
'use strict';
// Integration tests of dist/cli.js (bin security-md). Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const NOW = '2026-01-01T00:00:00Z';

const { runCliSync: run } = require('./fixtures.js');

// Invented fixture policies.

/** No findings at all, and no date in it. */
const CLEAN = `# Security Policy

## Supported Versions

| Version | Supported |
| ------- | --------- |
| 2.x     | yes       |
| 1.x     | no        |

## Reporting a Vulnerability

Email security@quillstack.dev with the details. We acknowledge reports within 3 business days.

## Disclosure

We publish a GitHub security advisory once a fix is released.
`;

/** A warning (vague-sla, line 10) and an info (stale-policy, line 12, 21 months before NOW). */
const VAGUE = `# Security Policy

## Supported Versions

Only the latest 2.x release gets fixes.

## Reporting a Vulnerability

Email security@quillstack.dev with the details.
We acknowledge reports within 3 business days. We will ship a fix promptly.

Last updated: March 2024

## Disclosure

We publish a GitHub security advisory once a fix is released.
`;

/** Two errors: a placeholder address, so no contact either. */
const BROKEN = `# Security Policy

## Reporting a Vulnerability

Send reports to security@example.com.
`;

/** No e-mail, no link. */
const NO_CONTACT = `# Security

## Reporting a Vulnerability

Tell a maintainer in person at the next meetup.
`;

const pos = (line, character) => ({ line, character });
const rng = (l1, c1, l2, c2) => ({ start: pos(l1, c1), end: pos(l2, c2) });

const MSG = {
  disclosure: 'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
  responseTime: 'No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."',
  versions: 'No "Supported Versions" section: add one with a table of the versions that receive security fixes.',
  noContact:
    'No private way to report a vulnerability: add a security e-mail address or a link to GitHub private vulnerability reporting (https://github.com/OWNER/REPO/security/advisories/new).',
  placeholder: '"security@example.com" is a placeholder, not a real address: replace it with the address that receives security reports.',
  promptly: '"promptly" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".',
  stale: 'The policy was last updated 21 months ago: review it, then set the date to today.',
};

const BROKEN_FINDINGS = [
  { code: 'missing-disclosure-policy', severity: 'info', message: MSG.disclosure, range: rng(0, 0, 0, 17) },
  { code: 'missing-response-time', severity: 'warning', message: MSG.responseTime, range: rng(0, 0, 0, 17) },
  { code: 'missing-supported-versions', severity: 'warning', message: MSG.versions, range: rng(0, 0, 0, 17) },
  { code: 'no-contact', severity: 'error', message: MSG.noContact, range: rng(0, 0, 0, 17) },
  { code: 'placeholder-email', severity: 'error', message: MSG.placeholder, range: rng(4, 16, 4, 36) },
];

const VAGUE_FINDINGS = [
  { code: 'vague-sla', severity: 'warning', message: MSG.promptly, range: rng(9, 66, 9, 74) },
  { code: 'stale-policy', severity: 'info', message: MSG.stale, range: rng(11, 14, 11, 24) },
];

let tmp;
/** Writes files (relative path -> content) under a new folder of tmp and returns the folder. */
function folder(name, files) {
  const dir = path.join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-cli-'));
  folder('files', { 'clean.md': CLEAN, 'vague.md': VAGUE, 'broken.md': BROKEN, 'no-contact.md': NO_CONTACT });
});
after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const cwd = () => path.join(tmp, 'files');

describe('security-md lint, text format', () => {
  test('a file with findings: the file line, one row per finding, a blank line, the summary', () => {
    const r = run(['lint', '--now', NOW, 'broken.md'], { cwd: cwd() });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        'broken.md',
        `  1:1      info     ${MSG.disclosure}  missing-disclosure-policy`,
        `  1:1      warning  ${MSG.responseTime}  missing-response-time`,
        `  1:1      warning  ${MSG.versions}  missing-supported-versions`,
        `  1:1      error    ${MSG.noContact}  no-contact`,
        `  5:17     error    ${MSG.placeholder}  placeholder-email`,
        '  OpenSSF Scorecard Security-Policy: 9/10 (for 10: say how vulnerabilities are disclosed and within how many days)',
        '',
        '5 problems (2 errors, 2 warnings, 1 info, 0 hints)',
        '',
      ].join('\n'),
    );
  });

  test('rows are "line:col severity message  code" with 1-based line and column', () => {
    const r = run(['lint', '--now', NOW, 'vague.md'], { cwd: cwd() });
    assert.equal(r.status, 0, 'warnings and infos only: exit 0');
    const rows = r.stdout.split('\n');
    assert.equal(rows[0], 'vague.md');
    assert.match(rows[1], /^ {2}(\d+):(\d+) +(error|warning|info|hint) +(.+) {2}([a-z-]+)$/);
    assert.equal(rows[1], `  10:67    warning  ${MSG.promptly}  vague-sla`);
    assert.equal(rows[2], `  12:15    info     ${MSG.stale}  stale-policy`);
    assert.match(rows[3], /^ {2}OpenSSF Scorecard Security-Policy: \d+\/10/);
    assert.equal(rows[5], '2 problems (0 errors, 1 warning, 1 info, 0 hints)');
  });

  test('a clean file: exit 0, its Scorecard score and "No problems found"', () => {
    const r = run(['lint', 'clean.md'], { cwd: cwd() });
    assert.deepEqual(r, {
      status: 0,
      stdout: 'clean.md\n  OpenSSF Scorecard Security-Policy: 10/10\n\nNo problems found in 1 file.\n',
      stderr: '',
    });
  });

  test('several files: each is listed with its Scorecard score, problems are counted', () => {
    const r = run(['lint', '--now', NOW, 'clean.md', 'vague.md'], { cwd: cwd() });
    assert.equal(r.status, 0);
    assert.ok(r.stdout.startsWith('clean.md\n  OpenSSF Scorecard Security-Policy: 10/10\n\nvague.md\n'), r.stdout);
    assert.ok(r.stdout.endsWith('\n2 problems (0 errors, 1 warning, 1 info, 0 hints)\n'));
    const both = run(['lint', 'clean.md', 'vague.md', 'clean.md'], { cwd: cwd() });
    assert.ok(both.stdout.startsWith('clean.md\n  OpenSSF Scorecard Security-Policy: 10/10\n\nvague.md\n'), both.stdout);
    assert.equal(both.stdout.split('\nclean.md\n').length, 1, 'a file named twice is linted once');
  });

  test('one error among clean files makes the exit code 1', () => {
    const r = run(['lint', '--now', NOW, 'clean.md', 'broken.md', 'vague.md'], { cwd: cwd() });
    assert.equal(r.status, 1);
    assert.ok(r.stdout.endsWith('\n7 problems (2 errors, 3 warnings, 2 infos, 0 hints)\n'), r.stdout);
  });

  test('--now decides stale-policy', () => {
    const early = run(['lint', '--now', '2024-06-01T00:00:00Z', '--format', 'json', 'vague.md'], { cwd: cwd() });
    assert.deepEqual(
      JSON.parse(early.stdout)[0].findings.map((f) => f.code),
      ['vague-sla'],
    );
    const late = run(['lint', '--now', '2027-03-31T00:00:00Z', '--format', 'json', 'vague.md'], { cwd: cwd() });
    const stale = JSON.parse(late.stdout)[0].findings.find((f) => f.code === 'stale-policy');
    assert.equal(stale.message, 'The policy was last updated 36 months ago: review it, then set the date to today.');
  });
});

describe('security-md lint --format json', () => {
  test('the documented shape: [{file, findings: [{code, severity, message, range}]}], 0-based', () => {
    const r = run(['lint', '--format', 'json', '--now', NOW, 'broken.md', 'clean.md', 'vague.md'], { cwd: cwd() });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout), [
      { file: 'broken.md', findings: BROKEN_FINDINGS },
      { file: 'clean.md', findings: [] },
      { file: 'vague.md', findings: VAGUE_FINDINGS },
    ]);
    for (const entry of JSON.parse(r.stdout)) {
      assert.deepEqual(Object.keys(entry), ['file', 'findings']);
      for (const f of entry.findings) {
        assert.deepEqual(Object.keys(f), ['code', 'severity', 'message', 'range']);
        assert.deepEqual(Object.keys(f.range), ['start', 'end']);
        assert.deepEqual(Object.keys(f.range.start), ['line', 'character']);
      }
    }
  });

  test('--format=json (inline value) works the same', () => {
    const r = run(['lint', '--format=json', '--now=2026-01-01T00:00:00Z', 'vague.md'], { cwd: cwd() });
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), [{ file: 'vague.md', findings: VAGUE_FINDINGS }]);
  });

  test('the file field is the path as given (absolute stays absolute)', () => {
    const abs = path.join(cwd(), 'clean.md');
    const r = run(['lint', '--format', 'json', abs]);
    assert.deepEqual(JSON.parse(r.stdout), [{ file: abs, findings: [] }]);
  });

  test('characters count UTF-16 code units', () => {
    const dir = folder('utf16', { 'SECURITY.md': VAGUE.replace('We acknowledge', '🔒 We acknowledge') });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir]);
    const vague = JSON.parse(r.stdout)[0].findings.find((f) => f.code === 'vague-sla');
    assert.deepEqual(vague.range, rng(9, 69, 9, 77));
  });

  test('CRLF line ends give the same positions as LF', () => {
    const dir = folder('crlf', { 'SECURITY.md': VAGUE.replace(/\n/g, '\r\n') });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir]);
    assert.deepEqual(JSON.parse(r.stdout)[0].findings, VAGUE_FINDINGS);
  });

  test('a file that starts with a BOM gives the same positions as without', () => {
    const dir = folder('bom', { 'SECURITY.md': `\uFEFF${VAGUE}`, 'broken/SECURITY.md': `\uFEFF${BROKEN}` });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir, path.join(dir, 'broken')]);
    assert.equal(r.status, 1);
    const [vague, broken] = JSON.parse(r.stdout);
    assert.deepEqual(vague.findings, VAGUE_FINDINGS);
    assert.deepEqual(broken.findings, BROKEN_FINDINGS);
    const text = run(['lint', '--now', NOW, path.join(dir, 'SECURITY.md')]);
    assert.ok(text.stdout.includes(`\n  10:67    warning  ${MSG.promptly}  vague-sla\n`), text.stdout);
  });
});

describe('security-md lint: folders resolve to the policy GitHub would show', () => {
  const POLICIES = {
    '.github/SECURITY.md': '# From .github\n\nTODO\n',
    'SECURITY.md': '# From the root\n\nTODO\n',
    'docs/SECURITY.md': '# From docs\n\nTODO\n',
  };

  function resolved(dir) {
    const r = run(['lint', '--format', 'json', dir]);
    assert.equal(r.stderr, '');
    const [entry] = JSON.parse(r.stdout);
    return path.relative(dir, entry.file).split(path.sep).join('/');
  }

  test('.github/SECURITY.md first, then SECURITY.md, then docs/SECURITY.md', () => {
    const dir = folder('resolve', POLICIES);
    assert.equal(resolved(dir), '.github/SECURITY.md');
    fs.rmSync(path.join(dir, '.github'), { recursive: true });
    assert.equal(resolved(dir), 'SECURITY.md');
    fs.rmSync(path.join(dir, 'SECURITY.md'));
    assert.equal(resolved(dir), 'docs/SECURITY.md');
  });

  test('any letter case of the file name is found', () => {
    const dir = folder('lowercase', { 'docs/security.md': CLEAN, 'README.md': BROKEN });
    assert.equal(resolved(dir), 'docs/security.md');
  });

  test('the findings are those of the resolved file; the file it hides gets shadowed-policy alone', () => {
    const dir = folder('resolve-findings', { 'SECURITY.md': BROKEN, 'docs/SECURITY.md': CLEAN });
    const r = run(['lint', '--format', 'json', '--now', NOW, dir]);
    assert.equal(r.status, 1);
    assert.deepEqual(JSON.parse(r.stdout), [
      { file: path.join(dir, 'SECURITY.md'), findings: BROKEN_FINDINGS },
      {
        file: path.join(dir, 'docs/SECURITY.md'),
        findings: [
          {
            code: 'shadowed-policy',
            severity: 'warning',
            message:
              'GitHub shows SECURITY.md and never this file (it looks in .github/, the root, then docs/ and takes the first SECURITY.md it finds). Move what only this file says into SECURITY.md, then delete this one.',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 17 } },
          },
        ],
      },
    ]);
  });

  test('a policy in another sub-folder is not used: exit 2', () => {
    const dir = folder('nested-only', { 'sub/dir/SECURITY.md': CLEAN, 'README.md': CLEAN });
    const r = run(['lint', dir]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `security-md: ${dir}: no SECURITY.md in the folder, its .github/ or its docs/\n`);
  });
});

describe('security-md exit code 2 and messages on stderr', () => {
  const USAGE_START =
    '\n\nUsage:\n  security-md lint [--fix] [--format text|json|sarif|github|gitlab] [--max-warnings N] [--config FILE] [--profile ID]... [--now ISO-DATE] [--key FILE]... PATH...\n';

  function usageError(args, message) {
    const r = run(args, { cwd: cwd() });
    assert.equal(r.status, 2, `${args.join(' ')}: exit code`);
    assert.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
    assert.ok(r.stderr.startsWith(`security-md: ${message}${USAGE_START}`), r.stderr);
  }

  test('lint without a PATH', () => usageError(['lint'], 'lint needs at least one PATH'));
  test('an unknown option', () => usageError(['lint', '--frobnicate', 'clean.md'], 'unknown option --frobnicate'));
  test('a single-dash option is taken as a path, not silently ignored', () => {
    const r = run(['lint', '-q', 'clean.md'], { cwd: cwd() });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^security-md: -q: no such file or directory$/m);
  });
  test('an option without its value', () => usageError(['lint', 'clean.md', '--format'], '--format needs a value'));
  test('an unknown format', () =>
    usageError(['lint', '--format', 'xml', 'clean.md'], '--format must be text, json, sarif, github or gitlab, not "xml"'));
  test('a --now that is not a date', () =>
    usageError(['lint', '--now', 'yesterday', 'clean.md'], '--now: "yesterday" is not a date (use e.g. 2026-01-31T00:00:00Z)'));
  test('an unknown command', () => usageError(['audit', 'clean.md'], 'unknown command "audit"'));
  test('txt with two paths', () => usageError(['txt', 'clean.md', 'vague.md'], 'txt needs exactly one PATH'));
  test('txt --expires-days 400', () =>
    usageError(['txt', 'clean.md', '--expires-days', '400'], '--expires-days must be a whole number from 1 to 365, not "400"'));
  test('txt --expires-days 0 and 1.5', () => {
    usageError(['txt', 'clean.md', '--expires-days', '0'], '--expires-days must be a whole number from 1 to 365, not "0"');
    usageError(['txt', 'clean.md', '--expires-days', '1.5'], '--expires-days must be a whole number from 1 to 365, not "1.5"');
  });

  test('no arguments at all: exit 2 with the usage on stderr (stdout stays clean)', () => {
    const r = run([]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage:\n {2}security-md lint/);
    assert.equal(r.stdout, '');
  });

  test('--help: the usage on stdout, exit 0', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    assert.ok(r.stdout.startsWith('Usage:\n  security-md lint'));
    assert.ok(
      r.stdout.includes(
        'Exit codes: 0 no errors, 1 errors found (lint), a requirement not met (check) or no contact (txt),\n2 bad usage or unreadable input.',
      ),
    );
  });

  test('--version prints the version of package.json', () => {
    assert.deepEqual(run(['--version']), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('a missing file: exit 2, the other files are still linted', () => {
    const r = run(['lint', '--format', 'json', 'missing.md', 'clean.md'], { cwd: cwd() });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'security-md: missing.md: no such file or directory\n');
    assert.deepEqual(JSON.parse(r.stdout), [{ file: 'clean.md', findings: [] }]);
  });

  test('a missing file beats lint errors: exit 2, not 1', () => {
    const r = run(['lint', 'broken.md', 'missing.md'], { cwd: cwd() });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'security-md: missing.md: no such file or directory\n');
  });

  test('a binary file with NUL bytes: exit 2', () => {
    const dir = folder('binary', {});
    fs.writeFileSync(path.join(dir, 'SECURITY.md'), Buffer.from([0x23, 0x20, 0x53, 0x00, 0x01, 0x02, 0x0a]));
    const file = path.join(dir, 'SECURITY.md');
    const r = run(['lint', file]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `security-md: ${file}: is a binary file, not a text policy\n`);
    const viaFolder = run(['txt', dir]);
    assert.equal(viaFolder.status, 2);
    assert.equal(viaFolder.stderr, `security-md: ${file}: is a binary file, not a text policy\n`);
  });

  test('security.txt bytes that are not UTF-8: a not-utf8 finding on them, exit 1; --fix leaves the bytes alone', () => {
    const dir = folder('latin1-txt', {});
    const file = path.join(dir, 'security.txt');
    // "# Équipe" in Windows-1252: the byte C9 is not UTF-8.
    const bytes = Buffer.concat([
      Buffer.from([0x23, 0x20, 0xc9]),
      Buffer.from('quipe\nContact: https://pelican-ops.dev/report\nExpires: 2026-06-30T00:00:00Z\n'),
    ]);
    fs.writeFileSync(file, bytes);
    const r = run(['lint', '--format', 'json', '--now', NOW, file]);
    assert.equal(r.status, 1);
    const [result] = JSON.parse(r.stdout);
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.range.start.line, f.range.start.character, f.range.end.character]),
      [
        ['securitytxt/not-signed', 0, 0, 8],
        ['securitytxt/not-utf8', 0, 2, 3],
      ],
    );
    const fixed = run(['lint', '--fix', '--now', NOW, file]);
    assert.equal(fixed.status, 1);
    assert.match(fixed.stderr, /not fixed: the file is not UTF-8, and writing it back would change those bytes\n$/);
    assert.deepEqual(fs.readFileSync(file), bytes);
  });

  test('a UTF-16 security.txt is read, not refused: the encoding is the finding, and its other faults are found', () => {
    const dir = folder('utf16-txt', {});
    const file = path.join(dir, 'security.txt');
    const body = 'Contact: https://pelican-ops.dev/report\nExpires: 2026-06-30T00:00:00Z\nPolicy:https://pelican-ops.dev/policy\n';
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const r = run(['lint', '--format', 'json', '--now', NOW, file]);
    assert.equal(r.status, 1);
    const [result] = JSON.parse(r.stdout);
    assert.deepEqual(result.findings.map((f) => [f.code, f.range.start.line]).sort(), [
      ['securitytxt/no-space', 2],
      ['securitytxt/not-signed', 0],
      ['securitytxt/not-utf8', 0],
    ]);
    assert.equal(
      result.findings.find((f) => f.code === 'securitytxt/not-utf8').message,
      'The file is encoded as UTF-16LE; RFC 9116 requires UTF-8: save it as UTF-8 without a byte order mark.',
    );
  });

  test('a signed security.txt: verified with a key beside it or given by --key; a changed file fails; a bad --key is exit 2', () => {
    const signed = path.join(ROOT, 'test/unit/securitytxt/signed');
    const site = folder('signed-site', {
      '.well-known/security.txt': fs.readFileSync(path.join(signed, 'security.txt')),
      'pgp-key.txt': fs.readFileSync(path.join(signed, 'pgp-key.asc')),
    });
    const file = path.join(site, '.well-known', 'security.txt');
    const good = run(['lint', '--now', NOW, file]);
    assert.equal(good.status, 0, good.stdout);
    assert.equal(
      good.stderr,
      `security-md: ${file}: good signature by key A29957D2A31062EEA51FF720C6EA2B75FA4DE282, key expires 2029-01-01\n`,
    );
    fs.rmSync(path.join(site, 'pgp-key.txt'));
    assert.equal(run(['lint', '--now', NOW, file]).stderr, '', 'no key at hand: nothing to say');
    const given = run(['lint', '--now', NOW, '--key', path.join(signed, 'pgp-key.gpg'), file]);
    assert.match(given.stderr, /good signature by key A29957D2A31062EEA51FF720C6EA2B75FA4DE282/);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Expires: 2027-06-30', 'Expires: 2027-07-30'));
    const changed = run(['lint', '--format', 'json', '--now', NOW, '--key', path.join(signed, 'pgp-key.asc'), file]);
    assert.equal(changed.status, 1);
    assert.deepEqual(
      JSON.parse(changed.stdout)[0]
        .findings.map((f) => f.code)
        .filter((code) => code.includes('signature')),
      ['securitytxt/invalid-signature'],
    );
    const other = run(['lint', '--now', NOW, '--key', path.join(signed, 'short-key.asc'), file]);
    assert.match(other.stderr, /signed by key C6EA2B75FA4DE282, which is not among the keys given; not verified\n$/);
    const missing = run(['lint', '--key', path.join(site, 'nope.asc'), file]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, `security-md: --key ${path.join(site, 'nope.asc')}: not a readable OpenPGP public key file\n`);
  });

  test('a security.txt beside a SECURITY.md is compared with it; one elsewhere is not', () => {
    const policy = '# Security\n\n## Reporting\n\nEmail security@marlin-tools.dev. We answer within 3 business days.\n';
    const stale = 'Contact: mailto:old@marlin-tools.dev\nExpires: 2026-06-30T00:00:00Z\n';
    const repo = folder('in-sync', {
      '.github/SECURITY.md': policy,
      'public/.well-known/security.txt': stale,
      'elsewhere/security.txt': stale,
    });
    const codes = (file) =>
      JSON.parse(run(['lint', '--format', 'json', '--now', NOW, path.join(repo, file)]).stdout)[0].findings.map((f) => [f.code, f.message]);
    assert.deepEqual(
      codes('public/.well-known/security.txt').filter(([code]) => code === 'securitytxt/out-of-sync'),
      [
        ['securitytxt/out-of-sync', '.github/SECURITY.md no longer gives this contact: remove it here, or add it to the policy.'],
        [
          'securitytxt/out-of-sync',
          '.github/SECURITY.md gives mailto:security@marlin-tools.dev for reports, but this file has no Contact for it.',
        ],
      ],
    );
    assert.deepEqual(
      codes('elsewhere/security.txt').filter(([code]) => code === 'securitytxt/out-of-sync'),
      [],
    );
    const fixed = run(['lint', '--fix', '--now', NOW, path.join(repo, 'public/.well-known/security.txt')]);
    assert.match(fixed.stderr, /applied \d+ fix/);
    assert.match(
      fs.readFileSync(path.join(repo, 'public/.well-known/security.txt'), 'utf8'),
      /^Contact: mailto:security@marlin-tools\.dev\n/,
    );
  });

  test('a folder without any SECURITY.md: exit 2', () => {
    const dir = folder('empty', { 'README.md': '# Readme\n' });
    const r = run(['lint', dir]);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `security-md: ${dir}: no SECURITY.md in the folder, its .github/ or its docs/\n`);
    const txt = run(['txt', dir]);
    assert.equal(txt.status, 2);
    assert.equal(txt.stderr, `security-md: ${dir}: no SECURITY.md in the folder, its .github/ or its docs/\n`);
    assert.equal(txt.stdout, '');
  });
});

describe('security-md txt', () => {
  test('prints Contact, Expires (365 days after --now) and Preferred-Languages', () => {
    const r = run(['txt', 'clean.md', '--now', '2026-02-03T04:05:06Z'], { cwd: cwd() });
    assert.deepEqual(r, {
      status: 0,
      stderr: '',
      stdout: [
        '# Generated by security-md from clean.md on 2026-02-03T04:05:06Z',
        'Contact: mailto:security@quillstack.dev',
        'Expires: 2027-02-03T04:05:06Z',
        'Preferred-Languages: en',
        '',
      ].join('\n'),
    });
  });

  test('--expires-days sets Expires relative to --now', () => {
    const r = run(['txt', 'clean.md', '--now', '2026-02-03T04:05:06Z', '--expires-days', '30'], { cwd: cwd() });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Expires: 2026-03-05T04:05:06Z$/m);
    const inline = run(['txt', 'clean.md', '--now=2026-12-31T23:59:59Z', '--expires-days=1'], { cwd: cwd() });
    assert.match(inline.stdout, /^Expires: 2027-01-01T23:59:59Z$/m);
  });

  test('--policy-url adds a Policy line; --canonical-url a Canonical line', () => {
    const r = run(
      [
        'txt',
        'clean.md',
        '--now',
        NOW,
        '--policy-url',
        'https://quillstack.dev/security',
        '--canonical-url',
        'https://quillstack.dev/.well-known/security.txt',
      ],
      { cwd: cwd() },
    );
    assert.equal(r.status, 0);
    assert.deepEqual(r.stdout.split('\n').slice(1), [
      'Contact: mailto:security@quillstack.dev',
      'Expires: 2027-01-01T00:00:00Z',
      'Preferred-Languages: en',
      'Canonical: https://quillstack.dev/.well-known/security.txt',
      'Policy: https://quillstack.dev/security',
      '',
    ]);
  });

  test('no contact: exit 1 and the reason on stderr', () => {
    const r = run(['txt', 'no-contact.md', '--now', NOW], { cwd: cwd() });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'security-md: no-contact.md: no security.txt: The policy names no private reporting channel (a valid e-mail address or an https link to a reporting form), so there is no Contact for a security.txt.\n',
    );
  });

  test('a placeholder address is no contact', () => {
    const r = run(['txt', 'broken.md', '--now', NOW], { cwd: cwd() });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no security\.txt: The policy names no private reporting channel/);
  });

  test('a folder argument resolves like lint does', () => {
    const dir = folder('txt-folder', { 'docs/SECURITY.md': CLEAN });
    const r = run(['txt', dir, '--now', NOW]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.split('\n')[0], `# Generated by security-md from SECURITY.md on ${NOW}`);
  });

  test('several contacts, deduplicated, and a GitHub advisory link', () => {
    const dir = folder('contacts', {
      'SECURITY.md': `# Security

## Reporting a Vulnerability

Write to security@quillstack.dev (or Security@Quillstack.dev, same inbox) or use
[private vulnerability reporting](https://github.com/quillstack/quill/security/advisories/new).
We answer within 2 days.
`,
    });
    const r = run(['txt', dir, '--now', NOW]);
    assert.equal(r.status, 0);
    assert.deepEqual(
      r.stdout.split('\n').filter((l) => l.startsWith('Contact: ')),
      ['Contact: mailto:security@quillstack.dev', 'Contact: https://github.com/quillstack/quill/security/advisories/new'],
    );
  });
});

describe('security-md txt: the GitHub repository from .git/config', () => {
  const gitConfig = (url) =>
    `[core]\n\trepositoryformatversion = 0\n[remote "upstream"]\n\turl = https://github.com/someone/else.git\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n`;

  test('origin https://github.com/acme/widgets.git gives the Policy URL', () => {
    const dir = folder('git-https', { '.git/config': gitConfig('https://github.com/acme/widgets.git'), 'SECURITY.md': CLEAN });
    const r = run(['txt', dir, '--now', NOW]);
    assert.equal(r.status, 0);
    assert.deepEqual(r.stdout.split('\n').slice(1), [
      'Contact: mailto:security@quillstack.dev',
      'Expires: 2027-01-01T00:00:00Z',
      'Preferred-Languages: en',
      'Policy: https://github.com/acme/widgets/security/policy',
      '',
    ]);
  });

  test('the repository is found from .github/SECURITY.md too (the .git of an enclosing folder)', () => {
    const dir = folder('git-dotgithub', { '.git/config': gitConfig('git@github.com:acme/widgets.git'), '.github/SECURITY.md': CLEAN });
    const r = run(['txt', path.join(dir, '.github', 'SECURITY.md'), '--now', NOW]);
    assert.match(r.stdout, /^Policy: https:\/\/github\.com\/acme\/widgets\/security\/policy$/m);
  });

  test('--policy-url wins over the repository', () => {
    const dir = folder('git-override', { '.git/config': gitConfig('https://github.com/acme/widgets'), 'SECURITY.md': CLEAN });
    const r = run(['txt', dir, '--now', NOW, '--policy-url', 'https://widgets.dev/security']);
    assert.deepEqual(
      r.stdout.split('\n').filter((l) => l.startsWith('Policy:')),
      ['Policy: https://widgets.dev/security'],
    );
  });

  test('a relative advisory link becomes absolute with the repository', () => {
    const dir = folder('git-relative', {
      '.git/config': gitConfig('https://github.com/acme/widgets.git'),
      'SECURITY.md': '# Security\n\n## Reporting a Vulnerability\n\nUse the [advisory form](../../security/advisories/new).\n',
    });
    const r = run(['txt', dir, '--now', NOW]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Contact: https:\/\/github\.com\/acme\/widgets\/security\/advisories\/new$/m);
  });

  test('an origin that is not on GitHub gives no Policy line', () => {
    const dir = folder('git-gitlab', { '.git/config': gitConfig('https://gitlab.com/acme/widgets.git'), 'SECURITY.md': CLEAN });
    const r = run(['txt', dir, '--now', NOW]);
    assert.equal(r.status, 0);
    assert.ok(!r.stdout.includes('Policy:'), r.stdout);
  });

  test('a git submodule (.git is a file) does not take the Policy URL of the enclosing repository', () => {
    const dir = folder('git-submodule', {
      '.git/config': gitConfig('https://github.com/acme/widgets.git'),
      '.git/modules/lib/config': gitConfig('https://github.com/acme/lib.git'),
      'vendor/lib/.git': 'gitdir: ../../.git/modules/lib\n',
      'vendor/lib/SECURITY.md': CLEAN,
    });
    const r = run(['txt', path.join(dir, 'vendor', 'lib'), '--now', NOW]);
    assert.equal(r.status, 0);
    const policy = r.stdout.split('\n').filter((l) => l.startsWith('Policy:'));
    assert.ok(
      !policy.includes('Policy: https://github.com/acme/widgets/security/policy'),
      `vendor/lib is its own repository (acme/lib) but got ${JSON.stringify(policy)}`,
    );
  });
});
