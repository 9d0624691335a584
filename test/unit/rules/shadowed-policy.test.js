// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { findingsOf, slice, md } = require('../helpers.js');
const core = require(path.join(__dirname, '..', '..', '..', 'dist', 'core.js'));

const CODE = 'shadowed-policy';
const POLICY = md('# Kestrel Security Policy', '', 'Email security@kestrel-labs.dev.');

test('fires at the title line when another policy is shown instead, naming it', () => {
  const [f, ...rest] = findingsOf(POLICY, CODE, { shadowedBy: '.github/SECURITY.md' });
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'warning');
  assert.equal(slice(POLICY, f), '# Kestrel Security Policy');
  assert.equal(
    f.message,
    'GitHub shows .github/SECURITY.md and never this file (it looks in .github/, the root, then docs/ and takes the first SECURITY.md it finds). Move what only this file says into .github/SECURITY.md, then delete this one.',
  );
  assert.deepEqual(f.data, { shownInstead: '.github/SECURITY.md' });
  assert.equal(f.fixes, undefined);
});

test('silent when nothing is shown instead (a single policy, or the one shown)', () => {
  assert.deepEqual(findingsOf(POLICY, CODE), []);
  assert.deepEqual(findingsOf(POLICY, CODE, { shadowedBy: '' }), []);
});

test('a file without a heading is anchored at its first line', () => {
  const text = md('', 'Email security@kestrel-labs.dev.');
  const [f] = findingsOf(text, CODE, { shadowedBy: 'SECURITY.md' });
  assert.equal(slice(text, f), 'Email security@kestrel-labs.dev.');
});

test('off when the setting says so', () => {
  assert.deepEqual(findingsOf(POLICY, CODE, { shadowedBy: 'SECURITY.md', rules: { [CODE]: 'off' } }), []);
});

test('GitHub order: .github/, the root, docs/; any letter case; other folders are not looked at', () => {
  const tree = { '.github': ['security.md'], '': ['SECURITY.md', 'README.md'], docs: ['Security.MD'], sub: ['SECURITY.md'] };
  const list = (dir) => {
    if (!(dir in tree)) throw new Error(`ENOENT ${dir}`);
    return tree[dir];
  };
  assert.deepEqual(core.findPoliciesIn(list), ['.github/security.md', 'SECURITY.md', 'docs/Security.MD']);
  assert.equal(core.findPolicyIn(list), '.github/security.md');
  delete tree['.github'];
  assert.equal(core.findPolicyIn(list), 'SECURITY.md');
  assert.deepEqual(
    core.findPoliciesIn(() => []),
    [],
  );
});
