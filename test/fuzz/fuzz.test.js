// @ts-check
'use strict';
// Property-based fuzzing of lint, lintSecurityTxt and fixAll (properties in ./properties.js):
// at least 10,000 cases in all, with a fixed seed unless FUZZ_SEED says otherwise.
// `npm run fuzz` runs the same properties with 100,000 cases.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { buildProperties, allocateRuns, seedFromEnv, propertySeed, describeFailure } = require('./properties.js');

const TOTAL = 10_000;
const seed = seedFromEnv();
const { properties, corpus } = buildProperties();
const runs = allocateRuns(properties, TOTAL);
const planned = runs.reduce((a, b) => a + b, 0);

console.log(
  `fuzz: seed ${seed} (override with FUZZ_SEED=<integer>); ${properties.length} properties, ${planned} cases planned; ` +
    (corpus.present
      ? `mutating ${corpus.md} policies and ${corpus.txt} security.txt files of ${corpus.path}`
      : `no corpus at ${corpus.path}: invented seeds only`),
);

const executed = new Map();
const failed = [];
const started = process.hrtime.bigint();

properties.forEach((p, i) => {
  test(`${p.name} (${runs[i]} cases)`, () => {
    const t0 = process.hrtime.bigint();
    const details = fc.check(p.property, { numRuns: runs[i], seed: propertySeed(seed, i) });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    executed.set(p.name, details.numRuns);
    console.log(`fuzz: ${p.name}: ${details.numRuns} cases in ${ms.toFixed(0)} ms${details.failed ? ' FAILED' : ''}`);
    if (details.failed) {
      failed.push(p.name);
      assert.fail(describeFailure(p, details));
    }
  });
});

test(`at least ${TOTAL} cases ran`, () => {
  const total = [...executed.values()].reduce((a, b) => a + b, 0);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const byLinter = {};
  properties.forEach((p) => (byLinter[p.linter] = (byLinter[p.linter] ?? 0) + (executed.get(p.name) ?? 0)));
  console.log(
    `fuzz: ${total} cases in ${seconds.toFixed(1)} s (${Object.entries(byLinter)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}); seed ${seed}; ${failed.length} of ${properties.length} properties failed`,
  );
  assert.equal(executed.size, properties.length, 'every property ran');
  // A failing property stops at its counterexample; the others must have run in full.
  const shortfall = properties.filter((p, i) => !failed.includes(p.name) && executed.get(p.name) !== runs[i]);
  assert.deepEqual(
    shortfall.map((p) => p.name),
    [],
  );
  if (failed.length === 0) assert.ok(total >= TOTAL, `${total} cases ran, fewer than ${TOTAL}`);
});
