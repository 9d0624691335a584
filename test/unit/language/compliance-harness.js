// @ts-check
'use strict';
// Generated tests of the compliance-profile words of one language (PROFILES.md). A language's
// cases (compliance/cases/<tag>.json) give phrases and sentences written from the language itself,
// not copied from its pack; the harness checks that every concept has words in the pack, that
// every phrase is read as its concept, and that each sentence flips its rule in a small policy
// written in the language.
//
// compliance/cases/<tag>.json holds one object:
//   about     prose for the reader: the language's words that the cases test (the harness skips it)
//   notes     optional prose for the reader: why a case is as it is (the harness skips it)
//   tag       BCP 47 tag of the language, the file's name
//   context   two or three plain sentences in the language that meet none of the rules (they
//             make the policy read as written in the language)
//   concepts  { concept: [phrases] } for every compliance concept: each must be read as it
//   meets     { absence rule: [sentences] }: each sentence alone meets what the rule asks for
//   fires     { presence rule: [sentences] }: each sentence alone makes the rule fire
//   silent    { presence rule: [sentences] }: each sentence alone keeps it silent (close calls)
// Every absence rule needs sentences in meets, every presence rule in fires and silent.
// compliance/cases.test.js calls complianceTestsOf(tag) for every case file; complianceTests(spec)
// takes the same object built in code.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { core, md, NOW } = require('../helpers.js');
const { all, readCases, tagsIn } = require('./harness.js');

/** The rules that fire when a policy lacks what they ask for. */
const ABSENCE_RULES = [
  'missing-scope',
  'missing-safe-harbor',
  'missing-report-contents',
  'missing-support-period',
  'missing-advisory-publication',
  'missing-test-restrictions',
  'missing-secure-channel',
];
/** The rules that fire on what a policy says. */
const PRESENCE_RULES = ['slow-acknowledgement', 'requires-personal-data', 'restricts-disclosure'];

/** Every profile rule on, at the parameters of the strictest profile that reads it. */
const OPTIONS = {
  now: NOW,
  rules: Object.fromEntries(
    core.rules.map((r) => [r.code, ABSENCE_RULES.includes(r.code) || PRESENCE_RULES.includes(r.code) ? 'warning' : 'off']),
  ),
  ruleOptions: { 'slow-acknowledgement': { maxAcknowledgeDays: 3 }, 'missing-safe-harbor': { level: 'commitment' } },
};

/** A small policy in the language: a real contact, the neutral context paragraph, and the sentence. */
function policyWith(context, sentence = '') {
  return md('# Acme', '', 'security@acme-widgets.dev', '', context, '', sentence);
}

/** The codes of the profile rules that fire on a policy. */
function firing(text) {
  return new Set(core.lint(text, OPTIONS).map((f) => f.code));
}

/** Generates the compliance tests of a language. */
function complianceTests(spec) {
  const grammar = core.grammarOf([spec.tag]);

  test(`${spec.tag}: every compliance concept has words and phrases`, () => {
    const missing = core.COMPLIANCE_CONCEPTS.filter((c) => !(spec.concepts[c]?.length > 0));
    assert.deepEqual(missing, [], 'concepts without test phrases');
  });

  test(`${spec.tag}: each phrase is read as its concept`, () => {
    const cases = Object.entries(spec.concepts).flatMap(([concept, phrases]) => phrases.map((phrase) => ({ concept, phrase })));
    all(cases, ({ concept, phrase }) => (grammar.has(concept, phrase) ? undefined : `${concept}: "${phrase}" not read`));
  });

  test(`${spec.tag}: the context alone lacks every element and says nothing the presence rules read`, () => {
    const fired = firing(policyWith(spec.context));
    assert.deepEqual(
      ABSENCE_RULES.filter((r) => !fired.has(r)),
      [],
      'absence rules silent on the context alone',
    );
    assert.deepEqual(
      PRESENCE_RULES.filter((r) => fired.has(r)),
      [],
      'presence rules firing on the context alone',
    );
  });

  test(`${spec.tag}: each sentence meets its rule's element, and only that rule flips`, () => {
    const base = firing(policyWith(spec.context));
    const cases = Object.entries(spec.meets ?? {}).flatMap(([rule, sentences]) => sentences.map((sentence) => ({ rule, sentence })));
    all(cases, ({ rule, sentence }) => {
      const fired = firing(policyWith(spec.context, sentence));
      if (fired.has(rule)) return `${rule} still fires with "${sentence}"`;
      const others = PRESENCE_RULES.filter((r) => fired.has(r) !== base.has(r));
      return others.length > 0 ? `"${sentence}" also flips ${others.join(', ')}` : undefined;
    });
  });

  test(`${spec.tag}: presence rules fire on what they look for and stay silent on close calls`, () => {
    const fires = Object.entries(spec.fires ?? {}).flatMap(([rule, sentences]) =>
      sentences.map((sentence) => ({ rule, sentence, want: true })),
    );
    const silent = Object.entries(spec.silent ?? {}).flatMap(([rule, sentences]) =>
      sentences.map((sentence) => ({ rule, sentence, want: false })),
    );
    all([...fires, ...silent], ({ rule, sentence, want }) =>
      firing(policyWith(spec.context, sentence)).has(rule) === want
        ? undefined
        : `${rule} ${want ? 'silent on' : 'fires on'} "${sentence}"`,
    );
  });

  test(`${spec.tag}: every absence and presence rule has cases`, () => {
    assert.deepEqual(
      ABSENCE_RULES.filter((r) => !(spec.meets?.[r]?.length > 0)),
      [],
      'absence rules without sentences that meet them',
    );
    assert.deepEqual(
      PRESENCE_RULES.filter((r) => !(spec.fires?.[r]?.length > 0 && spec.silent?.[r]?.length > 0)),
      [],
      'presence rules without firing and silent sentences',
    );
  });
}

/** The folder of the compliance cases, and the languages that have them. */
const CASES = path.join(__dirname, 'compliance', 'cases');
const COMPLIANCE_TAGS = tagsIn(CASES);

/** Generates the compliance tests of a language from compliance/cases/<tag>.json. */
const complianceTestsOf = (tag) => complianceTests(readCases(CASES, tag));

module.exports = { complianceTests, complianceTestsOf, COMPLIANCE_TAGS, ABSENCE_RULES, PRESENCE_RULES };
