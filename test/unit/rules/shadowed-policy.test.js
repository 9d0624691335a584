// @ts-check
'use strict';
// shadowed-policy's cases are data (cases/shadowed-policy.json); here what the format cannot say:
// the finding's whole data and its lack of fixes, and the search for policies in GitHub's order.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, findingsOf, md } = require('../helpers.js');

test('the finding holds only the policy shown instead, and offers no fix', () => {
  const text = md('# Kestrel Security Policy', '', 'Email security@kestrel-labs.dev.');
  const [f] = findingsOf(text, 'shadowed-policy', { shadowedBy: '.github/SECURITY.md' });
  assert.deepEqual(f.data, { shownInstead: '.github/SECURITY.md' });
  assert.equal(f.fixes, undefined);
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
