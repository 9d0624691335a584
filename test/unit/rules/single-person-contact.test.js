// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, lintAll, forRule, unreadablePolicy } = require('../helpers.js');

const CODE = 'single-person-contact';
const { findingsOf, expectOne } = forRule(CODE);

const ON = { rules: { [CODE]: 'warning' } };

const MESSAGE =
  "Reports reach one person's own address only: add a team alias (security@your-domain), a form or GitHub private vulnerability reporting, so reports are read when that person is away.";

/** A policy whose reporting section says `line`. */
function policy(line) {
  return md('# Yarrow Security', '', '## Reporting a Vulnerability', '', line);
}

const PERSONAL = policy('Please e-mail the maintainer at maria.kowalski@gmail.com.');

test('off by default: no finding without a profile or a setting', () => {
  assert.deepEqual(findingsOf(PERSONAL), []);
});

test("fires on one person's free-mail address: the address is the range, warning, exact message", () => {
  expectOne(PERSONAL, { severity: 'warning', covers: 'maria.kowalski@gmail.com', message: MESSAGE }, ON);
});

test('the cra-manufacturer profile turns it on (warning)', () => {
  expectOne(PERSONAL, { severity: 'warning', covers: 'maria.kowalski@gmail.com', message: MESSAGE }, { profiles: ['cra-manufacturer'] });
  assert.deepEqual(findingsOf(PERSONAL, { profiles: ['cisa-bod-20-01'] }), []);
});

test('fires on every kind of personal address', () => {
  for (const address of ['mkowalski83@outlook.com', '4821337+mkowalski@users.noreply.github.com', 'maria.kowalski@yarrow.dev']) {
    expectOne(policy(`Please e-mail ${address}.`), { covers: address, message: MESSAGE }, ON);
  }
});

test('fires on the first address when every one is personal', () => {
  expectOne(policy('Please e-mail maria.kowalski@gmail.com or jan.nowak@yarrow.dev.'), { covers: 'maria.kowalski@gmail.com' }, ON);
});

test('fires on the address of a mailto link', () => {
  expectOne(policy('E-mail [the maintainer](mailto:maria.kowalski@gmail.com).'), { covers: 'maria.kowalski@gmail.com' }, ON);
});

test('silent: a role address, even at a free-mail provider; a first name alone is not recognized', () => {
  for (const address of ['security@yarrow.dev', 'yarrow.security@gmail.com', 'maintainers@yarrow.dev', 'maria@yarrow.dev']) {
    assert.deepEqual(findingsOf(policy(`Please e-mail ${address}.`), ON), [], address);
  }
});

test('silent: a team channel beside the personal address', () => {
  for (const line of [
    'Please e-mail security@yarrow.dev or maria.kowalski@gmail.com.',
    'Report through https://github.com/yarrow/yarrow/security/advisories/new, or e-mail maria.kowalski@gmail.com.',
    'Report via [our program](https://hackerone.com/yarrow) or e-mail maria.kowalski@gmail.com.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), ON), [], line);
  }
});

test('silent without any private channel (no-contact reports that)', () => {
  assert.deepEqual(findingsOf(policy('Please tell us about problems.'), ON), []);
});

test('no quick fix', () => {
  const f = expectOne(PERSONAL, {}, ON);
  assert.deepEqual(f.fixes ?? [], []);
});

test('reads addresses, not words: it fires the same in a language the linter cannot read', () => {
  const text = unreadablePolicy('maria.kowalski@gmail.com');
  assert.ok(lintAll(text, ON).some((f) => f.code === 'unsupported-language'));
  expectOne(text, { covers: 'maria.kowalski@gmail.com', message: MESSAGE }, ON);
});
