// @ts-check
'use strict';
// core fixAll over the policies of the optional external corpus (../shared/corpus): the seeds and
// every file of security-md/. The corpus is read at test time, never copied here.
//
// For each policy, with and without a known repository:
// - fixing brings in no error-severity code that was not there before;
// - no finding with a fix is left;
// - fixAll of the result changes nothing (idempotent);
// - lint of the fixed text has no internal-error.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, CORPUS, skipUnlessCorpus } = require('./corpus');

const { fixAll, lint, INTERNAL_ERROR } = require(path.join(ROOT, 'dist', 'core.js'));

const NOW = new Date('2026-11-22T00:00:00Z');
const VARIANTS = [
  ['no repository', { now: NOW }],
  ['repository acme/widgets', { now: NOW, repository: 'acme/widgets' }],
];

/** The policies of a corpus folder, sorted; the text as the CLI reads it (BOM removed). */
function policies(sub) {
  const dir = path.join(CORPUS, sub);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.md$/i.test(f))
    .sort()
    .map((name) => ({ name: `${sub}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '') }));
}

const where = (text, offset) => {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}`;
};

/** Every property of a correct "fix all" for one text; returns a list of problems (empty: fine). */
function checkFixAll(text, options) {
  const problems = [];
  const before = lint(text, options);
  const fixed = fixAll(text, options);
  const after = lint(fixed.text, options);

  if (after.some((f) => f.code === INTERNAL_ERROR)) {
    problems.push(`internal-error after fixing: ${after.filter((f) => f.code === INTERNAL_ERROR).map((f) => f.message)}`);
  }
  const errorsBefore = new Set(before.filter((f) => f.severity === 'error').map((f) => f.code));
  const newErrors = after.filter((f) => f.severity === 'error' && !errorsBefore.has(f.code));
  for (const f of newErrors) problems.push(`new error ${f.code} at ${where(fixed.text, f.start)}: ${f.message}`);
  for (const f of after.filter((x) => x.fixes && x.fixes.length > 0)) {
    problems.push(`still fixable: ${f.code} at ${where(fixed.text, f.start)}: ${f.message}`);
  }
  // What fixAll reports as left is what lint finds in its text.
  const summary = (list) => list.map((f) => `${f.code}@${f.start}-${f.end}`);
  if (JSON.stringify(summary(fixed.findings)) !== JSON.stringify(summary(after))) {
    problems.push(`fixAll().findings differ from lint(fixAll().text): ${summary(fixed.findings)} vs ${summary(after)}`);
  }
  if ((fixed.applied === 0) !== (fixed.text === text)) {
    problems.push(`applied ${fixed.applied} but the text ${fixed.text === text ? 'did not change' : 'changed'}`);
  }
  if (before.some((f) => f.fixes && f.fixes.length > 0) && fixed.text === text) problems.push('fixable findings, but nothing was fixed');
  const again = fixAll(fixed.text, options);
  if (again.text !== fixed.text || again.applied !== 0) {
    problems.push(`not idempotent: a second fixAll applied ${again.applied} fixes`);
  }
  return { problems, before, fixed, after };
}

for (const sub of ['seeds', 'security-md']) {
  const skip = skipUnlessCorpus(sub);
  if (skip) {
    // Printed, so a run without the corpus says why these tests did not run.
    console.log(`skipping fixAll over ${sub}/: ${skip}`);
    test(`fixAll over the corpus ${sub}/`, { skip }, () => {});
    continue;
  }
  const files = policies(sub);

  if (sub === 'security-md') {
    test('security-md/ holds the 80 real policies', () => {
      assert.equal(files.length, 80);
    });
  } else {
    test('seeds/ holds the 5 seed policies', () => {
      assert.equal(files.length, 5);
    });
  }

  for (const [label, options] of VARIANTS) {
    describe(`fixAll over ${sub}/ (${label})`, () => {
      for (const { name, text } of files) {
        test(name, () => {
          const { problems } = checkFixAll(text, options);
          assert.deepEqual(problems, [], `${name} (${label})`);
        });
      }
    });
  }
}
