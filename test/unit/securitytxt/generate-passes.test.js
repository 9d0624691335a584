// @ts-check
'use strict';
// A generated security.txt must pass every securitytxt/* rule (RULES.md, "Generating security.txt").

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, md } = require('../helpers.js');

const ORDER = [
  'Contact',
  'Expires',
  'Encryption',
  'Acknowledgments',
  'Preferred-Languages',
  'Canonical',
  'Policy',
  'Hiring',
  'CSAF',
  'Bug-Bounty',
];

function generate(text, options = {}) {
  return core.generateSecurityTxt(core.parsePolicy(text), { now: NOW, ...options });
}

/** Findings that matter: everything but hints. */
function serious(text, options = {}) {
  return core
    .lintSecurityTxt(text, { now: NOW, ...options })
    .filter((f) => f.severity === 'error' || f.severity === 'warning' || f.severity === 'info');
}

/** Checks the common properties of a generated file and returns its findings. */
/** `options`: the settings the file was generated with, which the linter then reads it with too. */
function check(result, label, options = {}) {
  assert.equal(typeof result.text, 'string', `${label}: a text (reason: ${result.reason})`);
  const { text } = result;
  assert.ok(!text.includes('\r'), `${label}: LF endings only`);
  assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), `${label}: one final newline`);
  assert.deepEqual(serious(text, options), [], `${label}: no error, warning or info`);
  const names = text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.slice(0, l.indexOf(':')));
  const ranks = names.map((n) => ORDER.indexOf(n));
  assert.ok(!ranks.includes(-1), `${label}: only known fields: ${names.join(', ')}`);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
    `${label}: field order ${names.join(', ')}`,
  );
  assert.deepEqual(
    names,
    result.fields.map((f) => f.name),
    `${label}: text and fields agree`,
  );
  // A generated file cannot be signed: it always gets the not-signed hint, and only that one.
  const findings = core.lintSecurityTxt(text, { now: NOW, ...options });
  assert.equal(findings.filter((f) => f.code === 'securitytxt/not-signed').length, 1, `${label}: the not-signed hint`);
  return findings.filter((f) => f.code !== 'securitytxt/not-signed');
}

const POLICIES = {
  email: md(
    '# Tamarind Notes Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please email security@tamarind-notes.dev. We acknowledge reports within 2 business days.',
  ),
  advisory: md(
    '# Gristmill Security Policy',
    '',
    '## Reporting a Vulnerability',
    '',
    'Use [GitHub private vulnerability reporting](https://github.com/gristmill-dev/gristmill/security/advisories/new).',
    'We reply within 3 business days.',
  ),
  hackerone: md(
    '# Vantablue Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Report vulnerabilities through our [HackerOne program](https://hackerone.com/vantablue). We triage within 5 days.',
  ),
  pgp: md(
    '# Pinecrest Mail Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@pinecrest-mail.dev. Encrypt your report with our [PGP key](https://pinecrest-mail.dev/pgp-key.txt).',
    '',
    'Reporters are listed in our [hall of fame](https://pinecrest-mail.dev/hall-of-fame).',
    '',
    'We are [hiring security engineers](https://pinecrest-mail.dev/careers).',
  ),
  http: md(
    '# Marigold Cart Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Report issues through [Bugcrowd](http://bugcrowd.com/marigold-cart). We respond within 48 hours.',
  ),
  japanese: md(
    '# セキュリティポリシー',
    '',
    '## 脆弱性の報告',
    '',
    '脆弱性を発見した場合は、security@sakura-ledger.jp までメールでご連絡ください。',
    '3営業日以内に返信します。',
  ),
};

test('an e-mail policy: passes; only a no-encryption hint remains', () => {
  const r = generate(POLICIES.email);
  const all = check(r, 'email');
  assert.deepEqual(
    all.map((f) => [f.code, f.severity]),
    [['securitytxt/no-encryption', 'hint']],
  );
  assert.deepEqual(r.fields[0], { name: 'Contact', value: 'mailto:security@tamarind-notes.dev' });
});

test('a GitHub advisory link with the repository: passes with no finding at all; Policy from the repository', () => {
  const r = generate(POLICIES.advisory, { repository: 'gristmill-dev/gristmill' });
  assert.deepEqual(check(r, 'advisory'), []);
  assert.deepEqual(
    r.fields.map((f) => f.name),
    ['Contact', 'Expires', 'Preferred-Languages', 'Policy'],
  );
  assert.equal(r.fields[0].value, 'https://github.com/gristmill-dev/gristmill/security/advisories/new');
  assert.equal(r.fields[3].value, 'https://github.com/gristmill-dev/gristmill/security/policy');
});

test('a relative advisory link completed from the repository: passes', () => {
  const r = generate(md('# Gristmill', '', '## Reporting a Vulnerability', '', 'Use [private reporting](../../security/advisories/new).'), {
    repository: 'gristmill-dev/gristmill',
  });
  assert.deepEqual(check(r, 'relative advisory'), []);
});

test('a HackerOne URL: passes with no finding', () => {
  const r = generate(POLICIES.hackerone);
  assert.deepEqual(check(r, 'hackerone'), []);
  assert.equal(r.fields[0].value, 'https://hackerone.com/vantablue');
});

test('a PGP key URL with acknowledgments, hiring, Canonical and Policy: every field, in order, no finding', () => {
  const r = generate(POLICIES.pgp, {
    canonicalUrl: 'https://pinecrest-mail.dev/.well-known/security.txt',
    policyUrl: 'https://pinecrest-mail.dev/security',
  });
  assert.deepEqual(check(r, 'pgp'), []);
  assert.deepEqual(
    r.fields.map((f) => f.name),
    ORDER.filter((name) => name !== 'CSAF' && name !== 'Bug-Bounty'),
  );
  assert.equal(r.fields.find((f) => f.name === 'Encryption').value, 'https://pinecrest-mail.dev/pgp-key.txt');
});

test('a hall-of-fame page under /security/ is Acknowledgments, not a Contact', () => {
  const policy = md(
    '# Pinecrest Mail Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@pinecrest-mail.dev.',
    '',
    'Reporters are listed in our [hall of fame](https://pinecrest-mail.dev/security/hall-of-fame).',
  );
  const r = generate(policy);
  check(r, 'hall of fame');
  assert.deepEqual(
    r.fields.filter((f) => f.name === 'Contact').map((f) => f.value),
    ['mailto:security@pinecrest-mail.dev'],
  );
  assert.equal(r.fields.find((f) => f.name === 'Acknowledgments').value, 'https://pinecrest-mail.dev/security/hall-of-fame');
});

test('an http platform link: the Contact is upgraded to https, with a note; no not-https finding', () => {
  const r = generate(POLICIES.http);
  assert.deepEqual(check(r, 'http'), []);
  assert.equal(r.fields[0].value, 'https://bugcrowd.com/marigold-cart');
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0], /http:\/\/bugcrowd\.com\/marigold-cart/);
});

test('a policy in Japanese: Preferred-Languages ja; only a no-encryption hint remains', () => {
  const r = generate(POLICIES.japanese);
  const all = check(r, 'japanese');
  assert.deepEqual(
    all.map((f) => f.code),
    ['securitytxt/no-encryption'],
  );
  assert.equal(r.fields.find((f) => f.name === 'Preferred-Languages').value, 'ja');
  assert.equal(r.fields[0].value, 'mailto:security@sakura-ledger.jp');
});

test('expiresInDays: the Expires passes (no long-expiry), capped at 365 days', () => {
  for (const days of [1, 90, 365, 1000]) {
    const r = generate(POLICIES.hackerone, { expiresInDays: days });
    // Linted with the same setting: a file renewed for a day is not due for renewal at once.
    assert.deepEqual(check(r, `expiresInDays ${days}`, { expiresInDays: days }), []);
  }
  assert.equal(generate(POLICIES.hackerone, { expiresInDays: 1000 }).fields[1].value, '2027-11-22T00:00:00Z');
});

test('deterministic for a fixed now', () => {
  for (const [name, policy] of Object.entries(POLICIES)) {
    const a = generate(policy, { repository: 'gristmill-dev/gristmill' });
    const b = generate(policy, { repository: 'gristmill-dev/gristmill' });
    assert.equal(a.text, b.text, name);
    assert.deepEqual(a, b, name);
  }
  // A different now changes only the header date and Expires.
  const later = core.generateSecurityTxt(core.parsePolicy(POLICIES.email), { now: new Date('2027-01-15T12:00:00Z') });
  assert.match(later.text, /on 2027-01-15T12:00:00Z\n/);
  assert.match(later.text, /\nExpires: 2028-01-15T12:00:00Z\n/);
});

test('every generated file passes when linted at the same now, in a year with a leap day', () => {
  const now = new Date('2027-03-01T08:30:00Z');
  for (const [name, policy] of Object.entries(POLICIES)) {
    const r = core.generateSecurityTxt(core.parsePolicy(policy), { now });
    const findings = core.lintSecurityTxt(r.text, { now }).filter((f) => f.severity !== 'hint');
    assert.deepEqual(findings, [], name);
  }
});

test('CSAF from csafUrl when it is an https provider-metadata.json; otherwise a note and no field', () => {
  const url = 'https://vantablue.dev/.well-known/csaf/provider-metadata.json';
  const r = generate(POLICIES.email, { csafUrl: url });
  assert.deepEqual(
    r.fields.filter((f) => f.name === 'CSAF'),
    [{ name: 'CSAF', value: url }],
  );
  check(r, 'csaf');
  for (const bad of ['http://vantablue.dev/.well-known/csaf/provider-metadata.json', 'https://vantablue.dev/csaf/']) {
    const without = generate(POLICIES.email, { csafUrl: bad });
    assert.deepEqual(
      without.fields.filter((f) => f.name === 'CSAF'),
      [],
      bad,
    );
    assert.ok(without.notes.includes(`No CSAF field: "${bad}" is not an https URL of a provider-metadata.json (CSAF 2.0, requirement 8).`));
  }
});

test('Bug-Bounty: True for a bounty program on a paying platform, never for prose or a program that does not speak of one', () => {
  const bounty = md(
    '# Vantablue Security',
    '',
    '## Reporting',
    '',
    'Report vulnerabilities through our [bug bounty program on HackerOne](https://hackerone.com/vantablue). We triage within 5 days.',
  );
  const r = generate(bounty);
  assert.deepEqual(
    r.fields.filter((f) => f.name === 'Bug-Bounty'),
    [{ name: 'Bug-Bounty', value: 'True' }],
  );
  check(r, 'bounty');
  // The same platform without any word of a bounty (a disclosure program), and prose that says there is none.
  assert.deepEqual(
    generate(POLICIES.hackerone).fields.filter((f) => f.name === 'Bug-Bounty'),
    [],
  );
  const none = md('# Security', '', '## Reporting', '', 'Email security@vantablue.dev. We do not run a bug bounty program.');
  assert.deepEqual(
    generate(none).fields.filter((f) => f.name === 'Bug-Bounty'),
    [],
  );
});
