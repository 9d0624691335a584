// @ts-check
'use strict';
// The GitHub Action: the committed bundle is what the build makes, and run with a simulated runner
// (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, INPUT_*) it prints annotations within the
// runner's limits, writes the job summary, the outputs and SARIF, and exits as fail-on says.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { COMPLETE_POLICY, ONE_SECTION_POLICY } = require('../cli/fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'action', 'index.js');
const DOCS = 'https://github.com/security-md/security-md/blob/main/docs/rules/';

let scratch;
before(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-action-'))));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A workspace holding these files, and the runner's files beside it. */
function workspace(files) {
  const dir = path.join(scratch, `run${++counter}`);
  const ws = path.join(dir, 'workspace');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  }
  fs.mkdirSync(ws, { recursive: true });
  return { ws, summary: path.join(dir, 'summary.md'), output: path.join(dir, 'output') };
}

/** Runs the bundle as the runner does: inputs as INPUT_<NAME> (hyphens kept), from another folder. */
function runAction(where, inputs = {}) {
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: where.ws, GITHUB_STEP_SUMMARY: where.summary, GITHUB_OUTPUT: where.output };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: scratch, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  return {
    status: r.status,
    lines: r.stdout.split('\n'),
    stdout: r.stdout,
    stderr: r.stderr,
    summary: read(where.summary),
    output: read(where.output),
  };
}

const annotations = (lines) => lines.filter((l) => /^::(error|warning|notice) /.test(l));

describe('action.yml and the committed bundle', () => {
  const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

  test('a JavaScript action on node20 whose entry is the committed bundle', () => {
    assert.match(yml, /^runs:\n {2}using: node20\n {2}main: action\/index\.js\n/m);
    assert.ok(fs.existsSync(BUNDLE));
  });

  test('its inputs and outputs', () => {
    const block = (name) => yml.slice(yml.indexOf(`\n${name}:\n`) + 1).split(/\n(?=\S)/)[0];
    const keys = (name) => [...block(name).matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
    assert.deepEqual(keys('inputs'), ['path', 'config', 'fail-on', 'sarif-file', 'format']);
    assert.deepEqual(keys('outputs'), ['errors', 'warnings', 'score']);
    assert.match(block('inputs'), /fail-on:\n(?: {4}.*\n)* {4}default: error\n/);
  });

  test('the committed bundle is exactly what `npm run build` makes from the sources', () => {
    const fresh = path.join(scratch, 'fresh-action.js');
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--action', fresh], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(
      fs.readFileSync(fresh).equals(fs.readFileSync(BUNDLE)),
      'action/index.js is out of date: run `npm run build` and commit action/index.js',
    );
  });
});

describe('the Action in a simulated runner', () => {
  test('a repository with problems: annotations, summary, outputs, SARIF; fails on its error', () => {
    const where = workspace({
      '.github/SECURITY.md': ONE_SECTION_POLICY,
      'SECURITY.md': '# Old policy\n\nTODO\n',
      '.well-known/security.txt': 'Contact: mailto:security@lanternworks.io\n',
    });
    const r = runAction(where, { 'sarif-file': 'reports/security-md.sarif' });
    assert.equal(r.status, 1, r.stdout);
    assert.equal(r.stderr, '');
    assert.deepEqual(annotations(r.lines), [
      '::notice file=.github/SECURITY.md,line=1,endLine=1,col=1,endColumn=18,title=missing-disclosure-policy::No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      '::warning file=.github/SECURITY.md,line=1,endLine=1,col=1,endColumn=18,title=missing-response-time::No response time: say when reporters will hear back, e.g. "We acknowledge reports within 3 business days."',
      '::warning file=.github/SECURITY.md,line=1,endLine=1,col=1,endColumn=18,title=missing-supported-versions::No "Supported Versions" section: add one with a table of the versions that receive security fixes.',
      '::warning file=.github/SECURITY.md,line=5,endLine=5,col=47,endColumn=66,title=vague-sla::"as soon as possible" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".',
      '::warning file=SECURITY.md,line=1,endLine=1,col=1,endColumn=13,title=shadowed-policy::GitHub shows .github/SECURITY.md and never this file (it looks in .github/, the root, then docs/ and takes the first SECURITY.md it finds). Move what only this file says into .github/SECURITY.md, then delete this one.',
      r.lines.find((l) =>
        l.startsWith(
          '::error file=.well-known/security.txt,line=1,endLine=1,col=1,endColumn=41,title=securitytxt/no-expires::No Expires field',
        ),
      ),
      '::notice file=.well-known/security.txt,line=1,endLine=1,col=1,endColumn=41,title=securitytxt/not-signed::This security.txt is not signed: RFC 9116 recommends an OpenPGP cleartext signature so that readers can check it is yours ("gpg --clearsign security.txt"; add Canonical first).',
      '::notice file=.well-known/security.txt,line=1,endLine=1,col=10,endColumn=41,title=securitytxt/no-encryption::Reports sent by e-mail can be read on the way: add "Encryption: https://…/pgp-key.txt" so reporters can encrypt them.',
    ]);
    assert.equal(r.lines.at(-2), 'security-md: 1 error, 4 warnings, 1 info, 2 hints in 3 files. The step fails (fail-on: error).');
    assert.ok(r.lines.includes('8 problems (1 error, 4 warnings, 1 info, 2 hints)'), 'the text report is in the log');
    assert.equal(r.output, 'errors=1\nwarnings=4\nscore=9\n');

    const summary = r.summary.split('\n');
    assert.equal(summary[0], '## SECURITY.md lint');
    assert.ok(summary.includes('8 problems in 3 files: 1 error, 4 warnings, 1 info, 2 hints. The step fails (fail-on: error).'));
    assert.ok(
      summary.includes(
        '[OpenSSF Scorecard](https://github.com/ossf/scorecard/blob/main/docs/checks.md#security-policy) Security-Policy: **9/10** for .github/SECURITY.md (for 10: say how vulnerabilities are disclosed and within how many days).',
      ),
      r.summary,
    );
    assert.ok(summary.includes('| File | Line | Severity | Rule | Message |'));
    assert.ok(
      summary.includes(
        `| .github/SECURITY.md | 5 | warning | [vague-sla](${DOCS}vague-sla.md) | "as soon as possible" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days". |`,
      ),
    );
    assert.equal(summary.filter((l) => /^\| (?:\.github\/SECURITY\.md|SECURITY\.md|\.well-known\/security\.txt) \|/.test(l)).length, 8);
    const details = r.summary.slice(r.summary.indexOf('<details>'));
    assert.match(details, /^<details><summary>The security\.txt this policy implies \(RFC 9116\)<\/summary>\n\n```text\n/);
    assert.match(details, /\nContact: mailto:security@lanternworks\.io\nExpires: \d{4}-\d\d-\d\dT[\d:]+Z\n/);
    assert.match(details, /\n```\n\n<\/details>\n$/);

    const sarif = JSON.parse(fs.readFileSync(path.join(where.ws, 'reports', 'security-md.sarif'), 'utf8'));
    const results = sarif.runs[0].results;
    assert.equal(results.length, 8);
    assert.deepEqual(
      [...new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri))],
      ['.github/SECURITY.md', 'SECURITY.md', '.well-known/security.txt'],
    );
    assert.equal(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${require('node:url').pathToFileURL(where.ws).href}/`);
    assert.equal(new Set(results.map((x) => x.partialFingerprints['securityMd/v1'])).size, 8);
  });

  test('fail-on: never passes with errors, warning fails on warnings alone, info on infos', () => {
    const errors = workspace({ 'SECURITY.md': COMPLETE_POLICY.replace('Email security@lanternworks.io', 'Write to us') });
    assert.equal(runAction(errors, { 'fail-on': 'never' }).status, 0);
    assert.equal(runAction(errors, { 'fail-on': 'error' }).status, 1);
    const warnings = workspace({ 'SECURITY.md': ONE_SECTION_POLICY.replace('as soon as possible', 'within 2 business days') });
    const passed = runAction(warnings);
    assert.equal(passed.status, 0);
    assert.match(passed.lines.at(-2), /The step passes \(fail-on: error\)\.$/);
    assert.equal(runAction(warnings, { 'fail-on': 'warning' }).status, 1);
    const infoOnly = workspace({ 'SECURITY.md': COMPLETE_POLICY.replace(/## Disclosure Policy[^]*$/, '') });
    const codes = annotations(runAction(infoOnly, { 'fail-on': 'warning' }).lines).map((l) => /title=([\w/-]+)::/.exec(l)[1]);
    assert.deepEqual(codes, ['missing-disclosure-policy']);
    assert.equal(runAction(infoOnly, { 'fail-on': 'warning' }).status, 0);
    assert.equal(runAction(infoOnly, { 'fail-on': 'info' }).status, 1);
  });

  test('a clean repository: no annotations, "No problems found", score 10', () => {
    const where = workspace({ 'SECURITY.md': COMPLETE_POLICY });
    const r = runAction(where);
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(annotations(r.lines), []);
    assert.equal(r.output, 'errors=0\nwarnings=0\nscore=10\n');
    assert.ok(r.summary.includes('\nNo problems found in 1 file. The step passes (fail-on: error).\n'));
    assert.ok(!r.summary.includes('| File |'));
  });

  test('annotations stop at 10 of each kind per step, and one notice says how many more and where', () => {
    const vague = Array.from({ length: 12 }, (_, i) => `Component ${i + 1}: we will reply as soon as possible.`).join('\n\n');
    const where = workspace({ 'SECURITY.md': `${COMPLETE_POLICY}\n## Components\n\n${vague}\n` });
    const r = runAction(where);
    const shown = annotations(r.lines);
    const vagueShown = shown.filter((l) => l.includes('title=vague-sla::'));
    assert.equal(vagueShown.length, 10);
    assert.equal(
      shown.at(-1),
      '::notice title=security-md::2 more findings are not annotated (GitHub shows 10 annotations of each kind per step): see the job summary and the log.',
    );
    assert.equal(shown.filter((l) => l.startsWith('::warning ')).length, 10);
    assert.equal(r.output, 'errors=0\nwarnings=12\nscore=10\n');
    assert.equal(
      r.summary.split('\n').filter((l) => l.includes(`[vague-sla](${DOCS}vague-sla.md)`)).length,
      12,
      'the summary lists them all',
    );
  });

  test('format json and gitlab print that report in a log group; github prints annotations only', () => {
    const where = workspace({ 'SECURITY.md': ONE_SECTION_POLICY });
    const json = runAction(where, { format: 'json' });
    const start = json.lines.indexOf('::group::security-md report (json)');
    const end = json.lines.indexOf('::endgroup::');
    assert.ok(start >= 0 && end > start, json.stdout);
    assert.equal(JSON.parse(json.lines.slice(start + 1, end).join('\n'))[0].findings.length, 4);
    const gitlab = runAction(where, { format: 'gitlab' });
    const body = gitlab.lines.slice(gitlab.lines.indexOf('::group::security-md report (gitlab)') + 1, gitlab.lines.indexOf('::endgroup::'));
    assert.deepEqual(
      JSON.parse(body.join('\n')).map((i) => [i.check_name, i.location.path]),
      [
        ['missing-disclosure-policy', 'SECURITY.md'],
        ['missing-response-time', 'SECURITY.md'],
        ['missing-supported-versions', 'SECURITY.md'],
        ['vague-sla', 'SECURITY.md'],
      ],
    );
    const github = runAction(where, { format: 'github' });
    assert.deepEqual(
      github.lines.filter((l) => l !== '' && !l.startsWith('::')),
      ['security-md: 0 errors, 3 warnings, 1 info, 0 hints in 1 file. The step passes (fail-on: error).'],
    );
  });

  test('path and config inputs: several paths, one per line; a config file instead of the nearest', () => {
    const where = workspace({
      'a/SECURITY.md': ONE_SECTION_POLICY,
      'b/SECURITY.md': COMPLETE_POLICY,
      'ci/quiet.json': '{ "rules": { "vague-sla": "off", "missing-response-time": "off", "missing-supported-versions": "off" } }',
    });
    const r = runAction(where, { path: 'a\nb/SECURITY.md\n', config: 'ci/quiet.json' });
    assert.equal(r.status, 0);
    assert.deepEqual(
      annotations(r.lines).map((l) => /file=([^,]+)/.exec(l)[1]),
      ['a/SECURITY.md'],
    );
    assert.match(r.lines.at(-2), /^security-md: 0 errors, 0 warnings, 1 info, 0 hints in 2 files\./);
    assert.equal(r.output, 'errors=0\nwarnings=0\nscore=9\n');
  });

  test('what cannot be done fails the step with exit 2 and an error annotation saying why', () => {
    const where = workspace({ 'README.md': '# Nothing here\n' });
    const none = runAction(where);
    assert.equal(none.status, 2);
    assert.ok(none.lines.includes(`::error title=security-md::.: no SECURITY.md in the folder, its .github/ or its docs/`), none.stdout);
    assert.equal(none.output, 'errors=0\nwarnings=0\nscore=\n');
    assert.ok(none.summary.includes('\nNot linted: .: no SECURITY.md in the folder, its .github/ or its docs/\n'));

    const ok = workspace({ 'SECURITY.md': COMPLETE_POLICY });
    const badFailOn = runAction(ok, { 'fail-on': 'sometimes' });
    assert.equal(badFailOn.status, 2);
    assert.deepEqual(badFailOn.lines.filter(Boolean), [
      '::error title=security-md::fail-on must be error, warning, info or never, not "sometimes".',
    ]);
    const badFormat = runAction(ok, { format: 'xml' });
    assert.deepEqual(badFormat.lines.filter(Boolean), [
      '::error title=security-md::format must be text, json, sarif, gitlab or github, not "xml".',
    ]);
    const badConfig = runAction(ok, { config: 'missing.json' });
    assert.equal(badConfig.status, 2);
    assert.deepEqual(badConfig.lines.filter(Boolean), ['::error title=security-md::config: missing.json: no such file']);
  });

  test('without GITHUB_STEP_SUMMARY and GITHUB_OUTPUT (a local run) it still lints and exits as fail-on says', () => {
    const where = workspace({ 'SECURITY.md': COMPLETE_POLICY });
    const r = spawnSync(process.execPath, [BUNDLE], { cwd: where.ws, env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /security-md: 0 errors, 0 warnings, 0 infos, 0 hints in 1 file\. The step passes \(fail-on: error\)\.\n$/);
  });
});
