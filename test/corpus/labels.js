// @ts-check
'use strict';
// Scores the linter against a folder's EXPECTED.tsv (file, rule, expect = fires|silent, line with
// 0 = anywhere, evidence; a 'contact' row expects "Contact: <evidence>" in the generated
// security.txt), the way the labels are meant: each file linted as a policy of its own, with no
// repository. Shared by `npm run corpus` and the corpus tests.

const fs = require('node:fs');
const path = require('node:path');
const { readTsv } = require('./corpus');

const NOW = new Date('2026-11-22T00:00:00Z');

/**
 * { rows, table: Map(rule -> { fires: [hit, all], silent: [hit, all] }), fires, silent, misses }
 * for the folder `dir`, with `core` the built core module.
 */
function scoreLabels(core, dir) {
  const rows = readTsv(path.join(dir, 'EXPECTED.tsv'));
  const results = new Map();
  const resultsFor = (file) => {
    if (!results.has(file)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
      const model = core.parsePolicy(text);
      const starts = core.lineStartsOf(text);
      const line = (offset) => core.positionAt(starts, offset).line + 1;
      results.set(file, {
        findings: core.lintModel(model, { now: NOW }).map((f) => ({ code: f.code, from: line(f.start), to: line(f.end) })),
        contacts: (core.generateSecurityTxt(model, { now: NOW }).text ?? '')
          .split('\n')
          .filter((l) => /^contact:/i.test(l))
          .map((l) => l.slice(8).trim().toLowerCase()),
      });
    }
    return results.get(file);
  };
  const table = new Map();
  const misses = [];
  for (const row of rows) {
    const { findings, contacts } = resultsFor(row.file);
    const line = Number(row.line || 0);
    let hit;
    if (row.rule === 'contact') hit = contacts.includes(row.evidence.trim().toLowerCase());
    else {
      const mine = findings.filter((f) => f.code === row.rule);
      hit = row.expect === 'silent' ? mine.length === 0 : line === 0 ? mine.length > 0 : mine.some((f) => f.from <= line && line <= f.to);
    }
    const entry = table.get(row.rule) ?? { fires: [0, 0], silent: [0, 0] };
    const bucket = row.expect === 'silent' ? entry.silent : entry.fires;
    bucket[1]++;
    if (hit) bucket[0]++;
    else misses.push(`${row.file}  ${row.rule} ${row.expect}${line ? ` line ${line}` : ''}  :: ${row.evidence.slice(0, 90)}`);
    table.set(row.rule, entry);
  }
  const sum = (k) => [...table.values()].reduce(([a, b], e) => [a + e[k][0], b + e[k][1]], [0, 0]);
  return { rows, table, fires: sum('fires'), silent: sum('silent'), misses };
}

module.exports = { scoreLabels };
