// @ts-check
'use strict';
// The cases of missing-report-contents are in cases/missing-report-contents.json; this test needs
// a policy the linter cannot read with a paragraph of its own, which the case format cannot give.

const { test } = require('node:test');
const { forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'missing-report-contents';
const { silentUnreadable } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

test('silent for a policy in a language the linter cannot read', () => {
  // Its second paragraph promises a fix and credit but does not say what a report should contain
  // (the default one asks for the version and the steps to reproduce).
  const text = unreadablePolicy(
    'security@oatbarrow.dev',
    'Julkaisemme korjauksen heti, kun se on valmis, ja kiitämme ilmoittajaa julkisesti, jos hän niin haluaa.',
  );
  silentUnreadable(text, ON);
});
