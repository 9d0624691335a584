// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, lintAll, applyPreferred, forRule, unreadablePolicy, reportingPolicy, templateText } = require('../helpers.js');

const CODE = 'missing-safe-harbor';
const { findingsOf, expectOne } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };
const FULL = { ...ON, ruleOptions: { [CODE]: { level: 'full' } } };

const ABSENT =
  'No safe harbor: say that good-faith research under this policy is authorized and that you will not pursue legal action against it.';
const PARTIAL_COMMITMENT = 'Partial safe harbor: promise not to pursue legal action against good-faith research under this policy.';

const AUTHORIZATION = 'authorization of the research under anti-hacking law';
const CIRCUMVENTION = 'an exemption from anti-circumvention law (DMCA)';
const TERMS = 'a waiver of the terms of service for the research';
const GOOD_FAITH = 'a good-faith clause';

const PROMISE = 'We will not pursue legal action against researchers who follow this policy.';

/** A small policy with `lines` after its reporting section. */
function policy(...lines) {
  return reportingPolicy('Pebblewick Security', 'security@pebblewick.dev', ...lines);
}

/** The section the quick fix inserts: the safe-harbor template. */
const SECTION = templateText('safe-harbor');

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(policy()), []);
});

test('absent: title range, warning, exact message, data', () => {
  expectOne(
    policy(),
    {
      severity: 'warning',
      covers: '# Pebblewick Security',
      message: ABSENT,
      data: { safeHarbor: 'absent', missing: [AUTHORIZATION, CIRCUMVENTION, TERMS, GOOD_FAITH] },
    },
    ON,
  );
});

test('profiles: cisa-bod-20-01 and disclose-io warn, iso-29147 hints', () => {
  expectOne(policy(), { severity: 'warning', message: ABSENT }, { profiles: ['cisa-bod-20-01'] });
  expectOne(policy(), { severity: 'warning', message: ABSENT }, { profiles: ['disclose-io'] });
  expectOne(policy(), { severity: 'hint', message: ABSENT }, { profiles: ['iso-29147'] });
});

test('commitment level: a promise not to take legal action is enough', () => {
  for (const line of [
    PROMISE,
    'We will not sue you for reporting a flaw.',
    'No legal action will be taken against you for research under this policy.',
    'We will consider your research authorized.',
    'Research under this policy is authorized under the Computer Fraud and Abuse Act.',
    'Security research conducted under this policy is authorized.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
    assert.deepEqual(findingsOf(policy(line), { profiles: ['cisa-bod-20-01'] }), [], line);
  }
});

test('commitment level, partial: a good-faith clause without a promise; the finding sits on it', () => {
  const line = 'We welcome reports from researchers acting in good faith.';
  const text = md('# Pebblewick Security', '', '## Reporting a Vulnerability', '', `${line} Email security@pebblewick.dev.`);
  expectOne(
    text,
    {
      severity: 'warning',
      covers: line,
      message: PARTIAL_COMMITMENT,
      data: { safeHarbor: 'partial', missing: [AUTHORIZATION, CIRCUMVENTION, TERMS] },
    },
    ON,
  );
});

test('"authorized" in another sense is no commitment', () => {
  expectOne(policy('Only authorized maintainers can read reports.'), { covers: '# Pebblewick Security', message: ABSENT }, ON);
});

test('full level: the promise alone is partial, and the message names every missing part', () => {
  expectOne(
    policy(PROMISE),
    {
      covers: PROMISE,
      message: `Partial safe harbor: a full safe harbor also needs ${AUTHORIZATION}, ${CIRCUMVENTION}, ${TERMS}, ${GOOD_FAITH}.`,
      data: { safeHarbor: 'partial', missing: [AUTHORIZATION, CIRCUMVENTION, TERMS, GOOD_FAITH] },
    },
    FULL,
  );
});

test('full level: the commitment with some parts names only the missing ones', () => {
  const line = 'If you act in good faith, we will consider your research authorized and will not pursue legal action against you.';
  expectOne(
    policy(line),
    {
      covers: line,
      message: `Partial safe harbor: a full safe harbor also needs ${CIRCUMVENTION}, ${TERMS}.`,
      data: { safeHarbor: 'partial', missing: [CIRCUMVENTION, TERMS] },
    },
    FULL,
  );
});

test('full level via the disclose-io profile', () => {
  expectOne(
    policy(PROMISE),
    { severity: 'warning', covers: PROMISE, data: { safeHarbor: 'partial', missing: [AUTHORIZATION, CIRCUMVENTION, TERMS, GOOD_FAITH] } },
    { profiles: ['disclose-io'] },
  );
  // With several profiles the strictest level wins.
  expectOne(policy(PROMISE), { covers: PROMISE, data: { safeHarbor: 'partial' } }, { profiles: ['cisa-bod-20-01', 'disclose-io'] });
});

test('full level: silent when all four parts and the commitment are there', () => {
  const text = policy(
    'If you act in good faith under this policy, we consider your research authorized under the Computer Fraud and Abuse Act and exempt from the DMCA.',
    'We waive our terms of service for that research and will not pursue legal action against you.',
  );
  assert.deepEqual(findingsOf(text, FULL), []);
  assert.deepEqual(findingsOf(text, { profiles: ['disclose-io'] }), []);
});

test('quick fix: inserts a full "Safe Harbor" section, which meets the full level', () => {
  const text = policy();
  const f = expectOne(text, {}, ON);
  assert.equal((f.fixes.find((x) => x.isPreferred) ?? f.fixes[0]).title, 'Add a "Safe Harbor" section');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, md('# Pebblewick Security', '', SECTION, '', '## Reporting a Vulnerability', '', 'Email security@pebblewick.dev.'));
  assert.deepEqual(findingsOf(fixed, ON), []);
  assert.deepEqual(findingsOf(fixed, FULL), []);
});

test('quick fix: not offered when a section is already headed as a safe harbor', () => {
  const text = md(
    '# Pebblewick Security',
    '',
    '## Safe Harbor',
    '',
    'Research done in good faith is welcome.',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@pebblewick.dev.',
  );
  const f = expectOne(text, { covers: 'Research done in good faith is welcome.', message: PARTIAL_COMMITMENT }, ON);
  assert.deepEqual(f.fixes, []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy('security@pebblewick.dev');
  assert.ok(lintAll(text, ON).some((f) => f.code === 'unsupported-language'));
  assert.deepEqual(findingsOf(text, FULL), []);
});

test('silent at the commitment level: research under the policy considered authorized, however long its subject', () => {
  for (const line of [
    'We consider research conducted under this policy authorized.',
    'We consider research conducted under this policy to be authorized.',
  ])
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
});
