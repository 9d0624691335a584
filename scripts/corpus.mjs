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
