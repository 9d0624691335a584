// @ts-check
'use strict';
// The seed policies of the external corpus and what their EXPECTED.tsv says about them.
// Columns: file, rule, expect (fires | silent), line (1-based; 0 = anywhere), evidence.
// A 'contact' row is about `security-md txt`: it expects `Contact: <evidence>` in its output.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS, skipUnlessCorpus, runCli, mapLimit, readTsv } = require('./corpus');

const NOW = '2026-11-22T00:00:00Z';
const SEEDS = path.join(CORPUS, 'seeds');
const skip = skipUnlessCorpus('seeds');

if (skip) {
  test('seed policies match seeds/EXPECTED.tsv', { skip }, () => {});
} else {
  const rows = readTsv(path.join(SEEDS, 'EXPECTED.tsv'));
  const seedFiles = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const lintRows = rows.filter((r) => r.rule !== 'contact');
  const contactRows = rows.filter((r) => r.rule === 'contact');
  const describeRow = (r) =>
    `${r.file} ${r.rule} ${r.expect}${Number(r.line) ? ` at line ${r.line}` : ''} (EXPECTED.tsv line ${r.tsvLine}: ${JSON.stringify(r.evidence)})`;

  test('EXPECTED.tsv is well formed and names existing seed files', () => {
    const problems = [];
    for (const r of rows) {
      if (r.expect !== 'fires' && r.expect !== 'silent') problems.push(`line ${r.tsvLine}: expect is ${JSON.stringify(r.expect)}`);
      if (!/^\d+$/.test(r.line)) problems.push(`line ${r.tsvLine}: line is ${JSON.stringify(r.line)}`);
      if (!seedFiles.includes(r.file)) problems.push(`line ${r.tsvLine}: no seed file ${r.file}`);
      if (r.rule === 'contact' && r.expect === 'fires' && !r.evidence) problems.push(`line ${r.tsvLine}: contact row without evidence`);
    }
    assert.deepEqual(problems, []);
    assert.ok(rows.length > 0, 'EXPECTED.tsv has no rows');
  });

  test('lint --format json over all seeds: every fires/silent row of EXPECTED.tsv holds', async () => {
    const r = await runCli(['lint', '--format', 'json', '--now', NOW, ...seedFiles], { cwd: SEEDS });
    assert.ok(r.status === 0 || r.status === 1, `exit code ${r.status}, stderr: ${r.stderr}`);
    assert.equal(r.stderr, '');
    const results = JSON.parse(r.stdout);
    assert.deepEqual(
      results.map((e) => e.file),
      seedFiles,
      'one result entry per seed file, in order',
    );
    const byFile = new Map(results.map((e) => [e.file, e.findings]));

    const misses = [];
    for (const row of lintRows) {
      const line = Number(row.line);
      const findings = (byFile.get(row.file) ?? []).filter((f) => f.code === row.rule);
      const covering = line === 0 ? findings : findings.filter((f) => f.range.start.line + 1 <= line && line <= f.range.end.line + 1);
      if (row.expect === 'fires' && covering.length === 0) {
        const elsewhere = findings.map((f) => `${f.range.start.line + 1}-${f.range.end.line + 1}`);
        misses.push(`MISSING ${describeRow(row)}${elsewhere.length ? `; ${row.rule} found at lines ${elsewhere.join(', ')}` : ''}`);
      }
      if (row.expect === 'silent' && findings.length > 0) {
        misses.push(`UNEXPECTED ${describeRow(row)}: ${findings.map((f) => `line ${f.range.start.line + 1}: ${f.message}`).join(' | ')}`);
      }
    }
    assert.equal(misses.length, 0, `${misses.length} of ${lintRows.length} rows do not hold:\n${misses.join('\n')}`);
  });

  test(`txt --now ${NOW}: every contact row of EXPECTED.tsv holds`, async () => {
    const files = [...new Set(contactRows.map((r) => r.file))];
    const outputs = new Map(await mapLimit(files, 4, async (file) => [file, await runCli(['txt', file, '--now', NOW], { cwd: SEEDS })]));
    const misses = [];
    for (const row of contactRows) {
      const out = outputs.get(row.file);
      const contacts = out.stdout.split('\n').filter((l) => l.startsWith('Contact: '));
      const has = contacts.includes(`Contact: ${row.evidence}`);
      if (row.expect === 'fires' && !has) {
        misses.push(
          `MISSING ${describeRow(row)}; exit ${out.status}, got ${JSON.stringify(contacts)}${out.status === 0 ? '' : `, stderr: ${out.stderr.trim()}`}`,
        );
      }
      if (row.expect === 'silent' && has) misses.push(`UNEXPECTED ${describeRow(row)}`);
    }
    assert.equal(misses.length, 0, `${misses.length} of ${contactRows.length} contact rows do not hold:\n${misses.join('\n')}`);
  });
}
