// @ts-check
'use strict';
// security-md check: the compliance checklist in text, JSON and Markdown, and its exit codes.

const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { COMPLETE_POLICY, tempRepository, testRepository, runCliSync } = require('./fixtures.js');

const run = (args, cwd) => runCliSync(args, { cwd });

/** COMPLETE_POLICY (contact on line 11, acknowledgement in 2 business days) plus a scope line. */
const POLICY = COMPLETE_POLICY.replace('# Security Policy\n', '# Security Policy\n\nThis policy covers the Lantern server.\n');

describe('security-md check', () => {
  const repo = testRepository('secmd-check-', { 'SECURITY.md': POLICY });
  const contact = 'line 14: Email security@lanternworks.io with a description. We acknowledge reports within 2 business days.';
  const criteria = 'https://www.bestpractices.dev/en/criteria/0#0.';

  test('text: each requirement met, the line that meets it, and its source; exit 0 when all are met', () => {
    const r = run(['check', '--profile', 'openssf-best-practices', 'SECURITY.md'], repo);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        'SECURITY.md: OpenSSF Best Practices badge (passing) (openssf-best-practices): 3 of 3 requirements met',
        '',
        '  met      A published process for reporting vulnerabilities',
        `           ${contact}`,
        `           source: vulnerability_report_process <${criteria}vulnerability_report_process>`,
        '  met      A private channel, if private vulnerability reports are supported',
        `           ${contact}`,
        `           source: vulnerability_report_private <${criteria}vulnerability_report_private>`,
        '  met      An initial response to vulnerability reports within 14 days',
        `           ${contact}`,
        `           source: vulnerability_report_response <${criteria}vulnerability_report_response>`,
        '',
      ].join('\n'),
    );
  });

  test('json: the requirements with met, evidence, rules and what is missing; exit 1 when one is not met', () => {
    const r = run(['check', '--profile', 'cisa-bod-20-01', '--format', 'json', repo], repo);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.profile, 'cisa-bod-20-01');
    assert.deepEqual(
      report.requirements.map((q) => [q.id, q.met]),
      [
        ['scope', false],
        ['safe-harbor', false],
        ['reporting', false],
        ['acknowledgement', true],
        ['no-personal-data', true],
        ['no-disclosure-restriction', true],
      ],
    );
    const [scope, , , acknowledgement] = report.requirements;
    assert.deepEqual(scope.rules, ['missing-scope', 'missing-test-restrictions']);
    assert.equal(scope.evidence, null);
    assert.deepEqual(scope.problems, [
      {
        rule: 'missing-test-restrictions',
        line: null,
        message:
          'Nothing says which testing methods are not allowed: rule out denial of service, social engineering, spam and physical testing.',
      },
    ]);
    assert.deepEqual(acknowledgement.evidence, {
      line: 14,
      text: 'Email security@lanternworks.io with a description. We acknowledge reports within 2 business days.',
    });
    assert.match(acknowledgement.source, /BOD 20-01/);
  });

  test('markdown: a checklist with links to each rule page and source', () => {
    const r = run(['check', '--profile', 'cisa-bod-20-01', '--format', 'markdown', 'SECURITY.md'], repo);
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '## CISA Binding Operational Directive 20-01: 3 of 6 met');
    assert.ok(lines.includes('- [ ] **Which systems are in scope and which testing methods are not authorized**'), r.stdout);
    assert.ok(lines.includes(`  - ${contact.replace('line 14', 'line 14')}`), r.stdout);
    assert.ok(
      r.stdout.includes('([missing-safe-harbor](https://github.com/security-md/security-md/blob/main/docs/rules/missing-safe-harbor.md))'),
    );
  });

  test('several profiles: one checklist each; JSON is then a list', () => {
    const r = run(['check', '--profile', 'openssf-baseline-1', '--profile', 'disclose-io', '--format', 'json', 'SECURITY.md'], repo);
    assert.equal(r.status, 1);
    assert.deepEqual(
      JSON.parse(r.stdout).map((p) => p.profile),
      ['openssf-baseline-1', 'disclose-io'],
    );
  });

  test('the profiles of .securitymd.json when no --profile is given', () => {
    const dir = tempRepository('secmd-check-config-', {
      'SECURITY.md': POLICY,
      '.securitymd.json': '{"profiles": ["openssf-baseline-1"]}',
    });
    try {
      const r = run(['check'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(
        r.stdout.startsWith('SECURITY.md: OpenSSF Security Baseline, level 1 (openssf-baseline-1): 1 of 1 requirements met\n'),
        r.stdout,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no profile anywhere, an unknown profile, an unknown format: exit 2 and why', () => {
    const none = run(['check', 'SECURITY.md'], repo);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^security-md: check needs a profile: --profile ID, or "profiles" in \.securitymd\.json \(known: github, /);
    const unknown = run(['check', '--profile', 'cra', 'SECURITY.md'], repo);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^security-md: --profile: no profile "cra" \(known: github, openssf-baseline-1, /);
    const format = run(['check', '--profile', 'github', '--format', 'sarif'], repo);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /^security-md: check: --format must be text, json or markdown, not "sarif"/);
  });

  test('a folder without a policy: exit 2', () => {
    const dir = tempRepository('secmd-check-empty-', {});
    try {
      const r = run(['check', '--profile', 'github', dir], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no SECURITY\.md in the folder/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security-md lint --profile', () => {
  const repo = testRepository('secmd-lint-profile-', { 'SECURITY.md': POLICY });

  test('turns on the profile rules at warning; without it they are off', () => {
    const codes = (args) =>
      JSON.parse(run(['lint', '--format', 'json', ...args, 'SECURITY.md'], repo).stdout)[0].findings.map((f) => f.code);
    assert.deepEqual(codes([]), []);
    assert.deepEqual(codes(['--profile', 'cisa-bod-20-01']), [
      'missing-report-contents',
      'missing-safe-harbor',
      'missing-test-restrictions',
    ]);
    const severities = JSON.parse(
      run(['lint', '--format', 'json', '--profile', 'cisa-bod-20-01', 'SECURITY.md'], repo).stdout,
    )[0].findings.map((f) => f.severity);
    assert.deepEqual(severities, ['warning', 'warning', 'warning']);
  });

  test('a severity set in .securitymd.json wins over the profile', () => {
    fs.writeFileSync(path.join(repo, '.securitymd.json'), '{"rules": {"missing-safe-harbor": "off", "missing-scope": "error"}}');
    try {
      const r = run(['lint', '--format', 'json', '--profile', 'cisa-bod-20-01', 'SECURITY.md'], repo);
      assert.deepEqual(
        JSON.parse(r.stdout)[0].findings.map((f) => `${f.code} ${f.severity}`),
        ['missing-report-contents warning', 'missing-test-restrictions warning'],
      );
    } finally {
      fs.rmSync(path.join(repo, '.securitymd.json'));
    }
  });
});
