// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, md, forRule } = require('../helpers.js');

const CODE = 'missing-disclosure-policy';
const { expectOne } = forRule(CODE);

function policy(body) {
  return md('# Bramble Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@bramble.run.', '', body);
}

test('fires when nothing says how fixes are disclosed: title range, info, says what to add', () => {
  const text = policy('We will reply within 3 days.');
  expectOne(text, { severity: 'info', covers: '# Bramble Security Policy', message: [/disclosure/i, /advisory/] });
});

test('silent: a disclosure heading', () => {
  for (const title of ['Disclosure Policy', 'Coordinated Disclosure', 'Security Advisories', 'Politique de divulgation']) {
    const text = md('# Bramble Security Policy', '', `## ${title}`, '', 'See below.', '', 'Email security@bramble.run.');
    assert.deepEqual(findingsOf(text, CODE), [], title);
  }
});

test('silent: a sentence about advisories, CVEs, coordinated disclosure or embargoes', () => {
  for (const body of [
    'Once fixed, we publish a GitHub Security Advisory.',
    'We request a CVE for every confirmed issue.',
    'We follow coordinated disclosure.',
    'Fixes stay under embargo until the release.',
    'We disclose the issue once a patch is out.',
    'Nach dem Fix erfolgt die Veröffentlichung eines Hinweises.',
    '修复后我们会披露漏洞详情。',
  ]) {
    assert.deepEqual(findingsOf(policy(body), CODE), [], body);
  }
});

test('a disclosure word in a request or a condition is no disclosure policy; a disclosure timeline is, even asked of the reporter', () => {
  const base = (line) => md('# Acme Security', '', '## Reporting', '', 'Mail security@acme-widgets.dev.', '', line);
  const fires = (line) => findingsOf(base(line), 'missing-disclosure-policy').length === 1;
  assert.equal(fires('Do not disclose the issue in a public ticket.'), true);
  assert.equal(fires('If you want to report an issue that already has a CVE, use the issue tracker.'), true);
  assert.equal(fires('The report should describe how the issue could be disclosed.'), true);
  assert.equal(fires('Please give us 90 days to work on a fix before public disclosure.'), false);
  assert.equal(fires('We publish a security advisory for every fix.'), false);
  assert.equal(fires('Fixed vulnerabilities are disclosed in the release notes.'), false);
  assert.equal(fires('Coordinated disclosure.'), false);
});

test('a credit line under a list of what reporters get states how fixes are disclosed', () => {
  const text = md(
    '# Acme Security',
    '',
    '## Reporting',
    '',
    'Mail security@acme-widgets.dev. You will receive:',
    '',
    '- Credit in the security advisory (if desired)',
  );
  assert.equal(findingsOf(text, 'missing-disclosure-policy').length, 0);
});
