// @ts-check
'use strict';
// `security-md lint --format github` (GitHub Actions workflow commands) and `--format gitlab`
// (GitLab Code Quality report), and the fingerprints they share with SARIF. The formatters of
// server/src/cli/format.ts are compiled here with esbuild, with the core taken from dist/core.js;
// the command line is dist/cli.js. Build first: node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
/** @type {any} Module's internals (_nodeModulePaths, _compile) are not in its types. */
const Module = require('node:module');
const { pathToFileURL } = require('node:url');
const esbuild = require('esbuild');
const { COMPLETE_POLICY, ONE_SECTION_POLICY, testRepository, runCliSync } = require('./fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const CORE = path.join(ROOT, 'dist', 'core.js');
const SOURCE = path.join(ROOT, 'server', 'src', 'cli', 'format.ts');
const NOW = '2026-03-01T00:00:00Z';

/** format.ts on its own, with its import of the core answered by the built core. */
function load() {
  const { code } = esbuild.transformSync(fs.readFileSync(SOURCE, 'utf8'), { loader: 'ts', format: 'cjs', platform: 'node' });
  const filename = SOURCE.replace(/\.ts$/, '.compiled.js');
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m.require = (id) => (id === '../core/index' ? require(CORE) : Module.prototype.require.call(m, id));
  m._compile(code, filename);
  return m.exports;
}

const format = load();

// A root that need not exist: the formatters only compute paths.
const BASE = path.join(os.tmpdir(), 'security-md-formats-unit');

/** A hand-made result: a finding per [code, severity, message, start, end]. */
function result(rel, text, findings) {
  return {
    file: path.join(BASE, ...rel.split('/')),
    text,
    securityTxt: false,
    findings: findings.map(([code, severity, message, start, end]) => ({ code, severity, message, start, end })),
  };
}

/** The documented recipe, to pin the fingerprints: changing it changes every user's baseline. */
const expectedFingerprint = (rel, code, lineText, k) =>
  crypto
    .createHash('sha256')
    .update(`${JSON.stringify([rel, code, lineText])}\n${k}`)
    .digest('hex')
    .slice(0, 32);

/** One finding of each severity, each on a line of its own (the fourth is "four"). */
const oneOfEachSeverity = (rel) =>
  result(rel, 'one\ntwo\nthree\nfour\n', [
    ['e', 'error', 'E', 0, 3],
    ['w', 'warning', 'W', 4, 7],
    ['i', 'info', 'I', 8, 13],
    ['h', 'hint', 'H', 14, 18],
  ]);

describe('githubAnnotations and formatGithub', () => {
  test('escaping: "%", CR, LF, "," and ":" in the path and title, "%", CR and LF in the message', () => {
    const r = result('ops,q3:100%/SEC\nURITY.md', 'ab cd\nef\n', [['x:y,z', 'error', 'Line one: 100% sure,\r\nline two', 2, 7]]);
    assert.deepEqual(format.githubAnnotations([r], BASE), [
      {
        level: 'error',
        line: '::error file=ops%2Cq3%3A100%25/SEC%0AURITY.md,line=1,endLine=2,col=3,endColumn=2,title=x%3Ay%2Cz::Line one: 100%25 sure,%0D%0Aline two',
      },
    ]);
  });

  test('a lone CR in a path is escaped too, and "%" is escaped before the others (no double escaping)', () => {
    const r = result('a\rb%0A.md', 'x\n', [['c', 'warning', '%0A is not a line end', 0, 1]]);
    assert.deepEqual(
      format.githubAnnotations([r], BASE).map((a) => a.line),
      ['::warning file=a%0Db%250A.md,line=1,endLine=1,col=1,endColumn=2,title=c::%250A is not a line end'],
    );
  });

  test('levels: error → error, warning → warning, info and hint → notice; one annotation per finding, in order', () => {
    const r = oneOfEachSeverity('SECURITY.md');
    assert.deepEqual(format.githubAnnotations([r], BASE), [
      { level: 'error', line: '::error file=SECURITY.md,line=1,endLine=1,col=1,endColumn=4,title=e::E' },
      { level: 'warning', line: '::warning file=SECURITY.md,line=2,endLine=2,col=1,endColumn=4,title=w::W' },
      { level: 'notice', line: '::notice file=SECURITY.md,line=3,endLine=3,col=1,endColumn=6,title=i::I' },
      { level: 'notice', line: '::notice file=SECURITY.md,line=4,endLine=4,col=1,endColumn=5,title=h::H' },
    ]);
    assert.equal(
      format.formatGithub([r], BASE),
      [
        '::error file=SECURITY.md,line=1,endLine=1,col=1,endColumn=4,title=e::E',
        '::warning file=SECURITY.md,line=2,endLine=2,col=1,endColumn=4,title=w::W',
        '::notice file=SECURITY.md,line=3,endLine=3,col=1,endColumn=6,title=i::I',
        '::notice file=SECURITY.md,line=4,endLine=4,col=1,endColumn=5,title=h::H',
      ].join('\n'),
    );
  });

  test('CRLF line ends count once; columns are UTF-16 code units', () => {
    const text = '# T 🔒\r\n\r\nsoon\r\n';
    const start = text.indexOf('soon');
    const r = result('docs/SECURITY.md', text, [['vague-sla', 'warning', 'm', start, start + 4]]);
    assert.deepEqual(
      format.githubAnnotations([r], BASE).map((a) => a.line),
      ['::warning file=docs/SECURITY.md,line=3,endLine=3,col=1,endColumn=5,title=vague-sla::m'],
    );
    // The lock is two code units, from offset 4.
    const emoji = result('docs/SECURITY.md', text, [['x', 'info', 'm', 4, 6]]);
    assert.deepEqual(
      format.githubAnnotations([emoji], BASE).map((a) => a.line),
      ['::notice file=docs/SECURITY.md,line=1,endLine=1,col=5,endColumn=7,title=x::m'],
    );
  });

  test('the path is relative to the root given, with "/" separators', () => {
    const r = result('.github/SECURITY.md', 'x\n', [['c', 'hint', 'm', 0, 1]]);
    assert.deepEqual(
      format.githubAnnotations([r], path.join(BASE, '.github')).map((a) => a.line),
      ['::notice file=SECURITY.md,line=1,endLine=1,col=1,endColumn=2,title=c::m'],
    );
    assert.deepEqual(
      format.githubAnnotations([r], path.join(BASE, 'elsewhere')).map((a) => a.line),
      ['::notice file=../.github/SECURITY.md,line=1,endLine=1,col=1,endColumn=2,title=c::m'],
    );
  });

  test('no findings: no annotations and an empty string', () => {
    const r = result('SECURITY.md', COMPLETE_POLICY, []);
    assert.deepEqual(format.githubAnnotations([r], BASE), []);
    assert.equal(format.formatGithub([r], BASE), '');
    assert.equal(format.formatGithub([], BASE), '');
  });
});

describe('fingerprints, toGitlab and toSarif', () => {
  const TEXT = '# Security\n\nWe reply   as soon as possible.\n';
  const start = TEXT.indexOf('as soon');
  const vague = (text, at = text.indexOf('as soon')) => result('SECURITY.md', text, [['vague-sla', 'warning', 'm', at, at + 19]]);

  test('the recipe: SHA-256 of the relative path, the code, the normalised line and the occurrence, 32 hex digits', () => {
    const [[print]] = format.fingerprints([vague(TEXT)], BASE);
    assert.equal(print, expectedFingerprint('SECURITY.md', 'vague-sla', 'We reply as soon as possible.', 1));
    assert.match(print, /^[0-9a-f]{32}$/);
  });

  test('identical keys: the k-th occurrence gets k, so each fingerprint is unique', () => {
    const text = 'as soon as possible\nas soon as possible\n';
    const r = result('SECURITY.md', text, [
      ['vague-sla', 'warning', 'm', 0, 19],
      ['vague-sla', 'warning', 'm', 20, 39],
    ]);
    const other = result('other/SECURITY.md', text, [['vague-sla', 'warning', 'm', 0, 19]]);
    assert.deepEqual(format.fingerprints([r, other], BASE), [
      [
        expectedFingerprint('SECURITY.md', 'vague-sla', 'as soon as possible', 1),
        expectedFingerprint('SECURITY.md', 'vague-sla', 'as soon as possible', 2),
      ],
      [expectedFingerprint('other/SECURITY.md', 'vague-sla', 'as soon as possible', 1)],
    ]);
  });

  test('independent of line numbers and white space; dependent on the text, the code and the path', () => {
    const [[print]] = format.fingerprints([vague(TEXT)], BASE);
    const moved = '# Security\n\n\n\n\nWe reply   as soon as possible.\n';
    assert.equal(format.fingerprints([vague(moved)], BASE)[0][0], print, 'blank lines above');
    const crlf = '# Security\r\n\r\n\tWe reply as soon  as possible.  \r\n';
    assert.equal(format.fingerprints([vague(crlf)], BASE)[0][0], print, 'CRLF, indentation and spacing');
    assert.notEqual(format.fingerprints([vague('# Security\n\nWe reply as soon as possible!\n')], BASE)[0][0], print, 'the line changed');
    const otherCode = result('SECURITY.md', TEXT, [['vague-wording', 'warning', 'm', start, start + 19]]);
    assert.notEqual(format.fingerprints([otherCode], BASE)[0][0], print, 'another rule');
    assert.notEqual(format.fingerprints([vague(TEXT)], path.join(BASE, '..'))[0][0], print, 'another path');
  });

  test('a finding over several lines takes all of them, but not a line it ends at the start of', () => {
    const text = 'one\ntwo\nthree\n';
    const span = (end) => result('SECURITY.md', text, [['c', 'info', 'm', 0, end]]);
    assert.equal(format.fingerprints([span(7)], BASE)[0][0], expectedFingerprint('SECURITY.md', 'c', 'one two', 1));
    assert.equal(format.fingerprints([span(8)], BASE)[0][0], expectedFingerprint('SECURITY.md', 'c', 'one two', 1));
    assert.equal(format.fingerprints([span(9)], BASE)[0][0], expectedFingerprint('SECURITY.md', 'c', 'one two three', 1));
    const empty = result('SECURITY.md', text, [['c', 'info', 'm', 4, 4]]);
    assert.equal(format.fingerprints([empty], BASE)[0][0], expectedFingerprint('SECURITY.md', 'c', 'two', 1));
  });

  test('toGitlab: the Code Quality fields, the severity mapping and the shared fingerprints', () => {
    const r = oneOfEachSeverity('docs/SECURITY.md');
    const prints = format.fingerprints([r], BASE)[0];
    const issue = (code, description, severity, begin, i) => ({
      description,
      check_name: code,
      fingerprint: prints[i],
      severity,
      location: { path: 'docs/SECURITY.md', lines: { begin } },
    });
    assert.deepEqual(format.toGitlab([r], BASE), [
      issue('e', 'E', 'critical', 1, 0),
      issue('w', 'W', 'major', 2, 1),
      issue('i', 'I', 'minor', 3, 2),
      issue('h', 'H', 'info', 4, 3),
    ]);
    assert.deepEqual(format.toGitlab([], BASE), []);
  });

  test('toSarif: partialFingerprints are the same fingerprints; originalUriBaseIds is the root as a file URI ending in "/"', () => {
    const r = result('docs/SECURITY.md', TEXT, [['vague-sla', 'warning', 'm', start, start + 19]]);
    for (const root of [BASE, `${BASE}${path.sep}`]) {
      const run = format.toSarif([r], '1.2.3', root).runs[0];
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(BASE).href}/` } });
      assert.deepEqual(run.results[0].partialFingerprints, { 'securityMd/v1': format.fingerprints([r], BASE)[0][0] });
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'docs/SECURITY.md', uriBaseId: '%SRCROOT%' });
    }
  });
});

// The command line.

const run = (args, cwd) => runCliSync(args, { cwd });

/** A placeholder address (error), a spelled-out one (hint) and no response time (warning). */
const SPELLED_OUT = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Write to security@example.org or to security [at] lanternworks [dot] io.',
  '',
].join('\n');

/** Two identical vague promises: two findings with otherwise identical fingerprint keys. */
const TWICE = `${ONE_SECTION_POLICY}\nEmail security@lanternworks.io. We will reply as soon as possible.\n`;

/** One-section policy with three blank lines more above the vague promise (line 5 becomes 8). */
const MOVED = ONE_SECTION_POLICY.replace('## Reporting a Vulnerability\n', '## Reporting a Vulnerability\n\n\n\n');

// A folder name with the characters a property value escapes (":" is not allowed on Windows).
const ODD = process.platform === 'win32' ? 'q3,ops 100%' : 'q3,ops:100%';
const ODD_ESCAPED = process.platform === 'win32' ? 'q3%2Cops 100%25' : 'q3%2Cops%3A100%25';

const tmp = testRepository('security-md-formats-', {
  'vague.md': ONE_SECTION_POLICY,
  'moved/vague.md': MOVED,
  'plain/vague.md': ONE_SECTION_POLICY,
  'clean.md': COMPLETE_POLICY,
  'twice.md': TWICE,
  [`${ODD}/SECURITY.md`]: SPELLED_OUT,
  'site/.well-known/security.txt': 'Contact: http://lanternworks.io/report\nContact: mailto:sec@lanternworks.io\nFlavour: vanilla\n',
});

describe('lint --format github', () => {
  test('a policy, a folder whose name needs escaping and a security.txt: exactly these lines, nothing else', () => {
    const r = run(['lint', '--format', 'github', '--now', NOW, 'vague.md', ODD, 'site/.well-known/security.txt'], tmp);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    const F = `file=${ODD_ESCAPED}/SECURITY.md`;
    const T = 'file=site/.well-known/security.txt';
    assert.deepEqual(r.stdout.split('\n'), [
      '::notice file=vague.md,line=1,endLine=1,col=1,endColumn=18,title=missing-disclosure-policy::No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      '::warning file=vague.md,line=1,endLine=1,col=1,endColumn=18,title=missing-response-time::No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."',
      '::warning file=vague.md,line=1,endLine=1,col=1,endColumn=18,title=missing-supported-versions::No "Supported Versions" section: add one with a table of the versions that receive security fixes.',
      '::warning file=vague.md,line=5,endLine=5,col=47,endColumn=66,title=vague-sla::"as soon as possible" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".',
      `::notice ${F},line=1,endLine=1,col=1,endColumn=18,title=missing-disclosure-policy::No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.`,
      `::warning ${F},line=1,endLine=1,col=1,endColumn=18,title=missing-response-time::No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."`,
      `::warning ${F},line=1,endLine=1,col=1,endColumn=18,title=missing-supported-versions::No "Supported Versions" section: add one with a table of the versions that receive security fixes.`,
      `::error ${F},line=5,endLine=5,col=10,endColumn=30,title=placeholder-email::"security@example.org" is a placeholder, not a real address: replace it with the address that receives security reports.`,
      `::notice ${F},line=5,endLine=5,col=37,endColumn=72,title=obfuscated-email::This spells out security@lanternworks.io: it counts as a contact, but tools cannot read it; consider writing the address plainly or offering GitHub private vulnerability reporting.`,
      `::error ${T},line=1,endLine=1,col=1,endColumn=39,title=securitytxt/no-expires::No Expires field: add one, less than a year ahead, e.g. "Expires: 2027-03-01T00:00:00Z".`,
      `::notice ${T},line=1,endLine=1,col=1,endColumn=39,title=securitytxt/not-signed::This security.txt is not signed: RFC 9116 recommends an OpenPGP cleartext signature so that readers can check it is yours ("gpg --clearsign security.txt"; add Canonical first).`,
      `::error ${T},line=1,endLine=1,col=10,endColumn=39,title=securitytxt/not-https::RFC 9116 requires https for web URIs: use https://lanternworks.io/report.`,
      `::notice ${T},line=2,endLine=2,col=10,endColumn=36,title=securitytxt/no-encryption::Reports sent by e-mail can be read on the way: add "Encryption: https://…/pgp-key.txt" so reporters can encrypt them.`,
      `::notice ${T},line=3,endLine=3,col=1,endColumn=8,title=securitytxt/unknown-field::"Flavour" is not in the security.txt field registry: readers will ignore it.`,
      '',
    ]);
  });

  test('from a sub-folder the paths are relative to it', () => {
    const r = run(['lint', '--format', 'github', '--now', NOW, 'vague.md'], path.join(tmp, 'plain'));
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout.split('\n')[3],
      '::warning file=vague.md,line=5,endLine=5,col=47,endColumn=66,title=vague-sla::"as soon as possible" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".',
    );
  });

  test('no findings: nothing at all on stdout, exit 0', () => {
    const r = run(['lint', '--format', 'github', '--now', NOW, 'clean.md'], tmp);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
  });
});

describe('lint --format gitlab', () => {
  const SEVERITIES = new Set(['info', 'minor', 'major', 'critical', 'blocker']);

  function gitlab(args, cwd = tmp) {
    const r = run(['lint', '--format', 'gitlab', '--now', NOW, ...args], cwd);
    return { ...r, report: JSON.parse(r.stdout) };
  }
  function json(args, cwd = tmp) {
    return JSON.parse(run(['lint', '--format', 'json', '--now', NOW, ...args], cwd).stdout);
  }

  const ARGS = ['vague.md', ODD, 'twice.md', 'site/.well-known/security.txt'];

  test('every issue has exactly the Code Quality fields, with their types', () => {
    const { status, report } = gitlab(ARGS);
    assert.equal(status, 1);
    assert.ok(Array.isArray(report));
    assert.equal(report.length, 19); // 4 + 5 + 5 + 5
    for (const issue of report) {
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.equal(typeof issue.description, 'string');
      assert.ok(issue.description.length > 0);
      assert.equal(typeof issue.check_name, 'string');
      assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
      assert.ok(SEVERITIES.has(issue.severity), issue.severity);
      assert.deepEqual(Object.keys(issue.location).sort(), ['lines', 'path']);
      assert.equal(typeof issue.location.path, 'string');
      assert.ok(!path.isAbsolute(issue.location.path) && !issue.location.path.includes('\\'), issue.location.path);
      assert.deepEqual(Object.keys(issue.location.lines), ['begin']);
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
    }
  });

  test('codes, messages, severities and lines follow the JSON findings (line + 1)', () => {
    const { report } = gitlab(ARGS);
    const SEVERITY = { hint: 'info', info: 'minor', warning: 'major', error: 'critical' };
    const expected = json(ARGS).flatMap((file) =>
      file.findings.map((f) => ({
        check_name: f.code,
        description: f.message,
        severity: SEVERITY[f.severity],
        location: { path: file.file.split(path.sep).join('/'), lines: { begin: f.range.start.line + 1 } },
      })),
    );
    assert.deepEqual(
      report.map(({ fingerprint: _, ...rest }) => rest),
      expected,
    );
    const placeholder = report.find((i) => i.check_name === 'placeholder-email');
    assert.deepEqual(placeholder.location, { path: `${ODD}/SECURITY.md`, lines: { begin: 5 } });
    assert.equal(placeholder.severity, 'critical');
    assert.equal(report.find((i) => i.check_name === 'obfuscated-email').severity, 'info');
    assert.equal(report.find((i) => i.check_name === 'missing-disclosure-policy').severity, 'minor');
    assert.deepEqual(
      report.filter((i) => i.check_name === 'vague-sla').map((i) => [i.location.path, i.location.lines.begin]),
      [
        ['vague.md', 5],
        ['twice.md', 5],
        ['twice.md', 7],
      ],
    );
  });

  test('fingerprints are unique, also for the two identical lines of twice.md', () => {
    const { report } = gitlab(ARGS);
    assert.equal(new Set(report.map((i) => i.fingerprint)).size, report.length);
    const twice = report.filter((i) => i.location.path === 'twice.md' && i.check_name === 'vague-sla');
    const line = 'Email security@lanternworks.io. We will reply as soon as possible.';
    assert.deepEqual(
      twice.map((i) => i.fingerprint),
      [expectedFingerprint('twice.md', 'vague-sla', line, 1), expectedFingerprint('twice.md', 'vague-sla', line, 2)],
    );
  });

  test('two separate runs give identical reports', () => {
    assert.equal(
      run(['lint', '--format', 'gitlab', '--now', NOW, ...ARGS], tmp).stdout,
      run(['lint', '--format', 'gitlab', '--now', NOW, ...ARGS], tmp).stdout,
    );
  });

  test('blank lines inserted above a finding leave every fingerprint as it was; only lines.begin moves', () => {
    const plain = gitlab(['vague.md'], path.join(tmp, 'plain')).report;
    const moved = gitlab(['vague.md'], path.join(tmp, 'moved')).report;
    assert.deepEqual(
      moved.map((i) => i.fingerprint),
      plain.map((i) => i.fingerprint),
    );
    assert.deepEqual(
      plain.map((i) => i.location.lines.begin),
      [1, 1, 1, 5],
    );
    assert.deepEqual(
      moved.map((i) => i.location.lines.begin),
      [1, 1, 1, 8],
    );
    // The fingerprint is of the path relative to the working directory, so this is the same file.
    assert.deepEqual(
      gitlab(['vague.md']).report.map((i) => i.fingerprint),
      plain.map((i) => i.fingerprint),
    );
  });

  test('no findings: an empty array, exit 0', () => {
    const r = run(['lint', '--format', 'gitlab', '--now', NOW, 'clean.md'], tmp);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '[]\n');
  });

  test('a missing file: exit 2, and the report of the readable files is still valid JSON', () => {
    const r = gitlab(['vague.md', 'nowhere.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /nowhere\.md/);
    assert.equal(r.report.length, 4);
  });
});
