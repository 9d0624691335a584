// @ts-check
'use strict';
// Robustness over the real SECURITY.md files of the external corpus: nothing crashes, every
// file gets a result, every range lies inside its file, and txt either works or says why not.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CORPUS, skipUnlessCorpus, runCli, mapLimit } = require('./corpus');

const NOW = '2026-11-22T00:00:00Z';
const POLICIES = path.join(CORPUS, 'security-md');
const skip = skipUnlessCorpus('security-md');

/** Line starts as the linter counts them: after \n, and after a \r not followed by \n. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

if (skip) {
  test('real policies: lint and txt never fail', { skip }, () => {});
} else {
  const files = fs
    .readdirSync(POLICIES)
    .filter((f) => f.endsWith('.md'))
    .sort();

  test('the corpus has policies', () => {
    assert.ok(files.length > 0, `no .md files in ${POLICIES}`);
  });

  test('lint --format json over all real policies: one entry each, no internal-error, ranges inside the file', async () => {
    const r = await runCli(['lint', '--format', 'json', '--now', NOW, ...files], { cwd: POLICIES, timeout: 120_000 });
    assert.ok(r.status === 0 || r.status === 1, `exit code ${r.status}, stderr: ${r.stderr}`);
    assert.equal(r.stderr, '');
    const results = JSON.parse(r.stdout);
    assert.deepEqual(results.map((e) => e.file).sort(), files, 'every file gets a result entry');

    const problems = [];
    for (const { file, findings } of results) {
      let text = fs.readFileSync(path.join(POLICIES, file), 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const starts = lineStarts(text);
      const offset = (p) => {
        if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= starts.length)
          return undefined;
        const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
        const at = starts[p.line] + p.character;
        return at <= lineEnd ? at : undefined;
      };
      for (const f of findings) {
        if (f.code === 'internal-error') problems.push(`${file}: internal-error: ${f.message}`);
        if (!['error', 'warning', 'info', 'hint'].includes(f.severity)) problems.push(`${file}: ${f.code}: severity ${f.severity}`);
        const start = offset(f.range.start);
        const end = offset(f.range.end);
        if (start === undefined || end === undefined || start > end) {
          problems.push(`${file}: ${f.code}: range ${JSON.stringify(f.range)} is not inside the file`);
        }
      }
    }
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.join('\n')}`);
  });

  test('txt for every real policy: exit 0 with a Contact line, or exit 1 with a reason', async () => {
    const outputs = await mapLimit(files, Math.max(2, Math.min(8, os.cpus().length)), (file) =>
      runCli(['txt', file, '--now', NOW], { cwd: POLICIES }),
    );
    const problems = [];
    const notes = /^security-md: note: .+$/;
    files.forEach((file, i) => {
      const { status, stdout, stderr } = outputs[i];
      const errLines = stderr.split('\n').filter((l) => l !== '');
      if (status === 0) {
        const lines = stdout.split('\n');
        if (!lines.some((l) => /^Contact: \S+$/.test(l))) problems.push(`${file}: exit 0 without a Contact line:\n${stdout}`);
        if (!lines.some((l) => /^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(l)))
          problems.push(`${file}: exit 0 without an Expires line`);
        const other = errLines.filter((l) => !notes.test(l));
        if (other.length) problems.push(`${file}: exit 0 but stderr: ${other.join(' | ')}`);
      } else if (status === 1) {
        if (stdout !== '') problems.push(`${file}: exit 1 but stdout: ${stdout.slice(0, 200)}`);
        const reason = `security-md: ${file}: no security.txt: `;
        const reasons = errLines.filter((l) => l.startsWith(reason) && l.length > reason.length);
        if (reasons.length !== 1) problems.push(`${file}: exit 1 without a reason on stderr: ${JSON.stringify(stderr)}`);
      } else {
        problems.push(`${file}: exit ${status}: ${stderr.trim()}`);
      }
    });
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.join('\n')}`);
  });
}
