// @ts-check
'use strict';
// Every requirement of every profile, both ways: a policy that meets it only through one element,
// and the same policy without that element. The requirement flips; nothing else changes.

const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { core, md, NOW } = require('./helpers.js');
const { VERSIONS_TABLE_HEAD } = require('../cli/fixtures.js');

/** A policy that meets every profile. Each element below is one line of it, or one added line. */
const FULL = md(
  '# Security Policy',
  '',
  'This policy applies to the Acme Widgets library and the packages released from it.',
  '',
  '## Supported Versions',
  '',
  ...VERSIONS_TABLE_HEAD,
  '| 2.x     | :white_check_mark: |',
  '| < 2.0   | :x:                |',
  '',
  'Each release receives security fixes for 12 months after the next one comes out.',
  '',
  '## Reporting a Vulnerability',
  '',
  'E-mail your report to security@acme-widgets.dev.',
  '',
  'Encrypt it with our PGP key: <https://acme-widgets.dev/security.asc>',
  '',
  'Please include the affected versions, the steps to reproduce and the impact you expect.',
  '',
  '## Response Timeline',
  '',
  'We acknowledge every report within 3 business days.',
  '',
  'We keep you informed of our progress.',
  '',
  '## Disclosure Policy',
  '',
  'We disclose the details no later than 90 days after the report.',
  '',
  'Fixed vulnerabilities are listed in the release notes.',
  '',
  '## Testing',
  '',
  'Do not test with denial of service, social engineering or spam.',
  '',
  'Test against your own installation.',
  '',
  '## Safe Harbor',
  '',
  'We consider research conducted in good faith under this policy authorized under anti-hacking laws such as the',
  'Computer Fraud and Abuse Act, and exempt from the anti-circumvention provisions of the DMCA. We waive the',
  'restrictions of our terms of service that would interfere with such research, and we will not pursue legal action',
  'against you for it.',
);

/**
 * One case per rule a profile reads: `base` edits FULL into a policy that meets the rule only
 * through one element (taking out other lines that would also meet it), `element` takes the
 * element out (or, for a rule that fires on what a policy says, puts the offending line in).
 */
const CASES = [
  { rule: 'missing-scope', element: ['This policy applies to the Acme Widgets library and the packages released from it.\n', ''] },
  { rule: 'missing-support-period', element: ['Each release receives security fixes for 12 months after the next one comes out.\n', ''] },
  {
    rule: 'missing-supported-versions',
    base: [['## Supported Versions', '## Releases']],
    element: [/\| Version[^]*?\| < 2\.0 .*\n/, ''],
  },
  { rule: 'no-contact', element: ['E-mail your report to security@acme-widgets.dev.\n', ''] },
  { rule: 'missing-secure-channel', element: ['Encrypt it with our PGP key: <https://acme-widgets.dev/security.asc>\n', ''] },
  {
    rule: 'missing-report-contents',
    element: ['Please include the affected versions, the steps to reproduce and the impact you expect.\n', ''],
  },
  { rule: 'missing-reporting-section', element: ['## Reporting a Vulnerability', '## Encryption'] },
  { rule: 'missing-response-time', element: ['We acknowledge every report within 3 business days.\n', ''] },
  { rule: 'slow-acknowledgement', element: ['within 3 business days', 'within 20 days'] },
  { rule: 'vague-sla', element: ['We keep you informed', 'We fix confirmed issues as soon as possible. We keep you informed'] },
  {
    rule: 'missing-disclosure-policy',
    base: [['## Disclosure Policy', '## After a fix']],
    element: ['We disclose the details no later than 90 days after the report.\n', ''],
  },
  { rule: 'missing-advisory-publication', element: ['Fixed vulnerabilities are listed in the release notes.\n', ''] },
  { rule: 'missing-test-restrictions', element: ['Do not test with denial of service, social engineering or spam.\n', ''] },
  {
    rule: 'missing-safe-harbor',
    base: [
      [/We consider research[^]*?against you for it\.\n/, 'We will not pursue legal action against researchers who follow this policy.\n'],
    ],
    element: [
      'We will not pursue legal action against researchers who follow this policy.',
      'We thank researchers who follow this policy.',
    ],
    // A promise of no legal action is all BOD 20-01 asks; disclose.io's full safe harbor asks more.
    profiles: ['cisa-bod-20-01', 'iso-29147'],
  },
  { rule: 'missing-safe-harbor', id: 'full', element: ['anti-circumvention provisions of the DMCA', 'rules of the land'] },
  // public-issue-reporting fires only when there is no private channel, so no-contact flips with it:
  // the requirements it shares with no-contact flip through the no-contact case.
  {
    rule: 'requires-personal-data',
    element: ['the impact you expect.', 'the impact you expect. You must give your full name and phone number.'],
  },
  {
    rule: 'restricts-disclosure',
    element: ['the impact you expect.', 'the impact you expect. You may not disclose the issue without our written consent.'],
  },
  { rule: 'single-person-contact', element: ['security@acme-widgets.dev', 'jane.doe1987@gmail.com'] },
  { rule: 'invalid-email', element: ['security@acme-widgets.dev.', 'security@acme-widgets.dev or security@acme-widgets.'] },
  { rule: 'placeholder-email', element: ['security@acme-widgets.dev.', 'security@acme-widgets.dev or security@example.com.'] },
  {
    rule: 'mailto-mismatch',
    element: ['security@acme-widgets.dev.', '[security@acme-widgets.dev](mailto:secure@acme-widgets.dev).'],
  },
  { rule: 'insecure-link', element: ['https://acme-widgets.dev/security.asc', 'http://acme-widgets.dev/security.asc'] },
  { rule: 'obfuscated-email', element: ['security@acme-widgets.dev.', 'security@acme-widgets.dev (security at acme-widgets dot dev).'] },
  { rule: 'placeholder-text', element: ['## Testing', '## Testing\n\n[INSERT TESTING RULES HERE]'] },
  { rule: 'empty-section', element: ['## Testing', '## Bounty\n\n## Testing'] },
  { rule: 'template-text', element: ['## Testing', 'Use this section to tell people how to report a vulnerability.\n\n## Testing'] },
  { rule: 'mojibake', element: ['spam.', 'spam â€” or anything like it.'] },
  {
    rule: 'broken-pgp-block',
    element: ['## Testing', '```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGB\n```\n\n## Testing'],
  },
];

/** Applies [from, to] pairs (a string or a regular expression each). Fails when one matches nothing. */
function edit(text, pairs) {
  for (const [from, to] of pairs) {
    const next = text.replace(from, to);
    assert.notEqual(next, text, `no match for ${from}`);
    text = next;
  }
  return text;
}

const ALL = core.PROFILE_IDS;
const lintAll = (text, profiles = ALL) => core.lint(text, { now: NOW, profiles });
const reportsOf = (text, profiles = ALL) => profiles.map((id) => core.checkCompliance(core.parsePolicy(text), id, { now: NOW }));
const stateOf = (text, profiles = ALL) =>
  new Map(reportsOf(text, profiles).flatMap((r) => r.requirements.map((q) => [`${r.profile}/${q.id}`, q.met])));
const requirementsOf = (rule) =>
  new Set(core.PROFILES.flatMap((p) => p.requirements.filter((q) => q.rules.includes(rule)).map((q) => `${p.id}/${q.id}`)));

describe('compliance profiles: every requirement flips on its element alone', () => {
  test('the full policy meets every requirement of every profile and lints clean with all of them', () => {
    assert.deepEqual(
      lintAll(FULL).map((f) => `${f.code}: ${f.message}`),
      [],
    );
    const unmet = [...stateOf(FULL)].filter(([, met]) => !met).map(([id]) => id);
    assert.deepEqual(unmet, []);
  });

  const flipped = new Set();
  for (const c of CASES) {
    test(`${c.rule}${c.id ? ` (${c.id})` : ''}: with the element met, without it not; nothing else changes`, () => {
      const withIt = edit(FULL, c.base ?? []);
      const without = edit(withIt, [c.element]);
      const codes = (text) => lintAll(text, c.profiles).map((f) => f.code);
      assert.ok(!codes(withIt).includes(c.rule), `${c.rule} fires on the policy with the element`);
      assert.deepEqual(
        codes(without).filter((code) => code !== c.rule),
        codes(withIt),
        'other findings change',
      );
      assert.ok(codes(without).includes(c.rule), `${c.rule} silent without the element`);
      const before = stateOf(withIt, c.profiles);
      const after = stateOf(without, c.profiles);
      const owners = requirementsOf(c.rule);
      for (const [id, met] of before) {
        if (!owners.has(id)) {
          assert.equal(after.get(id), met, `${id} changed`);
          continue;
        }
        // Under a profile whose parameters the changed text still meets, the requirement holds.
        if (after.get(id) === false && met) flipped.add(id);
      }
      assert.ok(
        [...owners].some((id) => before.get(id) && !after.get(id)),
        `no requirement of ${c.rule} flipped`,
      );
    });
  }

  test('every requirement of every profile flipped in some case', () => {
    const all = [...stateOf(FULL).keys()];
    assert.deepEqual(
      all.filter((id) => !flipped.has(id)),
      [],
    );
  });
});

describe('compliance profiles: data', () => {
  test('every rule a profile names exists, and every profile rule is off by default', () => {
    const codes = new Set(core.rules.map((r) => r.code));
    for (const p of core.PROFILES) for (const q of p.requirements) for (const r of q.rules) assert.ok(codes.has(r), `${p.id}: ${r}`);
    const profileOnly = core.rules.filter((r) => r.severity === 'off').map((r) => r.code);
    assert.deepEqual(profileOnly.sort(), [
      'missing-advisory-publication',
      'missing-report-contents',
      'missing-safe-harbor',
      'missing-scope',
      'missing-secure-channel',
      'missing-support-period',
      'missing-test-restrictions',
      'requires-personal-data',
      'restricts-disclosure',
      'single-person-contact',
      'slow-acknowledgement',
    ]);
  });

  test('profile ids are unique and every requirement has a source', () => {
    assert.equal(new Set(core.PROFILE_IDS).size, core.PROFILES.length);
    for (const p of core.PROFILES) {
      assert.ok(p.sources.length > 0 && p.sources.every((s) => /^https:\/\//.test(s.url)), p.id);
      for (const q of p.requirements) assert.ok(q.source.length > 0, `${p.id}/${q.id}`);
    }
  });
});
