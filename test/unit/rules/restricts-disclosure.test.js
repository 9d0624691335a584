// @ts-check
'use strict';
// restricts-disclosure's cases are data (cases/restricts-disclosure.json); here what the format
// cannot say: that the finding has no fix, and silence on an unreadable policy with a paragraph of its own.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { reportingPolicy, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'restricts-disclosure';
const { expectOne, silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

test('no quick fix', () => {
  const text = reportingPolicy(
    'Sedge Security',
    'security@sedge.dev',
    '## Disclosure',
    '',
    'You may not disclose the vulnerability without our written consent.',
  );
  assert.deepEqual(expectOne(text, {}, ON).fixes ?? [], []);
});

test('silent for a policy in a language the linter cannot read', () => {
  const text = unreadablePolicy('security@sedge.dev', 'Et saa koskaan julkaista haavoittuvuuden tietoja ilman kirjallista lupaamme.');
  silentUnreadable(text, ON);
});
