// npm run corpus [-- DIR]: lints a folder of real policies and compares the findings with the
// folder's EXPECTED.tsv (file, rule, expect = fires|silent, line (0 = anywhere), evidence).
// Prints a table per rule and every miss. Default folder: ../shared/corpus/security-md.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const core = createRequire(import.meta.url)('../dist/core.js');
const dir = resolve(process.argv[2] ?? join(here, '../../shared/corpus/security-md'));
const labelsPath = join(dir, 'EXPECTED.tsv');
if (!existsSync(labelsPath)) {
  console.log(`No corpus at ${dir} (EXPECTED.tsv missing): nothing to compare.`);
  process.exit(0);
}

const now = new Date('2026-11-22T00:00:00Z');
const [header, ...lines] = readFileSync(labelsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const columns = header.split('\t');
const rows = lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [columns[i], v])));

const cache = new Map();
function resultsFor(file) {
  if (!cache.has(file)) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const model = core.parsePolicy(text);
    const findings = core.lintModel(model, { now });
    const starts = core.lineStartsOf(text);
    const txt = core.generateSecurityTxt(model, { now });
    cache.set(file, {
      findings: findings.map((f) => ({
        ...f,
        from: core.positionAt(starts, f.start).line + 1,
        to: core.positionAt(starts, f.end).line + 1,
      })),
      contacts: (txt.text ?? '')
        .split('\n')
        .filter((l) => /^contact:/i.test(l))
        .map((l) => l.slice(8).trim().toLowerCase()),
    });
  }
  return cache.get(file);
}

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

const pct = ([a, b]) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '—');
console.log(`Corpus: ${dir}\n`);
console.log(`${'rule'.padEnd(28)} ${'must fire: found'.padEnd(18)} must stay silent: kept`);
for (const [rule, e] of [...table].sort()) console.log(`${rule.padEnd(28)} ${pct(e.fires).padEnd(18)} ${pct(e.silent)}`);
const sum = (k) => [...table.values()].reduce(([a, b], e) => [a + e[k][0], b + e[k][1]], [0, 0]);
console.log(`${'all'.padEnd(28)} ${pct(sum('fires')).padEnd(18)} ${pct(sum('silent'))}`);
console.log(misses.length ? `\nMisses:\n${misses.map((m) => `  ${m}`).join('\n')}` : '\nNo misses.');
