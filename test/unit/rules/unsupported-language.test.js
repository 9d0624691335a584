// @ts-check
'use strict';
// A policy in a language the linter cannot read: the notice, what else fires on such a policy and
// on a readable one are pinned by cases/unsupported-language.json. Here, on the documents of its
// first group, what the format cannot say: the notice's data is the language and nothing more.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { lintAll, md } = require('../helpers.js');
const CASES = require('./cases/unsupported-language.json');

test('unreadable policies: the notice has no other data', () => {
  const group = CASES.groups.find((g) => g.name.startsWith('one info finding on the title that names the language'));
  assert.ok(group, 'no group "one info finding on the title that names the language" in cases/unsupported-language.json');
  assert.equal(group.cases.length, 5);
  for (const c of group.cases) {
    assert.ok('findings' in c, 'a case without findings');
    const { data } = c.findings[0];
    assert.deepEqual(lintAll(md(...c.text)).find((f) => f.code === 'unsupported-language')?.data, data, data.name);
  }
});
