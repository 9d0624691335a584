// @ts-check
'use strict';
// The OpenSSF Scorecard line of `security-md lint` (text format). Build first: node scripts/build.mjs

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { COMPLETE_POLICY, ONE_SECTION_POLICY, testRepository, runCliSync } = require('./fixtures.js');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const core = require(path.join(ROOT, 'dist', 'core.js'));
const NOW = '2026-03-01T00:00:00Z';
const LINE_RE = /^ {2}OpenSSF Scorecard Security-Policy: (\d+)\/10( \(for 10: .+\))?$/;

const run = (args, cwd) => runCliSync(args, { cwd });

// Invented fixtures.
const FULL = COMPLETE_POLICY;

/** A contact and text, but only one mention (the heading's "Vulnerability"): 9/10. */
const NINE = ONE_SECTION_POLICY;

/** No link at all: text and mentions only. */
const NO_LINK = [
  '# Security',
  '',
  '## Reporting a Vulnerability',
  '',
  'Tell a maintainer in person; we disclose fixes after 30 days.',
  '',
].join('\n');

const TXT = 'Contact: mailto:sec@lanternworks.io\nExpires: 2026-12-31T00:00:00Z\nEncryption: https://lanternworks.io/pgp.txt\n';

const tmp = testRepository('security-md-scorecard-', {
  'full/SECURITY.md': FULL,
  'nine/.github/SECURITY.md': NINE,
  'nolink/docs/SECURITY.md': NO_LINK,
  'empty/SECURITY.md': '',
  '.well-known/security.txt': TXT,
  'notes.txt': 'Contact: mailto:sec@lanternworks.io\n',
});

/** Splits text output into blocks: { file, rows, scorecard lines }. */
function blocks(stdout) {
  const parts = stdout.split('\n\n');
  parts.pop(); // the summary
  return parts.map((block) => {
    const [file, ...lines] = block.split('\n');
    return { file, lines, scorecard: lines.filter((l) => /Scorecard/.test(l)) };
  });
}

describe('the Scorecard line in text output', () => {
  test('a full policy: "  OpenSSF Scorecard Security-Policy: 10/10" right under the file name', () => {
    const r = run(['lint', '--now', NOW, 'full'], tmp);
    assert.equal(r.status, 0);
    assert.equal(
      r.stdout,
      ['full/SECURITY.md', '  OpenSSF Scorecard Security-Policy: 10/10', '', 'No problems found in 1 file.', ''].join('\n'),
    );
  });

  test('each SECURITY.md gets its line after its findings; the number matches core.scorecardScore', () => {
    const r = run(['lint', '--now', NOW, 'full', 'nine', 'nolink', 'empty/SECURITY.md'], tmp);
    const bs = blocks(r.stdout);
    assert.deepEqual(
      bs.map((b) => b.file),
      ['full/SECURITY.md', 'nine/.github/SECURITY.md', 'nolink/docs/SECURITY.md', 'empty/SECURITY.md'],
    );
    const texts = [FULL, NINE, NO_LINK, ''];
    for (const [i, b] of bs.entries()) {
      assert.equal(b.scorecard.length, 1, b.file);
      assert.equal(b.lines[b.lines.length - 1], b.scorecard[0], `${b.file}: the Scorecard line comes last`);
      const m = LINE_RE.exec(b.scorecard[0]);
      assert.ok(m, b.scorecard[0]);
      const expected = core.scorecardScore(texts[i]);
      assert.equal(Number(m[1]), expected.score, b.file);
      assert.equal(b.scorecard[0], `  ${core.describeScorecard(expected)}`);
    }
    assert.deepEqual(
      bs.map((b) => Number(LINE_RE.exec(b.scorecard[0])[1])),
      [10, 9, 4, 0],
    );
  });

  test('9/10 says what is missing for 10', () => {
    const r = run(['lint', '--now', NOW, 'nine'], tmp);
    assert.match(
      r.stdout,
      /\n {2}OpenSSF Scorecard Security-Policy: 9\/10 \(for 10: say how vulnerabilities are disclosed and within how many days\)\n/,
    );
  });

  test('no line under a security.txt, nor under another .txt file linted as one', () => {
    const r = run(['lint', '--now', NOW, '.well-known/security.txt', 'notes.txt', 'full'], tmp);
    const bs = blocks(r.stdout);
    assert.deepEqual(
      bs.map((b) => [b.file, b.scorecard.length]),
      [
        ['.well-known/security.txt', 0],
        ['notes.txt', 0],
        ['full/SECURITY.md', 1],
      ],
    );
  });

  test('a clean security.txt alone: no Scorecard line anywhere', () => {
    const r = run(['lint', '--now', NOW, '.well-known/security.txt'], tmp);
    assert.doesNotMatch(r.stdout, /Scorecard/);
  });

  test('json and sarif output carry no Scorecard line (stdout stays JSON)', () => {
    for (const format of ['json', 'sarif']) {
      const r = run(['lint', '--format', format, '--now', NOW, 'nine'], tmp);
      assert.doesNotMatch(r.stdout, /OpenSSF Scorecard/);
      assert.doesNotThrow(() => JSON.parse(r.stdout), format);
    }
  });
});
