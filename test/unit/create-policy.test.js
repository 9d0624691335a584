// @ts-check
'use strict';
// server/src/core/create-policy.ts: createPolicy must produce a policy that lints clean for every
// combination of answers, and versionsFromTags must turn tags into a supported-versions table.
// Build first: node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const core = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));

// Invented fixtures.
const REPOSITORY = 'acme/widgets';
const EMAIL = 'security@acme-widgets.dev';
const KEY_URL = 'https://acme-widgets.dev/.well-known/pgp-key.asc';
const ADVISORY_URL = 'https://github.com/acme/widgets/security/advisories/new';
const NOW = new Date('2026-03-01T00:00:00Z');

/** The supported-versions answers, with the table rows each one must produce. */
const VERSION_CHOICES = [
  { name: 'no versions (default)', versions: undefined, rows: [['Latest release', true]] },
  {
    name: "from tags ['v1.4.0','v2.0.0']",
    versions: core.versionsFromTags(['v1.4.0', 'v2.0.0']),
    rows: [
      ['2.x', true],
      ['< 2.0', false],
    ],
  },
  {
    name: "from tags ['0.3.1','0.2.0']",
    versions: core.versionsFromTags(['0.3.1', '0.2.0']),
    rows: [
      ['0.3.x', true],
      ['< 0.3', false],
    ],
  },
  {
    name: 'custom rows',
    versions: [
      { version: '4.2.x (long-term support)', supported: true },
      { version: '4.1.x', supported: true },
      { version: '3.x', supported: false },
      { version: '< 3.0', supported: false },
    ],
    rows: [
      ['4.2.x (long-term support)', true],
      ['4.1.x', true],
      ['3.x', false],
      ['< 3.0', false],
    ],
  },
];

const CONTACTS = [
  { name: 'GitHub only', githubAdvisories: true, email: undefined },
  { name: 'GitHub and e-mail', githubAdvisories: true, email: EMAIL },
  { name: 'e-mail only', githubAdvisories: false, email: EMAIL },
];
const ACKNOWLEDGE = ['3 business days', '48 hours', '7 days'];
const DISCLOSURE_DAYS = [90, 60, 45];
const OPTIONAL = [];
for (const scope of [false, true])
  for (const safeHarbor of [false, true]) for (const key of [false, true]) OPTIONAL.push({ scope, safeHarbor, key });

/** Rows of the first Markdown table under "## Supported Versions": [version, supported]. */
function versionRows(text) {
  const lines = text.split('\n');
  const start = lines.indexOf('## Supported Versions');
  assert.ok(start >= 0, 'a Supported Versions section');
  let end = lines.findIndex((l, i) => i > start && l.startsWith('#'));
  if (end < 0) end = lines.length;
  const tableLines = lines.slice(start + 1, end).filter((l) => l.startsWith('|'));
  assert.ok(tableLines.length >= 3, 'a header, a delimiter and at least one row');
  assert.ok(/^\| Version +\| Supported +\|$/.test(tableLines[0]), `header row ${JSON.stringify(tableLines[0])}`);
  assert.ok(/^\| -+ \| -+ \|$/.test(tableLines[1]), `delimiter row ${JSON.stringify(tableLines[1])}`);
  const widths = tableLines.map((l) => l.length);
  assert.ok(
    widths.every((w) => w === widths[0]),
    'columns aligned',
  );
  const rows = [];
  for (const line of tableLines.slice(2)) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    assert.equal(cells.length, 2, `two cells in ${JSON.stringify(line)}`);
    assert.ok(cells[1] === ':white_check_mark:' || cells[1] === ':x:', `a yes/no cell in ${JSON.stringify(line)}`);
    rows.push([cells[0], cells[1] === ':white_check_mark:']);
  }
  return rows;
}

function answersFor(contact, versions, acknowledgeWithin, disclosureDays, optional) {
  return {
    repository: REPOSITORY,
    githubAdvisories: contact.githubAdvisories,
    ...(contact.email ? { email: contact.email } : {}),
    ...(versions.versions ? { versions: versions.versions } : {}),
    acknowledgeWithin,
    disclosureDays,
    scope: optional.scope,
    safeHarbor: optional.safeHarbor,
    ...(optional.key ? { encryptionKeyUrl: KEY_URL } : {}),
  };
}

function describeFindings(findings) {
  return findings.map((f) => `${f.severity} ${f.code}: ${f.message}`).join('\n');
}

describe('createPolicy: every combination of answers', () => {
  for (const contact of CONTACTS) {
    for (const versions of VERSION_CHOICES) {
      describe(`${contact.name}, ${versions.name}`, () => {
        for (const acknowledgeWithin of ACKNOWLEDGE) {
          for (const disclosureDays of DISCLOSURE_DAYS) {
            for (const optional of OPTIONAL) {
              const name = `ack ${acknowledgeWithin}, disclose ${disclosureDays} days, scope ${optional.scope}, safe harbor ${optional.safeHarbor}, key ${optional.key}`;
              test(name, () => {
                const answers = answersFor(contact, versions, acknowledgeWithin, disclosureDays, optional);
                const text = core.createPolicy(answers);

                // Well-formed text.
                assert.ok(text.startsWith('# Security Policy\n\n'), 'starts with the title');
                assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), 'ends with exactly one newline');
                assert.ok(!/\n{3,}/.test(text), 'no run of blank lines');
                assert.ok(!/\$\{?\d|OWNER|REPO\b|your-project\.org|Fingerprint|0000 0000/.test(text), 'no template leftovers');

                // Lints with no error or warning.
                const findings = core.lint(text, { repository: REPOSITORY, now: NOW });
                const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
                assert.deepEqual(serious, [], `errors or warnings:\n${describeFindings(serious)}\n---\n${text}`);

                // Its security.txt exists and lints with no error, warning or info.
                const txt = core.generateSecurityTxt(core.parsePolicy(text), { repository: REPOSITORY, now: NOW });
                assert.equal(typeof txt.text, 'string', `a security.txt (reason: ${txt.reason})`);
                const txtFindings = core
                  .lintSecurityTxt(txt.text, { now: NOW })
                  .filter((f) => f.severity === 'error' || f.severity === 'warning' || f.severity === 'info');
                assert.deepEqual(txtFindings, [], `security.txt findings:\n${describeFindings(txtFindings)}\n---\n${txt.text}`);
                const contacts = txt.fields.filter((f) => f.name === 'Contact').map((f) => f.value);

                // The GitHub advisory link iff GitHub reporting was chosen.
                assert.equal(text.includes(ADVISORY_URL), contact.githubAdvisories, 'advisory link');
                assert.equal(text.includes('GitHub private vulnerability reporting'), contact.githubAdvisories);
                assert.equal(contacts.includes(ADVISORY_URL), contact.githubAdvisories, 'advisory Contact in security.txt');

                // The e-mail iff given.
                assert.equal(text.includes(EMAIL), contact.email !== undefined, 'e-mail address');
                assert.equal(text.includes(`<${EMAIL}>`), contact.email !== undefined, 'e-mail as an autolink');
                assert.equal(contacts.includes(`mailto:${EMAIL}`), contact.email !== undefined, 'mailto Contact in security.txt');
                if (contact.email && !contact.githubAdvisories) {
                  assert.ok(text.includes(`Report them privately by e-mail to <${EMAIL}>.`), 'e-mail only sentence');
                  assert.ok(!text.includes('or by e-mail'), 'no dangling "or"');
                }
                if (contact.email && contact.githubAdvisories) assert.ok(text.includes(`or by e-mail to <${EMAIL}>.`));

                // The chosen times.
                assert.ok(text.includes(`- We acknowledge every report within ${acknowledgeWithin}.`), 'acknowledgement time');
                for (const other of ACKNOWLEDGE.filter((a) => a !== acknowledgeWithin))
                  assert.ok(!text.includes(`acknowledge every report within ${other}`), `not ${other}`);
                assert.ok(/disclose no later than (\d+) days after the report\./.test(text), 'a disclosure deadline');
                assert.equal(/disclose no later than (\d+) days after the report\./.exec(text)[1], String(disclosureDays));

                // Optional sections iff chosen.
                assert.equal(text.includes('\n## Scope\n'), optional.scope, 'Scope section');
                assert.equal(text.includes('\n## Safe Harbor\n'), optional.safeHarbor, 'Safe Harbor section');
                assert.equal(text.includes('\n## Encryption\n'), optional.key, 'Encryption section');
                assert.equal(text.includes(`<${KEY_URL}>`), optional.key, 'key URL');
                const encryption = txt.fields.filter((f) => f.name === 'Encryption').map((f) => f.value);
                assert.deepEqual(encryption, optional.key ? [KEY_URL] : [], 'Encryption field in security.txt');

                // The version table.
                assert.deepEqual(versionRows(text), versions.rows);

                // Each section once, in a fixed order.
                const headings = text.split('\n').filter((l) => l.startsWith('#'));
                assert.deepEqual(headings, [
                  '# Security Policy',
                  '## Supported Versions',
                  '## Reporting a Vulnerability',
                  '## Response Timeline',
                  '## Disclosure Policy',
                  ...(optional.scope ? ['## Scope'] : []),
                  ...(optional.safeHarbor ? ['## Safe Harbor'] : []),
                  ...(optional.key ? ['## Encryption'] : []),
                ]);
              });
            }
          }
        }
      });
    }
  }
});

describe('createPolicy: no way to report', () => {
  test('neither GitHub nor e-mail throws a clear Error', () => {
    assert.throws(
      () => core.createPolicy({ repository: REPOSITORY, githubAdvisories: false }),
      (error) => error instanceof Error && /GitHub private vulnerability reporting or an e-mail address/.test(error.message),
    );
  });

  test('GitHub reporting without a repository and no e-mail throws', () => {
    assert.throws(() => core.createPolicy({ githubAdvisories: true }), Error);
  });

  test('an empty e-mail string counts as no e-mail', () => {
    assert.throws(() => core.createPolicy({ repository: REPOSITORY, githubAdvisories: false, email: '' }), Error);
  });

  test('GitHub reporting without a repository falls back to the e-mail, with no advisory link', () => {
    const text = core.createPolicy({ githubAdvisories: true, email: EMAIL });
    assert.ok(!text.includes('advisories/new'));
    assert.ok(!text.includes('OWNER'));
    assert.ok(text.includes(`Report them privately by e-mail to <${EMAIL}>.`));
    const serious = core.lint(text, { now: NOW }).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(serious, []);
  });

  test('an empty versions list gives the default row', () => {
    const text = core.createPolicy({ repository: REPOSITORY, githubAdvisories: true, versions: [] });
    assert.deepEqual(versionRows(text), [['Latest release', true]]);
  });

  test('without times the template defaults are used', () => {
    const text = core.createPolicy({ repository: REPOSITORY, githubAdvisories: true });
    assert.ok(text.includes('- We acknowledge every report within 3 business days.'));
    assert.ok(text.includes('disclose no later than 90 days after the report.'));
    assert.ok(!text.includes('## Scope') && !text.includes('## Safe Harbor') && !text.includes('## Encryption'));
  });

  test('the policy is deterministic', () => {
    const answers = answersFor(CONTACTS[1], VERSION_CHOICES[3], '48 hours', 45, { scope: true, safeHarbor: true, key: true });
    assert.equal(core.createPolicy(answers), core.createPolicy(JSON.parse(JSON.stringify(answers))));
  });
});

describe('versionsFromTags', () => {
  const cases = [
    { name: 'no tags', tags: [], expected: undefined },
    { name: 'no parsable tags', tags: ['latest', 'nightly', 'release-candidate', 'v', 'vX.Y.Z'], expected: undefined },
    { name: 'only pre-release tags', tags: ['v3.0.0-rc.1', '2.0.0-beta', 'v1.0.0+build.5'], expected: undefined },
    {
      name: 'two majors with a v prefix',
      tags: ['v1.4.0', 'v2.0.0'],
      expected: [
        { version: '2.x', supported: true },
        { version: '< 2.0', supported: false },
      ],
    },
    {
      name: 'one major only: no unsupported row',
      tags: ['v2.0.0', 'v2.1.0', 'v2.1.3'],
      expected: [{ version: '2.x', supported: true }],
    },
    {
      name: '0.x series',
      tags: ['0.3.1', '0.2.0'],
      expected: [
        { version: '0.3.x', supported: true },
        { version: '< 0.3', supported: false },
      ],
    },
    { name: 'one 0.x minor only', tags: ['0.3.0', 'v0.3.1', '0.3.2'], expected: [{ version: '0.3.x', supported: true }] },
    {
      name: '0.x minors compare as numbers',
      tags: ['0.9.5', '0.10.0', '0.2.1'],
      expected: [
        { version: '0.10.x', supported: true },
        { version: '< 0.10', supported: false },
      ],
    },
    {
      name: 'majors compare as numbers',
      tags: ['9.4.2', 'v10.0.0', '2.0.0'],
      expected: [
        { version: '10.x', supported: true },
        { version: '< 10.0', supported: false },
      ],
    },
    {
      name: 'mixed v prefixes and two-part versions',
      tags: ['v2.3.1', '2.1.0', 'v1.9', '1.0'],
      expected: [
        { version: '2.x', supported: true },
        { version: '< 2.0', supported: false },
      ],
    },
    {
      name: 'pre-release tags ignored, even of a newer major',
      tags: ['v2.3.1', '2.1.0', 'v3.0.0-rc.1', 'v3.0.0-beta', '3.0.0-alpha.2'],
      expected: [{ version: '2.x', supported: true }],
    },
    {
      name: 'non-version tags ignored among version tags',
      tags: ['latest', 'v1.2.0', 'stable', 'v0.9.0', 'deploy-2024'],
      expected: [
        { version: '1.x', supported: true },
        { version: '< 1.0', supported: false },
      ],
    },
    {
      name: 'from 0.x to 1.0',
      tags: ['1.0.0', '0.9.0'],
      expected: [
        { version: '1.x', supported: true },
        { version: '< 1.0', supported: false },
      ],
    },
    { name: 'order of tags does not matter', tags: ['v2.0.0', 'v1.4.0'], expected: core.versionsFromTags(['v1.4.0', 'v2.0.0']) },
    {
      name: 'surrounding whitespace ignored',
      tags: [' v1.2.3\n', '\tv0.1.0'],
      expected: [
        { version: '1.x', supported: true },
        { version: '< 1.0', supported: false },
      ],
    },
  ];
  for (const c of cases) {
    test(`${c.name}: ${JSON.stringify(c.tags)}`, () => {
      assert.deepEqual(core.versionsFromTags(c.tags), c.expected);
    });
  }

  test('does not change its argument', () => {
    const tags = ['v1.0.0', 'v2.0.0', 'junk'];
    core.versionsFromTags(tags);
    assert.deepEqual(tags, ['v1.0.0', 'v2.0.0', 'junk']);
  });

  test('its output makes a policy with those rows', () => {
    const text = core.createPolicy({
      repository: REPOSITORY,
      githubAdvisories: true,
      versions: core.versionsFromTags(['0.9.5', '0.10.0']),
    });
    assert.deepEqual(versionRows(text), [
      ['0.10.x', true],
      ['< 0.10', false],
    ]);
  });
});
