// @ts-check
'use strict';
// single-person-contact's cases are data (cases/single-person-contact.json); here what the format
// cannot say: that the finding has no fix, and that it fires on a policy the linter cannot read.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, lintAll, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'single-person-contact';
const { expectOne } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

test('no quick fix', () => {
  const text = md('# Yarrow Security', '', '## Reporting a Vulnerability', '', 'Please e-mail the maintainer at maria.kowalski@gmail.com.');
  assert.deepEqual(expectOne(text, {}, ON).fixes ?? [], []);
});

test('reads addresses, not words: it fires the same in a language the linter cannot read', () => {
  const text = unreadablePolicy('maria.kowalski@gmail.com');
  assert.ok(lintAll(text, ON).some((f) => f.code === 'unsupported-language'));
  expectOne(
    text,
    {
      covers: 'maria.kowalski@gmail.com',
      message:
        "Reports reach one person's own address only: add a team alias (security@your-domain), a form or GitHub private vulnerability reporting, so reports are read when that person is away.",
    },
    ON,
  );
});
