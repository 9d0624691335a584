// @ts-check
'use strict';
// Profiles and rule options in settings and .securitymd.json: what is read, what is refused and
// why, how the two sources combine, and the severities and parameters the rules then run at.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, md, NOW, loadSource } = require('./helpers.js');

const { readSettings, mergeSettings, lintOptionsFrom } = loadSource('server/src/core/settings.ts');

test('profiles: known ids are kept once each; anything else is named in a warning', () => {
  const warnings = [];
  const settings = readSettings({ profiles: ['cra-manufacturer', 'cra', 'cra-manufacturer', 7] }, warnings);
  assert.deepEqual(settings.profiles, ['cra-manufacturer']);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0], /^securityMd\.profiles: "cra" is no profile \(known: github, openssf-baseline-1, .*disclose-io\); ignored\.$/);
  assert.match(warnings[1], /^securityMd\.profiles: 7 is no profile/);
  const notAList = [];
  assert.equal(readSettings({ profiles: 'cra-manufacturer' }, notAList).profiles, undefined);
  assert.deepEqual(notAList, ['securityMd.profiles must be a list of profile ids; ignored.']);
});

test('ruleOptions: the two parameters, checked; other rules take none', () => {
  const warnings = [];
  const settings = readSettings(
    { ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 5 }, 'missing-safe-harbor': { level: 'full' }, 'no-contact': {} } },
    warnings,
  );
  assert.deepEqual(settings.ruleOptions, { 'slow-acknowledgement': { maxAcknowledgeDays: 5 }, 'missing-safe-harbor': { level: 'full' } });
  assert.deepEqual(warnings, ['securityMd.ruleOptions.no-contact: the rule takes no options; ignored.']);
  const bad = [];
  readSettings({ ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 0.5 }, 'missing-safe-harbor': { level: 'partial' } } }, bad);
  assert.deepEqual(bad, [
    'securityMd.ruleOptions.slow-acknowledgement.maxAcknowledgeDays must be a whole number from 1 to 365; ignored.',
    'securityMd.ruleOptions.missing-safe-harbor.level must be "commitment" or "full"; ignored.',
  ]);
});

test('a config file adds its profiles to the editor setting, and its rule options win', () => {
  const merged = mergeSettings(
    { rules: {}, securityTxt: {}, profiles: ['github'], ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 7 } } },
    { profiles: ['cisa-bod-20-01', 'github'], ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 2 } } },
  );
  assert.deepEqual(merged.profiles, ['github', 'cisa-bod-20-01']);
  assert.deepEqual(lintOptionsFrom(merged, { policyDir: '' }).ruleOptions, { 'slow-acknowledgement': { maxAcknowledgeDays: 2 } });
});

const SLOW = md('# Security Policy', '', 'Email security@acme-widgets.dev. We acknowledge reports within 10 days.');
const codes = (options) => core.lint(SLOW, { now: NOW, ...options }).map((f) => `${f.code} ${f.severity}`);

test('the strictest profile sets the parameter: 10 days passes the badge (14) and fails BOD 20-01 (3)', () => {
  assert.ok(!codes({ profiles: ['openssf-best-practices'] }).some((c) => c.startsWith('slow-acknowledgement')));
  assert.ok(codes({ profiles: ['openssf-best-practices', 'cisa-bod-20-01'] }).includes('slow-acknowledgement warning'));
  // The user's own parameter wins over the profiles'.
  const own = codes({ profiles: ['cisa-bod-20-01'], ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 10 } } });
  assert.ok(!own.some((c) => c.startsWith('slow-acknowledgement')));
});

test('a profile asks for its own severity (iso-29147 legal considerations: hint); a setting wins', () => {
  assert.ok(codes({ profiles: ['iso-29147'] }).includes('missing-safe-harbor hint'));
  assert.ok(codes({ profiles: ['iso-29147', 'cisa-bod-20-01'] }).includes('missing-safe-harbor warning'));
  assert.ok(codes({ profiles: ['iso-29147'], rules: { 'missing-safe-harbor': 'error' } }).includes('missing-safe-harbor error'));
  assert.ok(!codes({ profiles: ['iso-29147'], rules: { 'missing-safe-harbor': 'off' } }).some((c) => c.startsWith('missing-safe-harbor')));
});

test('without a profile, profile rules stay off; a severity setting alone turns one on', () => {
  assert.ok(!codes({}).some((c) => c.startsWith('slow-acknowledgement') || c.startsWith('missing-scope')));
  assert.ok(codes({ rules: { 'missing-scope': 'info' } }).includes('missing-scope info'));
});
