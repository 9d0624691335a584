// @ts-check
'use strict';
// No rule takes more than a linear pass: linting a policy twice as long takes at most about
// twice as long, per rule. A quadratic rule (a scan of all links per sentence, say) shows up
// as a fourfold growth.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW } = require('./helpers.js');

/** An invented policy of about 5 KB, with a bit of everything the rules look at. */
function chunk(i) {
  return [
    `# Gullwing Component ${i} Security Policy`,
    '',
    'Gullwing is a message broker for small fleets of sensors. This page explains how to report',
    'a security problem in Gullwing and what happens afterwards.',
    '',
    '## Supported Versions',
    '',
    '| Version | Supported | Ends |',
    '| ------- | --------- | ---- |',
    `| ${i % 9}.4.x | ✅ | 2027-03-01 |`,
    `| ${i % 9}.3.x | ✅ | 2026-12-01 |`,
    `| ${i % 9}.2.x | ‚ùå | ended |`,
    '| < 1.0 | :x: | ended |',
    '',
    'Each release line is supported for 12 months after the next minor release.',
    '',
    '## Reporting a Vulnerability',
    '',
    `Email **security@gullwing-${i}.dev** or <psirt@gullwing.dev>, or write to triage at gullwing dot dev.`,
    'You can also use [private reporting](https://github.com/gullwing/broker/security/advisories/new)',
    'or [our form][form]. Please do not open a public issue for security problems.',
    'For anything else, [open an issue](https://github.com/gullwing/broker/issues) as usual.',
    '',
    'Our old page at [http://gullwing.dev/security](http://gullwing.dev/security) redirects here;',
    'the [blog](http://blog.gullwing.dev/posts/release-notes) has the release notes.',
    '',
    `Mistyped: [security@gullwing.dev](mailto:secuirty@gullwing.dev), security[at]gullwing.org, a@@gullwing.dev, ops@gullwing-${i}.con.`,
    '',
    'Please include:',
    '',
    '- the affected version and platform,',
    '- the steps to reproduce, if possible with a proof of concept,',
    '- what an attacker could gain.',
    '',
    '## Response Timeline',
    '',
    'When we receive a report, we will:',
    '',
    '1. Acknowledge it within 48 hours.',
    '2. Confirm the problem as soon as possible.',
    '3. Release a fix within 30 days for critical issues.',
    '4. Keep you informed promptly and in a timely manner.',
    '',
    '| Severity | First response | Fix |',
    '|---|---|---|',
    '| Critical | 24 hours | 7 days |',
    '| High | 3 business days | 30 days |',
    '| Low | 2 weeks | next release |',
    '',
    'We will respond quickly. The team answers within 3 business days, usually sooner.',
    '',
    '## Disclosure Policy',
    '',
    'We publish a GitHub security advisory and request a CVE once a fix is out. We disclose',
    'unfixed problems after 6 months, and embargoes last at most 90 days.',
    'Credit the reporter when disclosing the issue.',
    '',
    '## Encryption',
    '',
    'Encrypt sensitive reports with our key ([download](http://gullwing.dev/keys/security.asc)):',
    '',
    '```',
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '',
    'mDMEZk3QbxYJKwYBBAHaRw8BAQdAq7Vn2cXbPz0rW1sLJm4eTfYh8uKdN3oQxA5v',
    'tB9HdWxsd2luZyBTZWN1cml0eSA8c2VjdXJpdHlAZ3VsbHdpbmcuZGV2PoiTBBMW',
    'CgA7FiEEXHab1DBGTuUvexVs3xxi3RolI7hQFAmZN0G8CGwMFCwkIBwICIgIGFQoJ',
    '=Qx7b',
    '-----END PGP PUBLIC KEY BLOCK-----',
    '```',
    '',
    '## Scope',
    '',
    'In scope:',
    '',
    '- the broker daemon `gullwingd` and its admin API,',
    '- the client libraries:',
    '  - `gullwing-py` (Python 3.10 and later),',
    '  - `gullwing-rs` (Rust 1.75 and later),',
    '- the official container images on ghcr.io.',
    '',
    '> Plugins written by third parties are out of scope; report them to their authors. The team',
    '> will forward a report when the author cannot be reached within 5 days.',
    '',
    'Reportar vulnerabilidades: responderemos lo antes posible, en 48 horas como máximo.',
    'Сообщите об уязвимости: мы ответим в течение 48 часов, исправление выйдет как можно скорее.',
    '공개 이슈에 바로 게시하지 말고 비공개로 제보해 주세요. 저희는 48시간 이내에 답변드립니다.',
    '',
    '<!-- security-md-disable-next-line vague-sla -->',
    'Out of scope: denial of service by flooding, which we handle in due course.',
    '',
    '## Safe Harbor',
    '',
    'We will not pursue legal action against researchers who act in good faith, avoid privacy',
    'violations and service disruption, and give us a reasonable amount of time to fix the problem',
    'before they publish it. If in doubt, ask first: we would rather hear from you twice than never.',
    'Testing against your own installation is always fine; testing against gullwing.dev is not.',
    '',
    '## Past Advisories',
    '',
    'Advisory | CVE | Fixed in | Published',
    '--- | --- | --- | ---',
    `GW-${2020 + (i % 6)}-01 | CVE-${2020 + (i % 6)}-${10000 + i} | ${i % 9}.3.2 | within 14 days`,
    `GW-${2020 + (i % 6)}-02 | CVE-${2020 + (i % 6)}-${20000 + i} | ${i % 9}.4.0 | after 120 days`,
    '',
    'See the [advisory list](http://gullwing.dev/advisories) and [CVE records](https://www.cve.org/).',
    '',
    '## Sicherheitslücken melden',
    '',
    'Wir antworten so schnell wie möglich, spätestens innerhalb von 2 Tagen. Bitte melden Sie',
    'Schwachstellen nicht im öffentlichen Tracker, sondern per E-Mail an sicherheit@gullwing.dev.',
    '',
    '## Signaler une vulnérabilité',
    '',
    'Nous répondrons rapidement. Écrivez à securite (at) gullwing (dot) dev ; nous publions un',
    'correctif sous 30 jours.',
    '',
    '## 脆弱性の報告',
    '',
    '脆弱性を見つけた場合は、公開の Issues ではなく security@gullwing.dev に報告してください。3営業日以内に返信します。',
    '我们会尽快修复，并在48小时内回复。',
    '',
    '## Bug Bounty',
    '',
    'Gullwing has no paid bounty. Reports through https://hackerone.com/gullwing are welcome and',
    'count the same as e-mail; we thank every reporter in the release notes and in HALL_OF_FAME.md,',
    'unless you ask us not to. Reports about gullwing.dev itself go to webmaster@gullwing.dev.',
    'Please be patient with us: the maintainers are volunteers spread over four time zones.',
    '',
    '## Acknowledgments',
    '',
    '## Questions',
    '',
    'Questions about this policy go to {{ SECURITY_CONTACT }} (TODO: fill in) or security@example.com.',
    'Last updated: 2024-02-10. Use this section to tell people how to report a vulnerability.',
    '',
    '---',
    '',
    '[form]: https://gullwing.dev/security/report',
    '',
    '',
  ].join('\n');
}

/** Repeats the chunk until the text is at least `bytes` long. */
function policyOf(bytes) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const c = chunk(i);
    parts.push(c);
    length += c.length;
  }
  return parts.join('');
}

/** Milliseconds one rule takes on a parsed model: the best of `runs` runs. */
function timeRule(rule, model, runs) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    rule.check(model, { options: {}, now: NOW, parameters: {} });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  return best;
}

test('No rule takes more than a linear pass', () => {
  const chunkSize = chunk(0).length;
  assert.ok(chunkSize > 4000 && chunkSize < 6500, `the chunk is ${chunkSize} characters`);
  const big = policyOf(1 << 20);
  const half = policyOf(1 << 19);

  // Lint both texts: lint(text) is parsePolicy(text) + lintModel(model); the models are parsed
  // once and kept for the per-rule timing below (parsing 1 MB twice would double the run time).
  const models = [];
  for (const text of [half, big]) {
    const t0 = process.hrtime.bigint();
    const model = core.parsePolicy(text);
    const parseMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const findings = core.lintModel(model, { now: NOW });
    assert.deepEqual(
      findings.filter((f) => f.code === core.INTERNAL_ERROR),
      [],
      `internal error at ${text.length} characters`,
    );
    assert.ok(findings.length > 0);
    for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range out of bounds: ${f.code}`);
    console.log(`parsePolicy: ${parseMs.toFixed(0)} ms for ${text.length} characters, ${findings.length} findings`);
    models.push(model);
  }
  const [halfModel, bigModel] = models;
  const rows = [];
  const slow = [];
  for (const rule of core.rules) {
    timeRule(rule, halfModel, 1); // warm up
    const halfMs = timeRule(rule, halfModel, 2);
    const bigMs = timeRule(rule, bigModel, 2);
    const limit = Math.max(50, 4 * halfMs + 20);
    rows.push({ rule: rule.code, 'half (ms)': halfMs.toFixed(2), 'full (ms)': bigMs.toFixed(2), 'limit (ms)': limit.toFixed(0) });
    if (bigMs > limit)
      slow.push(`${rule.code}: ${bigMs.toFixed(1)} ms on ${big.length} characters, ${halfMs.toFixed(1)} ms on ${half.length}`);
  }
  console.log(`per-rule check times, ${half.length} vs ${big.length} characters:`);
  console.table(rows);
  assert.deepEqual(slow, [], 'rules that grow faster than linearly');
});
