// npm run corpus [-- DIR ...]: lints folders of real policies and compares the findings with each
// folder's EXPECTED.tsv. Prints a table per rule and every miss. Default: every labelled folder of
// ../shared/corpus (seeds, security-md, security-md-2).

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const { scoreLabels } = require('../test/corpus/labels.js');

const corpus = join(here, '../../shared/corpus');
const dirs =
  process.argv.length > 2
    ? process.argv.slice(2).map((d) => resolve(d))
    : existsSync(corpus)
      ? readdirSync(corpus)
          .map((d) => join(corpus, d))
          .filter((d) => existsSync(join(d, 'EXPECTED.tsv')))
          .sort()
      : [];
if (dirs.length === 0) console.log(`No labelled corpus at ${corpus}: nothing to compare.`);

const pct = ([a, b]) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '—');
for (const dir of dirs) {
  if (!existsSync(join(dir, 'EXPECTED.tsv'))) {
    console.log(`No EXPECTED.tsv in ${dir}: nothing to compare.\n`);
    continue;
  }
  const { table, fires, silent, misses } = scoreLabels(core, dir);
  console.log(`Corpus: ${dir}\n`);
  console.log(`${'rule'.padEnd(28)} ${'must fire: found'.padEnd(20)} must stay silent: kept`);
  for (const [rule, e] of [...table].sort()) console.log(`${rule.padEnd(28)} ${pct(e.fires).padEnd(20)} ${pct(e.silent)}`);
  console.log(`${'all'.padEnd(28)} ${pct(fires).padEnd(20)} ${pct(silent)}`);
  console.log(misses.length ? `\nMisses:\n${misses.map((m) => `  ${m}`).join('\n')}\n` : '\nNo misses.\n');
}

// Per compliance profile: how many real policies meet every requirement today.
const policyFolders = existsSync(corpus)
  ? readdirSync(corpus)
      .map((d) => join(corpus, d))
      .filter((d) => !d.endsWith('security-txt'))
  : [];
const policies = policyFolders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.md'))
    .map((f) => join(dir, f)),
);
if (policies.length > 0) {
  const { readFileSync } = await import('node:fs');
  const now = new Date('2026-12-01T00:00:00Z');
  const rows = core.PROFILES.map((p) => ({ profile: p, meets: 0, errors: 0, unmet: new Map() }));
  for (const file of policies) {
    const model = core.parsePolicy(readFileSync(file, 'utf8'));
    for (const row of rows) {
      let report;
      try {
        report = core.checkCompliance(model, row.profile.id, { now });
      } catch (error) {
        row.errors++;
        console.log(`internal error: ${row.profile.id} on ${file}: ${error instanceof Error ? error.message : error}`);
        continue;
      }
      if (report.met === report.total) row.meets++;
      for (const r of report.requirements) if (!r.met && !r.optional) row.unmet.set(r.title, (row.unmet.get(r.title) ?? 0) + 1);
    }
  }
  console.log(`Compliance profiles over ${policies.length} real policies (${policyFolders.length} folders):\n`);
  console.log('| Profile | Policies that meet it | Share | Most often missing |');
  console.log('| --- | ---: | ---: | --- |');
  for (const { profile, meets, unmet } of rows) {
    const [most, count] = [...unmet].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
    const share = ((100 * meets) / policies.length).toFixed(0);
    console.log(`| \`${profile.id}\` | ${meets} of ${policies.length} | ${share}% | ${most}${count ? ` (${count})` : ''} |`);
  }
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  console.log(errors ? `\n${errors} internal errors.` : '\nNo internal errors.');
}
