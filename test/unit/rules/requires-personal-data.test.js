// @ts-check
'use strict';
// requires-personal-data's cases are data (cases/requires-personal-data.json); here what the format
// cannot say: that the finding has no fix, and silence on an unreadable policy with a paragraph of its own.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'requires-personal-data';
const { expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

test('no quick fix', () => {
  const text = md(
    '# Quern Security',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@quern.dev. We do not accept anonymous reports.',
  );
  assert.deepEqual(expectOne(text, {}, ON).fixes ?? [], []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy(
    'security@quern.dev',
    'Ilmoituksessa on oltava koko nimesi ja puhelinnumerosi. Emme käsittele nimettömiä ilmoituksia.',
  );
  silentUnreadable(text, ON);
});
