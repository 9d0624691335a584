// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, applyPreferred, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'missing-report-contents';
const { findingsOf, expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE = 'Nothing says what a report should contain: ask for the affected versions, the steps to reproduce and the impact.';
const ADDED = 'Please include the affected versions, the steps to reproduce and the impact you expect.';

/** A small policy whose reporting section says `line` after the address, then `more` lines. */
function policy(line = '', ...more) {
  return md(
    '# Oatbarrow Security',
    '',
    '## Reporting a Vulnerability',
    '',
    `Email security@oatbarrow.dev.${line ? ` ${line}` : ''}`,
    ...more,
  );
}

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy()), []);
});

test('fires when nothing says what a report should contain: title range, warning, exact message', () => {
  expectOne(policy(), { severity: 'warning', covers: '# Oatbarrow Security', message: MESSAGE }, ON);
});

test('the profiles cisa-bod-20-01 and iso-29147 turn it on (warning)', () => {
  for (const profile of ['cisa-bod-20-01', 'iso-29147']) {
    expectOne(policy(), { severity: 'warning', covers: '# Oatbarrow Security', message: MESSAGE }, { profiles: [profile] });
  }
});

test('silent: one element asked for in a request', () => {
  for (const line of ['Please include a proof of concept.', 'Include the affected versions and your environment.']) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent: a list counts with its lead-in ("Please include:")', () => {
  const text = policy('Please include:', '', '- steps to reproduce', '- the version you run');
  assert.deepEqual(findingsOf(text, ON), []);
});

test('silent: two different elements named anywhere, without a request', () => {
  const line = 'A good report has the steps to reproduce and the affected versions.';
  assert.deepEqual(findingsOf(policy(line), ON), []);
});

test('fires: a single element mentioned in passing is no description of a report', () => {
  expectOne(policy('The impact of a bug may vary.'), { covers: '# Oatbarrow Security', message: MESSAGE }, ON);
});

test('quick fix: adds the request at the end of the reporting section, then the rule is silent', () => {
  const text = policy('', '', '## Disclosure', '', 'We publish advisories.');
  const f = expectOne(text, {}, ON);
  assert.equal((f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]).title, 'Say what a report should include');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, policy('', '', ADDED, '', '## Disclosure', '', 'We publish advisories.'));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('quick fix: without a reporting section the request goes to the end of the document', () => {
  const text = md('# Oatbarrow Security', '', 'Email security@oatbarrow.dev.');
  const fixed = applyPreferred(text, expectOne(text, {}, ON));
  assert.equal(fixed, md('# Oatbarrow Security', '', 'Email security@oatbarrow.dev.', '', ADDED));
  assert.deepEqual(findingsOf(fixed, ON), []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy(
    'security@oatbarrow.dev',
    'Julkaisemme korjauksen heti, kun se on valmis, ja kiitämme ilmoittajaa julkisesti, jos hän niin haluaa.',
  );
  silentUnreadable(text, ON);
});
