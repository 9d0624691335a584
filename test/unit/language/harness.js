// @ts-check
'use strict';
// Generated grammar tests. A language's cases (cases/<tag>.json) give sentence frames and wordings
// written from the language itself (not copied from its pack); the harness crosses them and checks
// each outcome: every vague wording in every promise frame fires exactly on the wording, and stays
// silent in every request frame and beside a concrete time; every time is found with its length;
// every heading is read as its section.
//
// cases/<tag>.json holds one object:
//   about     prose for the reader: the language's grammar that the cases test (the harness skips it)
//   notes     optional prose for the reader: why a list is as it is (the harness skips it)
//   tag       BCP 47 tag of the language, the file's name
//   vague     { concept: [wordings] } for every vague concept (asap, quickly, timely, soon,
//             reasonable, without-delay, best-effort)
//   promises  frames with {V}: the project promises something ({V} = the wording)
//   requests  frames with {V}: the reporter is asked, praised or told a condition
//   requestVague  optional: the wordings to cross with the request frames (default: all; leave out
//             those that speak in the first person, such as "as soon as we can")
//   times     [[phrase, days]]: concrete times with their length in days
//   timed     frames with {V}: a promise frame that takes a time in place of {V} (the first one
//             also checks that each time is found with its length)
//   headings  { kind: [titles] }: headings that name that section (also, joined, a paragraph that
//             makes each policy read as written in the language)
//   plain     optional: titles that name none of the four standard sections
//   examples  optional: [{ name, vague }], hand-written sentences the frames cannot make, each one
//             test named "<tag>: <name>"; vague is { sentence: [slices] }: exactly the texts that
//             vague-sla reports in the sentence, in order ([] where it must stay silent)
// cases.test.js calls grammarTestsOf(tag) for every case file; grammarTests(spec) takes the same
// object built in code.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
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

  for (const example of spec.examples ?? []) {
    test(label(example.name), () => {
      assert.deepEqual(Object.keys(example).sort(), ['name', 'vague'], `${example.name}: the fields of an example`);
      const sentences = Object.entries(example.vague);
      assert.ok(sentences.length > 0, `${example.name}: no sentences`);
      all(sentences, ([sentence, want]) => {
        const got = slices(sentence);
        return isDeepStrictEqual(got, want) ? undefined : `${sentence} → ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
      });
    });
  }

  return { vagueSlices: slices };
}

/** The fields of a case file that are prose for the reader, not cases. */
const PROSE = ['about', 'notes'];

/** The cases of `tag` in the JSON files of `dir` (<tag>.json), without the prose fields. */
function readCases(dir, tag) {
  const data = JSON.parse(fs.readFileSync(path.join(dir, `${tag}.json`), 'utf8'));
  assert.equal(data.tag, tag, `${dir}/${tag}.json names another language`);
  return Object.fromEntries(Object.entries(data).filter(([field]) => !PROSE.includes(field)));
}

/** The languages that have a case file (<tag>.json) in `dir`. */
const tagsIn = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

/** The folder of the grammar cases, and the languages that have them. */
const CASES = path.join(__dirname, 'cases');
const CASE_TAGS = tagsIn(CASES);

/** The grammar cases of a language (cases/<tag>.json). */
const casesOf = (tag) => readCases(CASES, tag);

/** Generates the tests of a language from cases/<tag>.json; returns `vagueSlices` as grammarTests does. */
const grammarTestsOf = (tag) => grammarTests(casesOf(tag));

/** Every string in a value (a language's cases), in order: its phrases, frames and titles, and the names of its fields. */
function stringsOf(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...stringsOf(v)]);
  return [];
}

module.exports = {
  grammarTests,
  grammarTestsOf,
  casesOf,
  CASE_TAGS,
  readCases,
  tagsIn,
  stringsOf,
  all,
  vagueSlices,
  policyWith,
  contextOf,
};
