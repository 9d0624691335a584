// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md, forRule } = require('../helpers.js');

const CODE = 'public-issue-reporting';
const { expectOne } = forRule(CODE);

/** A policy whose reporting section holds `body` and nothing else (no private channel). */
function policy(body) {
  return md('# Tollgate Security Policy', '', '## Reporting a Vulnerability', '', body);
}

function expectSentences(body, sentences) {
  assert.deepEqual(slicesOf(policy(body), CODE), sentences, `for ${JSON.stringify(body)}`);
}

test('fires on an instruction to report in the issue tracker: sentence range, warning, says what to do', () => {
  const text = policy('Please report security vulnerabilities in our issue tracker. Thanks for helping.');
  const f = expectOne(text, { severity: 'warning', covers: 'Please report security vulnerabilities in our issue tracker.' });
  // It says what to do: use a private channel instead.
  assert.match(f.message, /private/);
  assert.match(f.message, /instead/);
});

test('fires on the common English phrasings', () => {
  expectSentences('To report a vulnerability, please open an issue.', ['To report a vulnerability, please open an issue.']);
  expectSentences('Security problems can be filed as a new issue.', ['Security problems can be filed as a new issue.']);
  expectSentences('Post security reports in github discussions.', ['Post security reports in github discussions.']);
  expectSentences('Report vulnerabilities on GitHub Issues.', ['Report vulnerabilities on GitHub Issues.']);
});

test('fires whatever the capitalization: a sentence-initial "Open", "GitHub issue", "Issue Tracker"', () => {
  expectSentences('Open an issue to report a vulnerability.', ['Open an issue to report a vulnerability.']);
  expectSentences('Open a GitHub issue to report a vulnerability.', ['Open a GitHub issue to report a vulnerability.']);
  expectSentences('Please open a GitHub issue for security bugs.', ['Please open a GitHub issue for security bugs.']);
  expectSentences('Report vulnerabilities in the Issue Tracker.', ['Report vulnerabilities in the Issue Tracker.']);
  expectSentences('Post security reports in GitHub Discussions.', ['Post security reports in GitHub Discussions.']);
});

test('fires on a link to the issues page', () => {
  expectSentences('Report it [here](https://github.com/tollgate/tollgate/issues).', [
    'Report it [here](https://github.com/tollgate/tollgate/issues).',
  ]);
  expectSentences('Report it [here](https://github.com/tollgate/tollgate/issues/new).', [
    'Report it [here](https://github.com/tollgate/tollgate/issues/new).',
  ]);
});

test('fires on a relative link to ../../issues in Japanese', () => {
  const body = '脆弱性を見つけた場合は、GitHub の [Issues](../../issues) に報告してください。';
  const text = policy(body);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), body);
});

test('fires when a negation comes after the place: "report it in the issue tracker, don\'t expect a quick response"', () => {
  expectSentences("Report it in the issue tracker, don't expect a quick response.", [
    "Report it in the issue tracker, don't expect a quick response.",
  ]);
});

test('fires outside the reporting section when the sentence is about security', () => {
  const text = md('# Tollgate', '', '## Contributing', '', 'Report security vulnerabilities in the issue tracker.');
  assert.deepEqual(slicesOf(text, CODE), ['Report security vulnerabilities in the issue tracker.']);
});

test('silent: any private channel exists', () => {
  expectSentences(md('Please report security vulnerabilities in our issue tracker.', '', 'Sensitive reports: security@tollgate.dev.'), []);
  expectSentences(
    md(
      'Please report security vulnerabilities in our issue tracker.',
      '',
      'Or use [private reporting](https://github.com/tollgate/tollgate/security/advisories/new).',
    ),
    [],
  );
});

test('silent: "Do not open a public issue"', () => {
  expectSentences('Do not open a public issue for security vulnerabilities.', []);
  expectSentences("Please don't report security problems in the issue tracker.", []);
  expectSentences('Never file a GitHub issue for a vulnerability.', []);
});

test('silent: Korean with the negation after the verb ("게시하지 말고")', () => {
  expectSentences('공개 이슈에 바로 게시하지 말고 비공개로 제보해 주세요.', []);
});

test('silent: "the issue" meaning "the problem"', () => {
  expectSentences('Credit the reporter when disclosing the issue.', []);
  expectSentences('We will fix the issue and report back to you.', []);
});

test('silent: ordinary bugs in a section that is not about security', () => {
  const text = md('# Tollgate Security Policy', '', '## Contributing', '', 'Report ordinary bugs in the issue tracker.');
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: a heading that names the issue tracker', () => {
  const text = md('# Tollgate Security Policy', '', '## Reporting in the issue tracker', '', 'Only for non-sensitive questions.');
  assert.deepEqual(findingsOf(text, CODE), []);
});
