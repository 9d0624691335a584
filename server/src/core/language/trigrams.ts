// franc's ranking of languages (francAll), computed through an index of its own trigram model.
// franc looks each trigram of a sample up in one language's dictionary after another; here one
// lookup finds the trigram's rank in every language of the script that has it. The data, the
// arithmetic and the order of ties are franc's, so the ranking is the same to the last digit
// (test/unit/language/trigrams.test.js compares the two).

import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's limits: the characters of a sample it reads, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const MIN_LENGTH = 10;

export interface RankOptions {
  /** Languages to allow (all when empty or absent). */
  only?: readonly string[];
  /** Languages to leave out. */
  ignore?: readonly string[];
  /** Shorter samples are undetermined ('und'). */
  minLength?: number;
}

/**
 * Trigrams are keyed by their three UTF-16 code units as one number (48 bits: exact in a double),
 * in open-addressing tables: no string is cut out of the sample, nor hashed, per trigram.
 */
function keyOf(a: number, b: number, c: number): number {
  return (a * 0x10000 + b) * 0x10000 + c;
}

/** A slot of a table of 2 ** (32 - shift) slots (multiplicative hashing: the high bits mix all three). */
function slotOf(a: number, b: number, c: number, shift: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> shift;
}

/** The shift of a table with room for twice `entries` (at least 2 ** 6 slots). */
function shiftFor(entries: number): number {
  let shift = 26;
  while (2 ** (32 - shift) < entries * 2) shift--;
  return shift;
}

interface ScriptModel {
  /** The script's languages in franc's order, which ties keep. */
  languages: string[];
  /** Hash table of the trigrams of all its languages: key, and the trigram's number plus one (0: empty slot). */
  keys: Float64Array;
  trigrams: Int32Array;
  shift: number;
  mask: number;
  /** Per trigram number t, entries from[t] to from[t + 1]: a language (its place) and the trigram's rank there plus one. */
  from: Int32Array;
  language: Uint16Array;
  rank: Uint16Array;
}

const models = new Map<string, ScriptModel>();

/** A script's index, built on first use: most text is Latin, and most documents are linted long after the extension starts. */
function scriptModel(script: string): ScriptModel | undefined {
  let model = models.get(script);
  if (!model && Object.hasOwn(data, script)) models.set(script, (model = buildModel(data[script]!)));
  return model;
}

function buildModel(byLanguage: Record<string, string>): ScriptModel {
  const languages = Object.keys(byLanguage);
  // franc's model of a language: its trigrams, most frequent first, joined by '|'.
  const lists = languages.map((language) => byLanguage[language]!);
  // Room for every entry: each takes three code units and a bar (the last one none).
  const total = lists.reduce((n, list) => n + ((list.length + 1) >> 2), 0);
  const shift = shiftFor(total);
  const mask = 2 ** (32 - shift) - 1;
  const keys = new Float64Array(mask + 1);
  const slots = new Int32Array(mask + 1);
  // Every (trigram, language, rank) entry as listed, trigrams numbered as they first come.
  const entryTrigram = new Int32Array(total);
  const entryLanguage = new Uint16Array(total);
  const entryRank = new Uint16Array(total);
  const lastLanguage = new Int32Array(total).fill(-1);
  let trigrams = 0;
  let entries = 0;
  for (let place = 0; place < lists.length; place++) {
    const list = lists[place]!;
    for (let rank = 0, at = 0; at <= list.length; rank++) {
      let end = list.indexOf('|', at);
      if (end < 0) end = list.length;
      const start = at;
      at = end + 1;
      // A sample's trigrams are three code units: no other entry can ever match.
      if (end - start !== 3) continue;
      const a = list.charCodeAt(start);
      const b = list.charCodeAt(start + 1);
      const c = list.charCodeAt(start + 2);
      const key = keyOf(a, b, c);
      let slot = slotOf(a, b, c, shift);
      while (slots[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      if (slots[slot] === 0) {
        keys[slot] = key;
        slots[slot] = ++trigrams;
      }
      const t = slots[slot]! - 1;
      // A trigram listed twice in a language keeps its first rank, as in franc's dictionary.
      if (lastLanguage[t] === place) continue;
      lastLanguage[t] = place;
      entryTrigram[entries] = t;
      entryLanguage[entries] = place;
      entryRank[entries] = rank + 1;
      entries++;
    }
  }
  // The entries grouped by trigram (a counting sort).
  const from = new Int32Array(trigrams + 1);
  for (let e = 0; e < entries; e++) from[entryTrigram[e]! + 1]++;
  for (let t = 0; t < trigrams; t++) from[t + 1] += from[t]!;
  const next = from.slice(0, trigrams);
  const language = new Uint16Array(entries);
  const ranks = new Uint16Array(entries);
  for (let e = 0; e < entries; e++) {
    const at = next[entryTrigram[e]!]++;
    language[at] = entryLanguage[e]!;
    ranks[at] = entryRank[e]!;
  }
  return { languages, keys, trigrams: slots, shift, mask, from, language, rank: ranks };
}

/** The trigram's number in the model, or -1. */
function trigramOf(model: ScriptModel, a: number, b: number, c: number): number {
  const key = keyOf(a, b, c);
  for (let slot = slotOf(a, b, c, model.shift); ; slot = (slot + 1) & model.mask) {
    const t = model.trigrams[slot]!;
    if (t === 0) return -1;
    if (model.keys[slot] === key) return t - 1;
  }
}

/**
 * The distinct trigrams of a sample, reused from call to call: a table of keys (a slot is in use
 * when its stamp is this call's), and per distinct trigram its count and its number in the model.
 */
let sampleShift = 32;
let sampleKeys = new Float64Array(0);
let sampleStamps = new Uint32Array(0);
let sampleDistinct = new Int32Array(0);
let distinctCounts = new Int32Array(0);
let distinctTrigrams = new Int32Array(0);
let stamp = 0;

function reserve(length: number): void {
  const shift = Math.min(shiftFor(length), 22);
  if (shift >= sampleShift) return;
  sampleShift = shift;
  const size = 2 ** (32 - shift);
  sampleKeys = new Float64Array(size);
  sampleStamps = new Uint32Array(size);
  sampleDistinct = new Int32Array(size);
  distinctCounts = new Int32Array(size);
  distinctTrigrams = new Int32Array(size);
  stamp = 0;
}

/** Counts the trigrams of `text` (cleaned and padded as trigram-utils does); returns how many are distinct. */
function countTrigrams(text: string, model: ScriptModel): number {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  reserve(cleaned.length);
  if (++stamp === 0x100000000) {
    sampleStamps.fill(0);
    stamp = 1;
  }
  const mask = sampleKeys.length - 1;
  const shift = sampleShift;
  let distinct = 0;
  let b = cleaned.charCodeAt(0);
  let c = cleaned.charCodeAt(1);
  for (let i = 2; i < cleaned.length; i++) {
    const a = b;
    b = c;
    c = cleaned.charCodeAt(i);
    const key = keyOf(a, b, c);
    let slot = slotOf(a, b, c, shift);
    while (sampleStamps[slot] === stamp && sampleKeys[slot] !== key) slot = (slot + 1) & mask;
    if (sampleStamps[slot] === stamp) {
      distinctCounts[sampleDistinct[slot]!]!++;
    } else {
      sampleStamps[slot] = stamp;
      sampleKeys[slot] = key;
      sampleDistinct[slot] = distinct;
      distinctCounts[distinct] = 1;
      distinctTrigrams[distinct] = trigramOf(model, a, b, c);
      distinct++;
    }
  }
  return distinct;
}

function allowed(language: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

/**
 * Scripts whose characters another script's expression matches too (Han characters are also
 * Japanese). Every other script's characters are its own (tested), so a script with more than
 * half the characters of a sample is the top one whatever the scripts after it count.
 */
export const SHARED_SCRIPTS: readonly string[] = ['cmn', 'jpn'];

/** Each script's expression matching runs of its characters: one replace per run, not per character. */
let scriptRuns: [string, RegExp, RegExp][] | undefined;

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/** The script most characters are in, and how many are (franc's getTopScript; the first wins a tie). */
function topScript(value: string): [string | undefined, number] {
  scriptRuns ??= Object.entries(expressions).map(([script, re]) => [script, re, new RegExp(`(?:${re.source})+`, 'g')]);
  // Each expression matches one code point, a single code unit where there are no surrogates:
  // then the units the runs cover are the characters.
  const bmp = !SURROGATE_RE.test(value);
  let top: string | undefined;
  let topCount = -1;
  for (const [script, re, runs] of scriptRuns) {
    const count = bmp ? value.length - value.replace(runs, '').length : (value.match(re)?.length ?? 0);
    if (count > topCount) {
      topCount = count;
      top = script;
    }
    if (count * 2 > value.length && !SHARED_SCRIPTS.includes(script)) break;
  }
  return [top, topCount];
}

const undetermined = (): [string, number][] => [['und', 1]];

/**
 * Languages `value` may be in, most likely first, each with franc's score relative to the best
 * (1): what `francAll(value, options)` returns.
 */
export function rankLanguages(value: string, options: RankOptions = {}): [string, number][] {
  const only = options.only ?? [];
  const ignore = options.ignore ?? [];
  if (!value || value.length < (options.minLength ?? MIN_LENGTH)) return undetermined();
  const sample = value.slice(0, MAX_LENGTH);
  const [script, count] = topScript(sample);
  const model = script === undefined ? undefined : scriptModel(script);
  if (!model) {
    // A script of one language names it.
    return script === undefined || count === 0 || !allowed(script, only, ignore) ? undetermined() : [[script, 1]];
  }
  if (!model.languages.some((language) => allowed(language, only, ignore))) return undetermined();
  // The distance of a language: for each distinct trigram of the sample, how far its count is
  // from its rank in the language (franc's measure), or MAX_DIFFERENCE where the language lacks it.
  const distinct = countTrigrams(sample, model);
  const totals = new Float64Array(model.languages.length).fill(distinct * MAX_DIFFERENCE);
  for (let d = 0; d < distinct; d++) {
    const t = distinctTrigrams[d]!;
    if (t < 0) continue;
    const n = distinctCounts[d]!;
    for (let e = model.from[t]!, end = model.from[t + 1]!; e < end; e++) {
      totals[model.language[e]!] += Math.abs(n - model.rank[e]!) - MAX_DIFFERENCE;
    }
  }
  const distances: [string, number][] = [];
  model.languages.forEach((language, place) => {
    if (allowed(language, only, ignore)) distances.push([language, totals[place]!]);
  });
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
