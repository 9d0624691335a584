// @ts-check
'use strict';
// The grammar tests of every language: one grammarTestsOf(tag) for each cases/<tag>.json (the
// format is in harness.js), so that a new language needs only its case file. Lists under a
// lead-in, which a case file cannot write, are in list-items.test.js.

const { CASE_TAGS, grammarTestsOf } = require('./harness.js');

for (const tag of CASE_TAGS) grammarTestsOf(tag);
