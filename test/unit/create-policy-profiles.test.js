// @ts-check
'use strict';
// server/src/core/create-policy.ts with compliance profiles: the policy written for any choice of
// profiles meets every requirement of each and lints with no finding at all with them turned on;
// without profiles it is byte for byte what it was before profiles existed.
// Build first: node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const path = require('node:path');

const core = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));
const { REPOSITORY, EMAIL, KEY_URL, fullAnswers } = require('./policy-answers');

const NOW = new Date('2026-03-01T00:00:00Z');
const PROFILE_IDS = core.PROFILE_IDS;

/** The text of a section template with every tab stop at its default. */
const { templateText: rendered } = require('./helpers.js');

function describeFindings(findings) {
  return findings.map((f) => `${f.severity} ${f.code}: ${f.message}`).join('\n');
}

/** Every finding with `profiles` turned on, at the default settings. */
function findingsWith(text, profiles) {
  return core.lint(text, { repository: REPOSITORY, now: NOW, profiles });
}

/** The requirements of `profile` that `text` does not meet, in words. */
function unmet(text, profile) {
  const report = core.checkCompliance(core.parsePolicy(text), profile, { now: NOW });
  return report.requirements.filter((r) => !r.met).map((r) => `${r.title}: ${r.problems.map((p) => p.message).join('; ')}`);
}

// The ways to report, each with what a profile that asks for a secure channel then needs.
const CONTACTS = [
  { name: 'GitHub only', answers: { repository: REPOSITORY, githubAdvisories: true } },
  { name: 'GitHub and e-mail', answers: { repository: REPOSITORY, githubAdvisories: true, email: EMAIL } },
  { name: 'e-mail and a PGP key', answers: { githubAdvisories: false, email: EMAIL, encryptionKeyUrl: KEY_URL } },
  { name: 'e-mail only', answers: { githubAdvisories: false, email: EMAIL } },
];

/** Whether createPolicy can meet `profiles` with `contact`: e-mail alone is no secure channel. */
const meetable = (contact, profiles) => contact.name !== 'e-mail only' || !core.policyNeeds(profiles).secureChannel;

describe('createPolicy without profiles: unchanged', () => {
  // The texts createPolicy wrote before profiles existed, word for word.
  const FULL = [
    '# Security Policy',
    '',
    '## Supported Versions',
    '',
    '| Version | Supported          |',
    '| ------- | ------------------ |',
    '| 2.x     | :white_check_mark: |',
    '| < 2.0   | :x:                |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please do not report security vulnerabilities in public issues, discussions or pull requests.',
    '',
    'Report them privately through GitHub private vulnerability reporting:',
    '<https://github.com/acme/widgets/security/advisories/new>',
    '',
    'or by e-mail to <security@acme-widgets.dev>.',
    '',
    'Please include the affected versions, the steps to reproduce and the impact you expect.',
    '',
    '## Response Timeline',
    '',
    '- We acknowledge every report within 48 hours.',
    '- We send a first assessment within 7 days.',
    '- We keep you informed of our progress at least every 14 days.',
    '',
    '## Disclosure Policy',
    '',
    'We follow coordinated disclosure. When a fix is released we publish a GitHub security advisory,',
    'request a CVE where one applies, and credit the reporter unless they prefer otherwise. We',
    'disclose no later than 45 days after the report.',
    '',
    '## Scope',
    '',
    'In scope: the code in this repository and the packages released from it.',
    '',
    'Out of scope: vulnerabilities in third-party dependencies (please report them upstream).',
    '',
    '## Safe Harbor',
    '',
    'We consider security research conducted in good faith and in line with this policy to be',
    'authorized under anti-hacking laws such as the Computer Fraud and Abuse Act, and exempt from the',
    'anti-circumvention provisions of the DMCA. We waive the restrictions of our terms of service that',
    'would interfere with such research, and we will not pursue legal action against you for it.',
    '',
    '## Encryption',
    '',
    'To encrypt your report, use our PGP key: <https://acme-widgets.dev/pgp-key.asc>',
    '',
  ].join('\n');
  const EMAIL_ONLY = [
    '# Security Policy',
    '',
    '## Supported Versions',
    '',
    '| Version        | Supported          |',
    '| -------------- | ------------------ |',
    '| Latest release | :white_check_mark: |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please do not report security vulnerabilities in public issues, discussions or pull requests.',
    '',
    'Report them privately by e-mail to <security@acme-widgets.dev>.',
    '',
    'Please include the affected versions, the steps to reproduce and the impact you expect.',
    '',
    '## Response Timeline',
    '',
    '- We acknowledge every report within 3 business days.',
    '- We send a first assessment within 7 days.',
    '- We keep you informed of our progress at least every 14 days.',
    '',
    '## Disclosure Policy',
    '',
    'We follow coordinated disclosure. When a fix is released we publish a GitHub security advisory,',
    'request a CVE where one applies, and credit the reporter unless they prefer otherwise. We',
    'disclose no later than 90 days after the report.',
    '',
  ].join('\n');

  for (const [name, answers, expected] of /** @type {[string, object, string][]} */ ([
    ['every answer', fullAnswers(), FULL],
    ['an e-mail address only', { githubAdvisories: false, email: EMAIL }, EMAIL_ONLY],
  ])) {
    test(`${name}: the same text as before, and the same with profiles: []`, () => {
      assert.equal(core.createPolicy(answers), expected);
      assert.equal(core.createPolicy({ ...answers, profiles: [] }), expected);
    });
  }

  // Every combination of answers of test/unit/create-policy.test.js, hashed together: the hash of
  // the texts createPolicy wrote before profiles existed.
  test('every combination of answers: the same 864 texts as before', () => {
    const versionChoices = [
      undefined,
      core.versionsFromTags(['v1.4.0', 'v2.0.0']),
      core.versionsFromTags(['0.3.1', '0.2.0']),
      [
        { version: '4.2.x (long-term support)', supported: true },
        { version: '4.1.x', supported: true },
        { version: '3.x', supported: false },
        { version: '< 3.0', supported: false },
      ],
    ];
    const hash = crypto.createHash('sha256');
    let count = 0;
    for (const contact of [{ githubAdvisories: true }, { githubAdvisories: true, email: EMAIL }, { githubAdvisories: false, email: EMAIL }])
      for (const versions of versionChoices)
        for (const acknowledgeWithin of ['3 business days', '48 hours', '7 days'])
          for (const disclosureDays of [90, 60, 45])
            for (const scope of [false, true])
              for (const safeHarbor of [false, true])
                for (const key of [false, true]) {
                  const answers = {
                    repository: REPOSITORY,
                    ...contact,
                    ...(versions ? { versions } : {}),
                    acknowledgeWithin,
                    disclosureDays,
                    scope,
                    safeHarbor,
                    ...(key ? { encryptionKeyUrl: KEY_URL } : {}),
                  };
                  const text = core.createPolicy(answers);
                  assert.equal(core.createPolicy({ ...answers, profiles: [] }), text);
                  hash.update(text).update('\0');
                  count++;
                }
    assert.equal(count, 864);
    assert.equal(hash.digest('hex'), '42a17e1a52acd2010489e28351190fad2d8a265fbd708d8cb26d05b763874536');
  });
});

describe('createPolicy with profiles: every requirement met, no finding at all', () => {
  const choices = [...PROFILE_IDS.map((id) => [id]), PROFILE_IDS];
  for (const profiles of choices) {
    for (const contact of CONTACTS) {
      if (!meetable(contact, profiles)) continue;
      const name = profiles.length === 1 ? profiles[0] : 'all profiles';
      for (const optional of [{}, { scope: true, safeHarbor: true }]) {
        test(`${name}, ${contact.name}${optional.scope ? ', scope and safe harbor asked for too' : ''}`, () => {
          const text = core.createPolicy({ ...contact.answers, ...optional, profiles });
          assert.ok(text.startsWith('# Security Policy\n\n') && text.endsWith('\n') && !text.endsWith('\n\n'));
          assert.ok(!/\n{3,}/.test(text), 'no run of blank lines');
          assert.ok(!/\$\{?\d|OWNER|REPO\b|your-project\.org|Fingerprint|0000 0000/.test(text), 'no template leftovers');
          const findings = findingsWith(text, profiles);
          assert.deepEqual(findings, [], `findings:\n${describeFindings(findings)}\n---\n${text}`);
          for (const profile of profiles) assert.deepEqual(unmet(text, profile), [], `${profile}\n---\n${text}`);
        });
      }
    }
  }

  test('the acknowledgement times a profile allows are kept', () => {
    for (const [profiles, allowed] of /** @type {[string[], string[]][]} */ ([
      [['cisa-bod-20-01'], ['3 business days', '48 hours']],
      [['openssf-best-practices'], ['3 business days', '48 hours', '7 days']],
      [PROFILE_IDS, ['3 business days', '48 hours']],
    ])) {
      for (const acknowledgeWithin of allowed) {
        const text = core.createPolicy({ repository: REPOSITORY, githubAdvisories: true, acknowledgeWithin, profiles });
        assert.ok(text.includes(`- We acknowledge every report within ${acknowledgeWithin}.`));
        assert.deepEqual(findingsWith(text, profiles), []);
      }
    }
  });
});

describe('createPolicy with profiles: what is added, from the templates', () => {
  const base = { repository: REPOSITORY, githubAdvisories: true };
  const headings = (text) => text.split('\n').filter((l) => l.startsWith('#'));
  /** The headings of the default policy with Scope and Safe Harbor added, in the usual order. */
  const WITH_SCOPE_AND_SAFE_HARBOR = [
    '# Security Policy',
    '## Supported Versions',
    '## Reporting a Vulnerability',
    '## Response Timeline',
    '## Disclosure Policy',
    '## Scope',
    '## Safe Harbor',
  ];

  test('github and the OpenSSF profiles add nothing to the default policy', () => {
    const plain = core.createPolicy(base);
    for (const id of ['github', 'openssf-baseline-1', 'openssf-baseline-2', 'openssf-baseline-3', 'openssf-best-practices', 'cra-steward'])
      assert.equal(core.createPolicy({ ...base, profiles: [id] }), plain, id);
  });

  test('cra-manufacturer: the support period under the version table', () => {
    const text = core.createPolicy({ ...base, profiles: ['cra-manufacturer'] });
    assert.ok(text.includes(`| Latest release | :white_check_mark: |\n\n${rendered('support-period')}\n\n## Reporting a Vulnerability\n`));
    assert.deepEqual(headings(text), headings(core.createPolicy(base)));
  });

  test('cisa-bod-20-01: Scope with the test restrictions, and Safe Harbor, in the usual order', () => {
    const text = core.createPolicy({ ...base, profiles: ['cisa-bod-20-01'] });
    assert.ok(text.includes(`\n${rendered('scope')}\n\n${rendered('test-restrictions')}\n\n${rendered('safe-harbor')}\n`), text);
    assert.deepEqual(headings(text), WITH_SCOPE_AND_SAFE_HARBOR);
  });

  test('disclose-io: the full safe harbor; iso-29147: scope and safe harbor', () => {
    const disclose = core.createPolicy({ ...base, profiles: ['disclose-io'] });
    assert.ok(disclose.includes(rendered('safe-harbor')) && disclose.includes(rendered('scope')));
    assert.ok(!disclose.includes(rendered('test-restrictions')));
    const iso = core.createPolicy({ ...base, profiles: ['iso-29147'] });
    assert.ok(iso.includes(rendered('safe-harbor')) && iso.includes(rendered('scope')));
  });

  test('each section once, with all profiles and every optional section asked for', () => {
    const text = core.createPolicy({ ...fullAnswers(), profiles: PROFILE_IDS });
    assert.deepEqual(headings(text), [...WITH_SCOPE_AND_SAFE_HARBOR, '## Encryption']);
    for (const id of ['support-period', 'test-restrictions', 'scope', 'safe-harbor'])
      assert.equal(text.split(rendered(id)).length, 2, `${id} once`);
  });

  test('the order of the profiles does not matter', () => {
    assert.equal(
      core.createPolicy({ ...base, profiles: [...PROFILE_IDS].reverse() }),
      core.createPolicy({ ...base, profiles: PROFILE_IDS }),
    );
  });
});

describe('policyNeeds', () => {
  test('what each profile asks of the policy', () => {
    const none = { scope: false, testRestrictions: false, safeHarbor: false, supportPeriod: false, secureChannel: false };
    assert.deepEqual(core.policyNeeds([]), none);
    assert.deepEqual(core.policyNeeds(['github']), none);
    assert.deepEqual(core.policyNeeds(['openssf-best-practices']), { ...none, maxAcknowledgeDays: 14 });
    assert.deepEqual(core.policyNeeds(['cra-manufacturer']), { ...none, supportPeriod: true });
    assert.deepEqual(core.policyNeeds(['cisa-bod-20-01']), {
      ...none,
      scope: true,
      testRestrictions: true,
      safeHarbor: true,
      maxAcknowledgeDays: 3,
    });
    assert.deepEqual(core.policyNeeds(['iso-29147']), { ...none, scope: true, safeHarbor: true, secureChannel: true });
    assert.deepEqual(core.policyNeeds(['disclose-io']), { ...none, scope: true, safeHarbor: true });
  });

  test('several profiles: every need, and the strictest acknowledgement time', () => {
    assert.equal(core.policyNeeds(['openssf-best-practices', 'cisa-bod-20-01']).maxAcknowledgeDays, 3);
    assert.deepEqual(core.policyNeeds(PROFILE_IDS), {
      scope: true,
      testRestrictions: true,
      safeHarbor: true,
      supportPeriod: true,
      secureChannel: true,
      maxAcknowledgeDays: 3,
    });
  });

  test('an unknown profile throws', () => {
    assert.throws(() => core.policyNeeds(['nope']), /unknown profile "nope"/);
  });
});

describe('createPolicy with profiles it cannot meet: a clear Error', () => {
  test('iso-29147 with e-mail alone and no key', () => {
    assert.throws(
      () => core.createPolicy({ githubAdvisories: false, email: EMAIL, profiles: ['iso-29147'] }),
      (error) =>
        error instanceof Error &&
        error.message ===
          'ISO/IEC 29147:2018 vulnerability disclosure policy asks for a secure way to send a report: GitHub private vulnerability reporting or a PGP key for encrypted e-mail.',
    );
  });

  test('cisa-bod-20-01 with an acknowledgement in 7 days', () => {
    assert.throws(
      () =>
        core.createPolicy({ repository: REPOSITORY, githubAdvisories: true, acknowledgeWithin: '7 days', profiles: ['cisa-bod-20-01'] }),
      (error) =>
        error instanceof Error &&
        /^The policy would not meet CISA Binding Operational Directive 20-01: Acknowledging a report takes up to 7 days; .* 3 days at most$/.test(
          error.message,
        ),
    );
  });

  test("cra-manufacturer with one person's own address as the only contact", () => {
    assert.throws(
      () => core.createPolicy({ githubAdvisories: false, email: 'maria.rossi@gmail.com', profiles: ['cra-manufacturer'] }),
      /^Error: The policy would not meet EU Cyber Resilience Act: manufacturer: Reports reach one person's own address only/,
    );
  });

  test('an unknown profile', () => {
    assert.throws(
      () => core.createPolicy({ repository: REPOSITORY, githubAdvisories: true, profiles: ['nope'] }),
      /unknown profile "nope"/,
    );
  });
});
