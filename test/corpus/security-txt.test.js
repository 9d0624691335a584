// @ts-check
'use strict';
// security.txt over the optional external corpus (../shared/corpus):
// (a) the security.txt generated from every policy passes the security.txt rules, or says why
//     there is none;
// (b) the real security.txt files give exactly the findings their faults call for
//     (SOURCES.tsv 'note' column, read against RFC 9116), judged at NOW.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS, SKIP_REASON, readTsv } = require('./corpus');

const core = require(path.resolve(__dirname, '../../dist/core.js'));

const NOW = new Date('2026-11-22T00:00:00Z');
const corpusPresent = fs.existsSync(CORPUS);

/**
 * The finding codes each real file must give, and why (now = 2026-11-22T00:00:00Z).
 * A mailto: Contact without Encryption gives the no-encryption hint; an unsigned file, the
 * not-signed hint.
 */
const EXPECTED = {
  // Contact is the GitHub security tab (https); Expires 2025-06-30T00:00:00z: lower-case z is legal
  // RFC 3339, but the date is past.
  '2factorauth__2fa.directory__public-.well-known-security.txt': ['expired', 'not-signed'],
  // Two lines: mailto Contact and Canonical. No Expires (required); no Encryption for the mailto.
  // (The Canonical pointing to .well-known while the file sits at the root is not visible in the file.)
  '96boards__website__security.txt': ['no-expires', 'no-encryption', 'not-signed'],
  // Signed, Canonical and Encryption present; no Expires. A missing blank line before the
  // signature block is not an RFC 9116 fault; the blank line after END is not data.
  'AU-COVIDSafe__mobile-android__security.txt': ['no-expires'],
  // Signed without Canonical; the stray second "Hash: SHA256" is inside the signed body, so it is
  // a field named Hash (unknown); "Contact: security@almalinux.org" lacks mailto: (invalid URI);
  // Expires 2030-03-21 is more than a year ahead. Trailing spaces in comments are legal.
  'AlmaLinux__almalinux.org__static-.well-known-security.txt': ['signed-without-canonical', 'unknown-field', 'invalid-uri', 'long-expiry'],
  // Valid baseline: Expires 2027-03-17 (milliseconds are legal) is within a year; mailto without Encryption.
  'AustinHackers__austinhackers.github.io__static-.well-known-security.txt': ['no-encryption', 'not-signed'],
  // "Security policy:" is not a field (space in the name); no Expires; mailto without Encryption.
  'CovidShield__covidshield.github.io__static-.well-known-security.txt': ['invalid-line', 'no-expires', 'no-encryption', 'not-signed'],
  // Expires 2026-01-01T00:01:00.000Z is past. "Multiple Preferred-Languages" means several languages
  // in one field, which is legal; a trailing blank line is legal; Contact is https.
  'DIVD-NL__web-www-v2__static-.well-known-security.txt': ['expired', 'not-signed'],
  // Draft-era "Signature:" field (not in the registry); Expires in RFC 2822 form is not RFC 3339
  // (so it cannot be judged expired). Several Contact and Canonical fields are legal; Encryption present.
  'Freifunk-Rhein-Neckar__website__static-.well-known-security.txt': ['unknown-field', 'invalid-expires', 'not-signed'],
  // Signed, Canonical, Encryption as a data: URI (a URI), Expires 2027-04-30 within a year: clean.
  'GrapheneOS__grapheneos.org__static-.well-known-security.txt': [],
  // No Expires; "en,fr,nl" without spaces is a legal list; mailto without Encryption.
  'Internet-Society-Belgium__istrust.org__static-.well-known-security.txt': ['no-expires', 'no-encryption', 'not-signed'],
  // Contact is a bare e-mail (no mailto:); no Expires. Encryption present, and the Contact is not mailto:.
  'securitytxt__security-txt__template-security.txt': ['invalid-uri', 'no-expires', 'not-signed'],
};

function policyFiles(sub) {
  const dir = path.join(CORPUS, sub);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

test(
  'every seed and real policy: the generated security.txt has no error/warning/info finding, or there is a reason',
  { skip: corpusPresent ? false : SKIP_REASON },
  () => {
    const files = [...policyFiles('seeds'), ...policyFiles('security-md')];
    assert.ok(files.length > 0, 'no policies in seeds/ or security-md/');
    const problems = [];
    let generated = 0;
    for (const file of files) {
      const name = path.relative(CORPUS, file);
      const policy = fs.readFileSync(file, 'utf8');
      const result = core.generateSecurityTxt(core.parsePolicy(policy), { now: NOW });
      if (result.text === undefined) {
        if (typeof result.reason !== 'string' || result.reason.trim() === '') problems.push(`${name}: no text and no reason`);
        continue;
      }
      generated++;
      if (result.reason !== undefined) problems.push(`${name}: a text and a reason`);
      // Linted beside the policy it came from: in step with it (securitytxt/out-of-sync) too.
      const findings = core
        .lintSecurityTxt(result.text, { now: NOW, policy: { text: policy, path: 'SECURITY.md' } })
        .filter((f) => f.severity !== 'hint');
      for (const f of findings) problems.push(`${name}: ${f.code} (${f.severity}) on ${JSON.stringify(result.text.slice(f.start, f.end))}`);
    }
    assert.deepEqual(problems, []);
    assert.ok(generated > 0, 'no policy gave a security.txt');
  },
);

const TXT = path.join(CORPUS, 'security-txt');
const txtSkip = !corpusPresent ? SKIP_REASON : !fs.existsSync(TXT) ? 'external corpus has no security-txt/ folder' : false;

test('security-txt/SOURCES.tsv lists exactly the files of the table, and the folder holds them', { skip: txtSkip }, () => {
  const rows = readTsv(path.join(TXT, 'SOURCES.tsv'));
  assert.deepEqual(rows.map((r) => r.file).sort(), Object.keys(EXPECTED).sort());
  const onDisk = fs
    .readdirSync(TXT)
    .filter((f) => f !== 'SOURCES.tsv')
    .sort();
  assert.deepEqual(onDisk, Object.keys(EXPECTED).sort());
  for (const r of rows) assert.ok(r.note.trim() !== '', `${r.file} has a note`);
});

for (const [file, codes] of Object.entries(EXPECTED)) {
  test(`security-txt/${file}: exactly ${codes.length ? codes.join(', ') : 'no findings'}`, { skip: txtSkip }, async () => {
    const text = fs.readFileSync(path.join(TXT, file), 'utf8');
    // With the signature read by OpenPGP.js: the signed files' signatures must parse.
    const findings = await core.lintSecurityTxtSigned(text, { now: NOW });
    const actual = [...new Set(findings.map((f) => f.code))].sort();
    const expected = codes.map((c) => `securitytxt/${c}`).sort();
    assert.deepEqual(actual, expected, findings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))}`).join('\n'));
    for (const f of findings) {
      assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code}: range inside the file`);
    }
  });
}
