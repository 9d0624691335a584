// @ts-check
'use strict';
// Generated grammar tests. A language's test file gives sentence frames and wordings written from
// the language itself (not copied from its pack); the harness crosses them and checks each
// outcome: every vague wording in every promise frame fires exactly on the wording, and stays
// silent in every request frame and beside a concrete time; every time is found with its length;
// every heading is read as its section.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, md, NOW } = require('../helpers.js');

const CONCEPTS = ['asap', 'quickly', 'timely', 'soon', 'reasonable', 'without-delay', 'best-effort'];

/**
 * A small policy whose prose is `sentence`, with a real contact and, so that the policy reads as
 * written in its language (as a real one would), a paragraph of the language's headings.
 */
function policyWith(sentence, context = '') {
  return md('# Acme', '', 'security@acme-widgets.dev', '', sentence, '', context);
}

/** The language's headings as one paragraph: text in the language that promises and asks nothing. */
function contextOf(spec) {
  return Object.values(spec.headings ?? {})
    .flat()
    .map((h) => h.replace(/[.!?。！？]+$/u, ''))
    .join('. ');
}

function vagueSlices(sentence, context = '') {
  const text = policyWith(sentence, context);
  return core
    .lint(text, { now: NOW, rules: Object.fromEntries(core.rules.map((r) => [r.code, r.code === 'vague-sla' ? 'warning' : 'off'])) })
    .map((f) => text.slice(f.start, f.end));
}

const fill = (frame, value) => frame.split('{V}').join(value);

/** Runs `check` over every case and fails once, listing every case that failed. */
function all(cases, check) {
  const failures = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem) failures.push(problem);
  }
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} cases failed`);
}

/**
 * spec:
 *   tag       BCP 47 tag of the language
 *   vague     { concept: [wordings] } for every vague concept
 *   promises  frames with {V}: the project promises something ({V} = the wording)
 *   requests  frames with {V}: the reporter is asked, praised or told a condition
 *   requestVague  the wordings to cross with the request frames (default: all; leave out those
 *             that speak in the first person, such as "as soon as we can")
 *   times     [[phrase, days]]: concrete times with their length in days
 *   timed     frames with {V}: a promise frame that takes a time in place of {V}
 *   headings  { kind: [titles] }: headings that name that section
 *   plain     titles that name none of the four standard sections
 */
/** Generates the tests of a language; returns `vagueSlices` for sentences in that language. */
function grammarTests(spec) {
  const phrases = CONCEPTS.flatMap((c) => (spec.vague[c] ?? []).map((p) => ({ concept: c, phrase: p })));
  const context = contextOf(spec);
  const slices = (sentence) => vagueSlices(sentence, context);
  const label = (n) => `${spec.tag}: ${n}`;

  test(label('every vague concept has wordings'), () => {
    for (const c of CONCEPTS) assert.ok((spec.vague[c] ?? []).length > 0, `no wording for ${c}`);
  });

  test(label(`${spec.promises.length} promise frames × ${phrases.length} vague wordings fire on the wording`), () => {
    const cases = spec.promises.flatMap((frame) => phrases.map(({ phrase }) => ({ frame, phrase })));
    all(cases, ({ frame, phrase }) => {
      const got = slices(fill(frame, phrase));
      const want = [phrase];
      return JSON.stringify(got.map((g) => g.toLowerCase())) === JSON.stringify(want.map((w) => w.toLowerCase()))
        ? undefined
        : `${fill(frame, phrase)} → ${JSON.stringify(got)}`;
    });
  });

  test(label(`${spec.requests.length} request frames × ${(spec.requestVague ?? phrases).length} vague wordings stay silent`), () => {
    const wordings = spec.requestVague ?? phrases.map((p) => p.phrase);
    const cases = spec.requests.flatMap((frame) => wordings.map((phrase) => ({ frame, phrase })));
    all(cases, ({ frame, phrase }) => {
      const got = slices(fill(frame, phrase));
      return got.length === 0 ? undefined : `${fill(frame, phrase)} → ${JSON.stringify(got)}`;
    });
  });

  test(label(`${spec.times.length} concrete times are found with their length`), () => {
    all(spec.times, ([phrase, days]) => {
      const sentence = fill(spec.timed[0], phrase);
      const found = core.parsePolicy(policyWith(sentence, context)).times;
      const hit = found.find((t) => phrase.includes(t.text) || t.text.includes(phrase));
      if (!hit) return `${sentence} → no time found (${JSON.stringify(found.map((t) => t.text))})`;
      return Math.abs(hit.days - days) < 1e-6 ? undefined : `${sentence} → ${hit.text} = ${hit.days} days, want ${days}`;
    });
  });

  test(label(`${spec.timed.length} promise frames × ${spec.times.length} concrete times stay silent`), () => {
    const cases = spec.timed.flatMap((frame) => spec.times.map(([phrase]) => ({ frame, phrase })));
    all(cases, ({ frame, phrase }) => {
      const got = slices(fill(frame, phrase));
      return got.length === 0 ? undefined : `${fill(frame, phrase)} → ${JSON.stringify(got)}`;
    });
  });

  test(label('headings are read as their sections'), () => {
    const cases = Object.entries(spec.headings).flatMap(([kind, titles]) => titles.map((title) => ({ kind, title })));
    all(cases, ({ kind, title }) => {
      const section = core.parsePolicy(md(`## ${title}`, '', 'Text.')).sections[0];
      return section?.kinds.includes(kind) ? undefined : `"${title}" → ${JSON.stringify(section?.kinds)}, want ${kind}`;
    });
    all(spec.plain ?? [], (title) => {
      const kinds = core.parsePolicy(md(`## ${title}`, '', 'Text.')).sections[0]?.kinds ?? [];
      const standard = kinds.filter((k) => ['reporting', 'supported-versions', 'response', 'disclosure'].includes(k));
      return standard.length === 0 ? undefined : `"${title}" → ${JSON.stringify(kinds)}, want none of the standard sections`;
    });
  });

  return { vagueSlices: slices };
}

module.exports = { grammarTests, vagueSlices, policyWith };
