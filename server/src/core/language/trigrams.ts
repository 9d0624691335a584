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
 * Trigrams are looked up by their three UTF-16 code units in open-addressing tables: no string is
 * cut out of a sample, nor hashed, per trigram. This is the slot of the trigram a, b, c in a table
 * of 2 ** (32 - shift) slots (multiplicative hashing: the high bits mix all three).
 */
function slotOf(a: number, b: number, c: number, shift: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> shift;
}

/** The shift of a table with room for twice `entries` (at least 2 ** 6 slots). */
function shiftFor(entries: number): number {
  let shift = 26;
  while (2 ** (32 - shift) < entries * 2) shift--;
  return shift;
}

/**
 * A script's model, laid out so that a lookup reads little memory (between two lints the parser
 * has long pushed it out of the caches): an open-addressing table of four numbers per slot, a
 * trigram's first two code units, its third, and where its entries start and end (0: an empty
 * slot); and the entries, two numbers each: a language (its place in `languages`) and the
 * trigram's rank there plus one.
 */
interface ScriptModel {
  /** The script's languages in franc's order, which ties keep, and the place of each. */
  languages: string[];
  places: Map<string, number>;
  table: Int32Array;
  shift: number;
  mask: number;
  entries: Int32Array;
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
  // Every (trigram, language, rank) entry as listed, trigrams numbered as they first come (in a
  // scratch table of the model's layout, with room for every entry).
  const scratchShift = shiftFor(total);
  const scratchMask = 2 ** (32 - scratchShift) - 1;
  const scratch = new Int32Array((scratchMask + 1) * 4);
  const firstTwo: number[] = [];
  const third: number[] = [];
  const entryTrigram = new Int32Array(total);
  const entryLanguage = new Uint16Array(total);
  const entryRank = new Uint16Array(total);
  const lastLanguage = new Int32Array(total).fill(-1);
  let count = 0;
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
      const ab = (a << 16) | b;
      let slot = slotOf(a, b, c, scratchShift);
      while (scratch[slot * 4 + 3] !== 0 && (scratch[slot * 4] !== ab || scratch[slot * 4 + 1] !== c)) slot = (slot + 1) & scratchMask;
      if (scratch[slot * 4 + 3] === 0) {
        scratch[slot * 4] = ab;
        scratch[slot * 4 + 1] = c;
        scratch[slot * 4 + 3] = firstTwo.length + 1;
        firstTwo.push(ab);
        third.push(c);
      }
      const t = scratch[slot * 4 + 3]! - 1;
      // A trigram listed twice in a language keeps its first rank, as in franc's dictionary.
      if (lastLanguage[t] === place) continue;
      lastLanguage[t] = place;
      entryTrigram[count] = t;
      entryLanguage[count] = place;
      entryRank[count] = rank + 1;
      count++;
    }
  }
  // The entries grouped by trigram (a counting sort).
  const trigrams = firstTwo.length;
  const from = new Int32Array(trigrams + 1);
  for (let e = 0; e < count; e++) from[entryTrigram[e]! + 1]++;
  for (let t = 0; t < trigrams; t++) from[t + 1] += from[t]!;
  const next = from.slice(0, trigrams);
  const entries = new Int32Array(count);
  for (let e = 0; e < count; e++) entries[next[entryTrigram[e]!]++] = entryLanguage[e]! | (entryRank[e]! << 16);
  const shift = shiftFor(trigrams);
  const mask = 2 ** (32 - shift) - 1;
  const table = new Int32Array((mask + 1) * 4);
  for (let t = 0; t < trigrams; t++) {
    const ab = firstTwo[t]!;
    let slot = slotOf(ab >>> 16, ab & 0xffff, third[t]!, shift);
    while (table[slot * 4 + 3] !== 0) slot = (slot + 1) & mask;
    table.set([ab, third[t]!, from[t]!, from[t + 1]!], slot * 4);
  }
  return { languages, places: new Map(languages.map((language, place) => [language, place])), table, shift, mask, entries };
}

/** Where the trigram of code units a, b, c stands in the model's table, or -1. */
function recordOf(model: ScriptModel, a: number, b: number, c: number): number {
  const { table, mask } = model;
  const ab = (a << 16) | b;
  for (let slot = slotOf(a, b, c, model.shift); ; slot = (slot + 1) & mask) {
    const at = slot * 4;
    if (table[at + 3] === 0) return -1;
    if (table[at] === ab && table[at + 1] === c) return at;
  }
}

/**
 * The distinct trigrams of a sample, in a table reused from call to call: four numbers per slot,
 * the stamp of the call that filled it (older ones are empty), the trigram's code units as in the
 * model, and its place among the distinct trigrams. Per distinct trigram: its count and where the
 * model has it.
 */
let sampleShift = 32;
let sampleTable = new Int32Array(0);
let distinctCounts = new Int32Array(0);
let distinctRecords = new Int32Array(0);
let stamp = 0;
/** The distance of each language of the script, reused too (a typed array is slow to allocate). */
let totals = new Int32Array(0);

function reserve(length: number): void {
  const shift = Math.min(shiftFor(length), 22);
  if (shift >= sampleShift) return;
  sampleShift = shift;
  const size = 2 ** (32 - shift);
  sampleTable = new Int32Array(size * 4);
  distinctCounts = new Int32Array(size);
  distinctRecords = new Int32Array(size);
  stamp = 0;
}

/** The cleaned sample's code units (reused). */
let units = new Uint16Array(0);

/**
 * The sample cleaned and padded as trigram-utils does it (runs of white space, ASCII punctuation
 * and digits become one space, the ends are trimmed, letters lower-cased, a space added at each
 * end), into `units`; returns its length. ASCII text is cleaned code by code, without the strings.
 */
function clean(text: string): number {
  if (units.length < text.length + 2) units = new Uint16Array(Math.max(text.length + 2, 2 * units.length));
  if (!NOT_ASCII_RE.test(text)) {
    let n = 0;
    units[n++] = 0x20;
    let space = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x21 && c <= 0x40) || c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        space = n > 1;
        continue;
      }
      if (space) units[n++] = 0x20;
      space = false;
      units[n++] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    }
    units[n++] = 0x20;
    return n;
  }
  // Lower-cased after the cleaning, as trigram-utils does: a final sigma depends on what follows it.
  const cleaned = ` ${text
    .replace(/[\s\u0021-\u0040]+/g, ' ')
    .trim()
    .toLowerCase()} `;
  if (units.length < cleaned.length) units = new Uint16Array(cleaned.length);
  for (let i = 0; i < cleaned.length; i++) units[i] = cleaned.charCodeAt(i);
  return cleaned.length;
}

const NOT_ASCII_RE = /[^\0-\x7f]/;

/** Counts the trigrams of `text`; returns how many are distinct. */
function countTrigrams(text: string, model: ScriptModel): number {
  const length = clean(text);
  reserve(length);
  if (++stamp === 0x7fffffff) {
    sampleTable.fill(0);
    stamp = 1;
  }
  const table = sampleTable;
  const mask = (table.length >> 2) - 1;
  const shift = sampleShift;
  let distinct = 0;
  let b = units[0]!;
  let c = units[1]!;
  for (let i = 2; i < length; i++) {
    const a = b;
    b = c;
    c = units[i]!;
    const ab = (a << 16) | b;
    let slot = slotOf(a, b, c, shift);
    while (table[slot * 4] === stamp && (table[slot * 4 + 1] !== ab || table[slot * 4 + 2] !== c)) slot = (slot + 1) & mask;
    const at = slot * 4;
    if (table[at] === stamp) {
      distinctCounts[table[at + 3]!]!++;
    } else {
      table[at] = stamp;
      table[at + 1] = ab;
      table[at + 2] = c;
      table[at + 3] = distinct;
      distinctCounts[distinct] = 1;
      distinctRecords[distinct] = recordOf(model, a, b, c);
      distinct++;
    }
  }
  return distinct;
}

/** Which of the model's languages the options allow (1), reused. */
let allowedPlaces = new Uint8Array(0);

/** Marks the allowed languages in allowedPlaces; returns whether there is any. */
function allow(model: ScriptModel, only: readonly string[], ignore: readonly string[]): boolean {
  const n = model.languages.length;
  if (allowedPlaces.length < n) allowedPlaces = new Uint8Array(n);
  allowedPlaces.fill(only.length === 0 ? 1 : 0, 0, n);
  for (const language of only) {
    const place = model.places.get(language);
    if (place !== undefined) allowedPlaces[place] = 1;
  }
  for (const language of ignore) {
    const place = model.places.get(language);
    if (place !== undefined) allowedPlaces[place] = 0;
  }
  for (let place = 0; place < n; place++) if (allowedPlaces[place]) return true;
  return false;
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

/**
 * The script most characters are in, and how many are (franc's getTopScript; the first wins a
 * tie). Past half the sample the count may stop short: the script is the top one either way.
 */
function topScript(value: string): [string | undefined, number] {
  // Most samples are mostly ASCII letters, which only the Latin expression matches: then no
  // expression needs to run.
  let ascii = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) ascii++;
  }
  if (ascii * 2 > value.length) return ['Latin', ascii];
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
  if (!allow(model, only, ignore)) return undetermined();
  // The distance of a language: for each distinct trigram of the sample, how far its count is
  // from its rank in the language (franc's measure), or MAX_DIFFERENCE where the language lacks it.
  const distinct = countTrigrams(sample, model);
  if (totals.length < model.languages.length) totals = new Int32Array(model.languages.length);
  totals.fill(distinct * MAX_DIFFERENCE, 0, model.languages.length);
  const { table, entries } = model;
  for (let d = 0; d < distinct; d++) {
    const at = distinctRecords[d]!;
    if (at < 0) continue;
    const n = distinctCounts[d]!;
    for (let e = table[at + 2]!, end = table[at + 3]!; e < end; e++) {
      const entry = entries[e]!;
      totals[entry & 0xffff] += Math.abs(n - (entry >>> 16)) - MAX_DIFFERENCE;
    }
  }
  const distances: [string, number][] = [];
  model.languages.forEach((language, place) => {
    if (allowedPlaces[place]) distances.push([language, totals[place]!]);
  });
  // Stable, as franc's sort is: ties keep franc's order. Insertion: a few dozen languages at most.
  for (let i = 1; i < distances.length; i++) {
    const entry = distances[i]!;
    let j = i;
    for (; j > 0 && distances[j - 1]![1] > entry[1]; j--) distances[j] = distances[j - 1]!;
    distances[j] = entry;
  }
  const min = distances[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
