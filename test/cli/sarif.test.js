// @ts-check
'use strict';
// `security-md lint --format sarif` and `--max-warnings`. Build first: node scripts/build.mjs
// No SARIF schema validator is a dependency of the project, so the structure is checked by hand
// against SARIF 2.1.0 as GitHub code scanning reads it.

const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const { COMPLETE_POLICY, ONE_SECTION_POLICY, testRepository, runCliSync } = require('./fixtures.js');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = path.resolve(__dirname, '../..');
const core = require(path.join(ROOT, 'dist', 'core.js'));
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const NOW = '2026-03-01T00:00:00Z';
const ALL_RULES = [...core.rules, ...core.securityTxtRules];
const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const run = (args, cwd) => runCliSync(args, { cwd });

// Invented fixtures.

/** Three warnings and an info, no error: a vague promise on line 5. */
const VAGUE = ONE_SECTION_POLICY;

/** No findings at all. */
const CLEAN = COMPLETE_POLICY;

/** Errors: a placeholder address and so no contact. */
const BROKEN = ['# Security', '', '## Reporting a Vulnerability', '', 'Write to security@example.org with the details.', ''].join('\n');

/** CRLF line ends and characters outside the BMP before the vague promise. */
const WIDE =
  '# Security Policy 🔒\r\n\r\n## Reporting a Vulnerability\r\n\r\nEmail sec@lanternworks.io 😀 — we will reply as soon as possible.\r\n';

/** A security.txt with an error, a hint and an info. */
const TXT = 'Contact: http://lanternworks.io/report\nContact: mailto:sec@lanternworks.io\nFlavour: vanilla\n';

const tmp = testRepository('security-md-sarif-', {
  'vague.md': VAGUE,
  'clean.md': CLEAN,
  'broken.md': BROKEN,
  'repo/.github/SECURITY.md': WIDE,
  'site/.well-known/security.txt': TXT,
  'with space/SECURITY.md': VAGUE,
});

function sarif(args) {
  const r = run(['lint', '--format', 'sarif', '--now', NOW, ...args], tmp);
  /** @type {any} */
  let log;
  assert.doesNotThrow(
    () => {
      log = JSON.parse(r.stdout);
    },
    `SARIF output is JSON: ${r.stdout.slice(0, 200)} ${r.stderr}`,
  );
  return { ...r, log };
}

function json(args) {
  const r = run(['lint', '--format', 'json', '--now', NOW, ...args], tmp);
  return { ...r, results: JSON.parse(r.stdout) };
}

describe('lint --format sarif: the log and the tool', () => {
  let log;
  before(() => {
    ({ log } = sarif(['vague.md']));
  });

  test('SARIF 2.1.0 with a $schema and exactly one run', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(typeof log.$schema, 'string');
    assert.match(log.$schema, /^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
    assert.ok(Array.isArray(log.runs));
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.ok(Array.isArray(log.runs[0].results));
  });

  test('tool.driver: name security-md and the package version', () => {
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'security-md');
    assert.equal(driver.version, VERSION);
    if (driver.informationUri !== undefined) assert.match(driver.informationUri, /^https:\/\//);
  });

  test('driver.rules lists every rule of core.rules and core.securityTxtRules, in that order', () => {
    const list = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      list.map((r) => r.id),
      ALL_RULES.map((r) => r.code),
    );
    assert.equal(new Set(list.map((r) => r.id)).size, list.length, 'rule ids are unique');
  });

  test('each rule: descriptions, help link to its docs page and the default level', () => {
    const list = log.runs[0].tool.driver.rules;
    for (const [i, rule] of ALL_RULES.entries()) {
      const entry = list[i];
      assert.equal(entry.id, rule.code);
      assert.equal(entry.shortDescription.text, rule.description, rule.code);
      assert.equal(typeof entry.fullDescription.text, 'string', rule.code);
      assert.ok(entry.fullDescription.text.includes(rule.description), rule.code);
      assert.ok(entry.helpUri.endsWith(`/docs/rules/${rule.code}.md`), `${rule.code}: ${entry.helpUri}`);
      assert.match(entry.helpUri, /^https:\/\//);
      assert.ok(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.code}.md`)), `docs page of ${rule.code}`);
      // Rules only profiles turn on are disabled by default, with the level a profile gives them.
      if (rule.severity === 'off') assert.deepEqual(entry.defaultConfiguration, { level: 'warning', enabled: false }, rule.code);
      else assert.deepEqual(entry.defaultConfiguration, { level: LEVEL[rule.severity] }, rule.code);
    }
  });

  test('the level mapping covers every severity: error, warning, info and hint all occur', () => {
    const severities = new Set(ALL_RULES.map((r) => r.severity));
    assert.deepEqual([...severities].sort(), ['error', 'hint', 'info', 'off', 'warning']);
    const list = log.runs[0].tool.driver.rules;
    const byCode = new Map(list.map((r) => [r.id, r.defaultConfiguration.level]));
    assert.equal(byCode.get('obfuscated-email'), 'note'); // hint
    assert.equal(byCode.get('stale-policy'), 'note'); // info
    assert.equal(byCode.get('vague-sla'), 'warning');
    assert.equal(byCode.get('no-contact'), 'error');
  });
});

describe('lint --format sarif: results', () => {
  /** Checks every SARIF result against the JSON format's finding at the same index. */
  function assertMatchesJson(log, jsonResults) {
    const run0 = log.runs[0];
    const rulesList = run0.tool.driver.rules;
    const expected = jsonResults.flatMap((file) => file.findings.map((f) => ({ file: file.file, ...f })));
    assert.equal(run0.results.length, expected.length);
    for (const [i, result] of run0.results.entries()) {
      const f = expected[i];
      assert.equal(result.ruleId, f.code);
      assert.equal(typeof result.ruleIndex, 'number', `ruleIndex of ${f.code}`);
      assert.equal(rulesList[result.ruleIndex].id, f.code, `ruleIndex of ${f.code} points at its rule`);
      assert.equal(result.level, LEVEL[f.severity]);
      assert.equal(result.message.text, f.message);
      assert.equal(result.locations.length, 1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(artifactLocation.uri, f.file.split(path.sep).join('/'));
      assert.ok(!path.isAbsolute(artifactLocation.uri), artifactLocation.uri);
      assert.ok(!artifactLocation.uri.includes('\\'), artifactLocation.uri);
      assert.deepEqual(region, {
        startLine: f.range.start.line + 1,
        startColumn: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
      });
    }
  }

  test('a policy with warnings: every result matches the JSON finding, region = range + 1', () => {
    const s = sarif(['vague.md']);
    const j = json(['vague.md']);
    assert.equal(s.status, 0);
    assert.deepEqual(
      s.log.runs[0].results.map((r) => r.ruleId),
      ['missing-disclosure-policy', 'missing-response-time', 'missing-supported-versions', 'vague-sla'],
    );
    assertMatchesJson(s.log, j.results);
    const vague = s.log.runs[0].results[3];
    // "as soon as possible" on line 5, columns 47 to 66 (1-based, end exclusive).
    assert.deepEqual(vague.locations[0].physicalLocation.region, { startLine: 5, startColumn: 47, endLine: 5, endColumn: 66 });
    assert.equal(vague.locations[0].physicalLocation.artifactLocation.uri, 'vague.md');
    assert.equal(vague.level, 'warning');
    assert.equal(s.log.runs[0].results[0].level, 'note'); // missing-disclosure-policy is info
  });

  test('several files, a folder argument and a security.txt: relative URIs with forward slashes', () => {
    const args = ['broken.md', 'repo', 'site/.well-known/security.txt'];
    const s = sarif(args);
    const j = json(args);
    assert.equal(s.status, 1);
    assertMatchesJson(s.log, j.results);
    const uris = [...new Set(s.log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))];
    assert.deepEqual(uris, ['broken.md', 'repo/.github/SECURITY.md', 'site/.well-known/security.txt']);
    const txt = s.log.runs[0].results.filter((r) => r.ruleId.startsWith('securitytxt/'));
    assert.deepEqual(
      txt.map((r) => [r.ruleId, r.level]),
      [
        ['securitytxt/no-expires', 'error'],
        ['securitytxt/not-signed', 'note'],
        ['securitytxt/not-https', 'error'],
        ['securitytxt/no-encryption', 'note'],
        ['securitytxt/unknown-field', 'note'],
      ],
    );
    // security.txt rules come after the 19 policy rules in driver.rules.
    for (const r of txt) assert.ok(r.ruleIndex >= core.rules.length, r.ruleId);
    const placeholder = s.log.runs[0].results.find((r) => r.ruleId === 'placeholder-email');
    assert.equal(placeholder.level, 'error');
    assert.deepEqual(placeholder.locations[0].physicalLocation.region, { startLine: 5, startColumn: 10, endLine: 5, endColumn: 30 });
  });

  test('CRLF line ends count once and columns are UTF-16 code units (emoji count two)', () => {
    const s = sarif(['repo/.github/SECURITY.md']);
    const j = json(['repo/.github/SECURITY.md']);
    assertMatchesJson(s.log, j.results);
    const vague = s.log.runs[0].results.find((r) => r.ruleId === 'vague-sla');
    const line = 'Email sec@lanternworks.io 😀 — we will reply as soon as possible.';
    const start = line.indexOf('as soon as possible'); // UTF-16 index
    assert.deepEqual(vague.locations[0].physicalLocation.region, {
      startLine: 5,
      startColumn: start + 1,
      endLine: 5,
      endColumn: start + 'as soon as possible'.length + 1,
    });
  });

  test('a run from a sub-folder gives URIs relative to that working directory', () => {
    const r = run(['lint', '--format', 'sarif', '--now', NOW, '.github/SECURITY.md'], path.join(tmp, 'repo'));
    const log = JSON.parse(r.stdout);
    const uris = new Set(log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['.github/SECURITY.md']);
  });

  test('an absolute path argument still gives a relative URI', () => {
    const s = sarif([path.join(tmp, 'vague.md')]);
    const uris = new Set(s.log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['vague.md']);
  });

  test('artifactLocation.uri is a valid URI reference: a space in a folder name is percent-encoded', () => {
    // SARIF 2.1.0 §3.4.3: "uri" SHALL be a valid URI reference (RFC 3986), which has no spaces.
    const s = sarif(['with space/SECURITY.md']);
    const uris = new Set(s.log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['with%20space/SECURITY.md']);
  });

  test('a clean policy: no results, exit 0', () => {
    const s = sarif(['clean.md']);
    assert.equal(s.status, 0);
    assert.deepEqual(s.log.runs[0].results, []);
    assert.equal(s.log.runs[0].tool.driver.rules.length, ALL_RULES.length);
  });
});

describe('lint --format sarif: fingerprints and the root', () => {
  const ARGS = ['vague.md', 'broken.md', 'repo', 'site/.well-known/security.txt'];
  const prints = (log) => log.runs[0].results.map((r) => r.partialFingerprints['securityMd/v1']);

  test('originalUriBaseIds: %SRCROOT% is the working directory as a file URI ending in "/"', () => {
    const { log } = sarif(['vague.md']);
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(fs.realpathSync(tmp)).href}/` } });
    const sub = JSON.parse(run(['lint', '--format', 'sarif', '--now', NOW, '.github/SECURITY.md'], path.join(tmp, 'repo')).stdout);
    assert.deepEqual(sub.runs[0].originalUriBaseIds, {
      '%SRCROOT%': { uri: `${pathToFileURL(fs.realpathSync(path.join(tmp, 'repo'))).href}/` },
    });
  });

  test('every result has exactly one partial fingerprint, 32 hex digits, all different', () => {
    const { log } = sarif(ARGS);
    assert.equal(log.runs[0].results.length, 18); // 4 + 5 + 4 + 5
    for (const r of log.runs[0].results) {
      assert.deepEqual(Object.keys(r.partialFingerprints), ['securityMd/v1']);
      assert.match(r.partialFingerprints['securityMd/v1'], /^[0-9a-f]{32}$/);
    }
    assert.equal(new Set(prints(log)).size, log.runs[0].results.length);
  });

  test('the fingerprints are the same in a second run and in the GitLab report', () => {
    const first = prints(sarif(ARGS).log);
    assert.deepEqual(prints(sarif(ARGS).log), first);
    const gitlab = JSON.parse(run(['lint', '--format', 'gitlab', '--now', NOW, ...ARGS], tmp).stdout);
    assert.deepEqual(
      gitlab.map((i) => i.fingerprint),
      first,
    );
  });

  test('the same file from a sub-folder: another relative path, so other fingerprints', () => {
    const here = prints(sarif(['repo/.github/SECURITY.md']).log);
    const sub = JSON.parse(run(['lint', '--format', 'sarif', '--now', NOW, '.github/SECURITY.md'], path.join(tmp, 'repo')).stdout);
    assert.equal(prints(sub).length, here.length);
    for (const [i, print] of prints(sub).entries()) assert.notEqual(print, here[i]);
  });
});

describe('lint --format sarif: exit codes as for text', () => {
  /** @type {[string, string[], number][]} */
  const cases = [
    ['clean', ['clean.md'], 0],
    ['warnings and infos only', ['vague.md'], 0],
    ['errors', ['broken.md'], 1],
    ['a security.txt with errors', ['site/.well-known/security.txt'], 1],
    ['a missing file', ['nowhere.md'], 2],
    ['a missing file among readable ones', ['vague.md', 'nowhere.md'], 2],
  ];
  for (const [name, files, code] of cases) {
    test(`${name}: exit ${code} in text, json, sarif, github and gitlab`, () => {
      for (const format of ['text', 'json', 'sarif', 'github', 'gitlab']) {
        const r = run(['lint', '--format', format, '--now', NOW, ...files], tmp);
        assert.equal(r.status, code, `${format}: ${r.stderr}`);
        if (code === 2) assert.match(r.stderr, /nowhere\.md/, format);
      }
    });
  }

  test('a missing file: the SARIF on stdout is still a valid log with the readable files', () => {
    const s = sarif(['vague.md', 'nowhere.md']);
    assert.equal(s.status, 2);
    assert.equal(s.log.version, '2.1.0');
    assert.equal(s.log.runs[0].results.length, 4);
  });
});

describe('--max-warnings', () => {
  // vague.md has 3 warnings, no errors; broken.md has 2 errors and 2 warnings.
  const STDERR = /^security-md: 3 warnings, more than --max-warnings (\d+)$/m;

  test('more warnings than N: exit 1 and a stderr line saying so', () => {
    for (const n of ['0', '2']) {
      for (const format of ['text', 'sarif']) {
        const r = run(['lint', '--format', format, '--max-warnings', n, '--now', NOW, 'vague.md'], tmp);
        assert.equal(r.status, 1, `${n} ${format}`);
        const m = STDERR.exec(r.stderr);
        assert.ok(m, r.stderr);
        assert.equal(m[1], n);
      }
    }
  });

  test('N or fewer warnings and no errors: exit 0 and nothing on stderr', () => {
    for (const n of ['3', '4', '100']) {
      const r = run(['lint', '--max-warnings', n, '--now', NOW, 'vague.md'], tmp);
      assert.equal(r.status, 0, n);
      assert.equal(r.stderr, '');
    }
    const inline = run(['lint', '--max-warnings=3', '--now', NOW, 'vague.md'], tmp);
    assert.equal(inline.status, 0);
  });

  test('the warnings of every file add up', () => {
    // 3 + 3 = 6 warnings.
    const over = run(['lint', '--max-warnings', '5', '--now', NOW, 'vague.md', 'with space/SECURITY.md'], tmp);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /6 warnings, more than --max-warnings 5/);
    assert.equal(run(['lint', '--max-warnings', '6', '--now', NOW, 'vague.md', 'with space/SECURITY.md'], tmp).status, 0);
  });

  test('errors still fail when the warnings are within N', () => {
    const r = run(['lint', '--max-warnings', '10', '--now', NOW, 'broken.md'], tmp);
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stderr, /more than --max-warnings/);
  });

  test('clean file with --max-warnings 0: exit 0', () => {
    assert.equal(run(['lint', '--max-warnings', '0', 'clean.md'], tmp).status, 0);
  });

  for (const bad of ['-1', 'abc', '2.5', '-0.5']) {
    test(`--max-warnings ${bad} is a usage error (exit 2)`, () => {
      const r = run(['lint', '--max-warnings', bad, 'vague.md'], tmp);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--max-warnings/);
      assert.match(r.stderr, /Usage:/);
      assert.equal(r.stdout, '');
    });
  }

  test('--max-warnings without a value is a usage error', () => {
    const r = run(['lint', 'vague.md', '--max-warnings'], tmp);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--max-warnings needs a value/);
  });

  test('--max-warnings= (an empty value) is a usage error, not 0', () => {
    const r = run(['lint', '--max-warnings=', 'vague.md'], tmp);
    assert.equal(r.status, 2, `exit ${r.status}, stderr: ${r.stderr}`);
    assert.match(r.stderr, /--max-warnings must be a whole number/);
  });
});
