// @ts-check
'use strict';
// securitytxt/out-of-sync: what it reports and its fix are cases in cases/out-of-sync.json; here,
// the security.txt generated from a policy is in step with that policy.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/out-of-sync';
const POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@marlin-tools.dev or use [GitHub private reporting](https://github.com/marlin/tools/security/advisories/new).',
  'We acknowledge reports within 3 business days.',
  '',
].join('\n');
const OPTIONS = { policy: { text: POLICY, path: 'SECURITY.md' }, repository: 'marlin/tools' };

test('the generated security.txt of a policy is in step with that policy', () => {
  const generated = core.generateSecurityTxt(core.parsePolicy(POLICY), { now: NOW, repository: 'marlin/tools' });
  assert.deepEqual(
    lintTxt(generated.text, OPTIONS).filter((f) => f.code === CODE),
    [],
  );
});
