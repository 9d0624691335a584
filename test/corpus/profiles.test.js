// @ts-check
'use strict';
// Every real policy of the external corpus, checked against every compliance profile and linted
// with all of them on: no internal error, every requirement answered, every finding inside its file.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS, skipUnlessCorpus } = require('./corpus');
const { core } = require('../unit/helpers.js');

const NOW = new Date('2026-11-22T00:00:00Z');
const skip = skipUnlessCorpus('security-md');

if (skip) {
  test('real policies against every profile', { skip }, () => {});
} else {
  const files = fs
    .readdirSync(CORPUS)
    .filter((d) => d !== 'security-txt' && fs.statSync(path.join(CORPUS, d)).isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(CORPUS, d))
        .filter((f) => f.toLowerCase().endsWith('.md'))
        .map((f) => path.join(CORPUS, d, f)),
    );

  test('every corpus policy is checked against every profile without an internal error', () => {
    assert.ok(files.length > 100, `only ${files.length} policies`);
    const failures = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const model = core.parsePolicy(text);
      for (const id of core.PROFILE_IDS) {
        try {
          const report = core.checkCompliance(model, id, { now: NOW });
          if (report.requirements.length !== core.profileById(id).requirements.length) failures.push(`${id} ${file}: requirements lost`);
        } catch (error) {
          failures.push(`${id} ${file}: ${error}`);
        }
      }
      const findings = core.lint(text, { now: NOW, profiles: core.PROFILE_IDS });
      for (const f of findings) {
        if (f.code === core.INTERNAL_ERROR) failures.push(`lint ${file}: ${f.message}`);
        else if (!(0 <= f.start && f.start <= f.end && f.end <= text.length)) failures.push(`lint ${file}: ${f.code} out of range`);
      }
    }
    assert.deepEqual(failures, []);
  });
}
