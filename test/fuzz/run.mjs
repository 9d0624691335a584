// npm run fuzz: the properties of ./properties.js with 100,000 cases in all (fuzz.test.js runs
// 10,000 of them as part of the tests). Prints progress, the counts and the seed; exits 1 with the
// counterexample of every property that failed.
//
//   FUZZ_SEED=<integer>   another seed (default: the fixed one of properties.js)
//   FUZZ_CASES=<integer>  another total number of cases

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fc = require('fast-check');
const { buildProperties, allocateRuns, seedFromEnv, propertySeed, describeFailure } = require('./properties.js');

const total = process.env.FUZZ_CASES ? Number(process.env.FUZZ_CASES) : 100_000;
if (!Number.isInteger(total) || total < 1) {
  console.error(`FUZZ_CASES must be a positive integer, not ${JSON.stringify(process.env.FUZZ_CASES)}`);
  process.exit(2);
}
const seed = seedFromEnv();
const { properties, corpus } = buildProperties();
const runs = allocateRuns(properties, total);
const planned = runs.reduce((a, b) => a + b, 0);

console.log(`fuzz: seed ${seed} (override with FUZZ_SEED=<integer>)`);
console.log(`fuzz: ${properties.length} properties, ${planned} cases planned`);
console.log(
  corpus.present
    ? `fuzz: mutating ${corpus.md} policies and ${corpus.txt} security.txt files of ${corpus.path}`
    : `fuzz: no corpus at ${corpus.path}: mutating invented seeds only`,
);

const started = process.hrtime.bigint();
const failures = [];
const counts = new Map();
let done = 0;
properties.forEach((p, i) => {
  const t0 = process.hrtime.bigint();
  const details = fc.check(p.property, { numRuns: runs[i], seed: propertySeed(seed, i) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  done += details.numRuns;
  counts.set(p.linter, (counts.get(p.linter) ?? 0) + details.numRuns);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `[${String(i + 1).padStart(2)}/${properties.length}] ${p.name.padEnd(48)} ${String(details.numRuns).padStart(6)} cases ` +
      `${(ms / 1000).toFixed(1).padStart(6)} s  ${details.failed ? 'FAILED' : 'ok'}   (total ${done}, ${elapsed.toFixed(0)} s)`,
  );
  if (details.failed) failures.push(describeFailure(p, details));
});

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `fuzz: ${done} cases in ${seconds.toFixed(1)} s (${[...counts].map(([k, v]) => `${k}: ${v}`).join(', ')}); seed ${seed}; ` +
    `${failures.length} of ${properties.length} properties failed`,
);
if (failures.length > 0) {
  for (const f of failures) console.error(`\n${f}`);
  process.exitCode = 1;
}
