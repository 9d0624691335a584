// The words that turn a length of time into a moment in the past ("2 years ago", "vor 2 Jahren",
// "il y a 2 ans", "2 年前"), in every supported language, from CLDR's relative-time formats
// through Intl. Such a time is no deadline and no response time: "versions released less than
// 2 years ago" promises nothing about how long anything takes.

import { SUPPORTED_LANGUAGES } from './packs/index';
import { DURATION_WORDS } from './duration-words';

/** What stands before the number of a past time, and what follows its unit, in one language. */
export interface PastMarkers {
  before: string[];
  after: string[];
}

const UNITS: Intl.RelativeTimeFormatUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];
const COUNTS = [1, 2, 5];

const MARKERS = new Map<string, PastMarkers>();

/** The past markers of a language ("ago" after the unit in English, "vor" before the number in German). */
export function pastMarkers(tag: string): PastMarkers {
  let markers = MARKERS.get(tag);
  if (!markers) MARKERS.set(tag, (markers = markersOf(tag)));
  return markers;
}

/**
 * What every past form of the language has in common before its number (the common prefix) and
 * after it (the common suffix, past the unit's own forms): "5 days ago" and "1 hour ago" share
 * " ago"; "vor 5 Tagen" and "vor 1 Stunde" share "vor ".
 */
function markersOf(tag: string): PastMarkers {
  if (!SUPPORTED_LANGUAGES.includes(tag)) return { before: [], after: [] };
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(`${tag}-u-nu-latn`, { numeric: 'always' });
  } catch {
    return { before: [], after: [] };
  }
  const befores: string[] = [];
  const afters: string[] = [];
  for (const unit of UNITS)
    for (const count of COUNTS) {
      const parts = format.formatToParts(-count, unit);
      const at = parts.findIndex((p) => p.type === 'integer');
      if (at < 0) continue;
      befores.push(
        parts
          .slice(0, at)
          .map((p) => p.value)
          .join(''),
      );
      afters.push(
        parts
          .slice(at + 1)
          .map((p) => p.value)
          .join(''),
      );
    }
  const before = commonEnd(befores, 'start').trim();
  const after = commonEnd(afters, 'end').trim();
  return { before: before ? [before] : [], after: after ? [after] : [] };
}

/** The longest start (or end) that every text shares. */
function commonEnd(texts: string[], side: 'start' | 'end'): string {
  if (texts.length === 0) return '';
  const chars = texts.map((t) => [...t]);
  if (side === 'end') chars.forEach((c) => c.reverse());
  let n = 0;
  while (chars.every((c) => n < c.length && c[n] === chars[0]![n])) n++;
  const shared = chars[0]!.slice(0, n);
  return (side === 'end' ? shared.reverse() : shared).join('');
}

/**
 * Whether the time at [start, end) of `text` is a moment in the past in one of `languages`: its
 * language's "ago" follows it or its "vor" stands before it (both, where the language puts words
 * on both sides: Swedish "för 2 år sedan"), with only spaces between. A time after the
 * language's "within" is a period whatever follows: Italian "entro 2 giorni fa una valutazione"
 * is "within 2 days (it) makes an assessment", not "2 days ago".
 */
export function isPastTime(text: string, start: number, end: number, languages: readonly string[]): boolean {
  const before = text
    .slice(Math.max(0, start - 24), start)
    .trimEnd()
    .toLowerCase();
  const after = text
    .slice(end, end + 24)
    .trimStart()
    .toLowerCase();
  return languages.some((tag) => {
    const { before: b, after: a } = pastMarkers(tag);
    if (b.length === 0 && a.length === 0) return false;
    const within = DURATION_WORDS[tag]?.offer.within.replace('{}', '').trim().toLowerCase();
    if (within && endsWithWord(before, within)) return false;
    const opens = b.some((w) => endsWithWord(before, w.toLowerCase()));
    const closes = a.some((w) => startsWithWord(after, w.toLowerCase()));
    return b.length > 0 && a.length > 0 ? opens && closes : opens || closes;
  });
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Scripts whose words are not set apart by spaces, or take their particles joined (Korean 전에). */
const JOINED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

function endsWithWord(text: string, word: string): boolean {
  const first = word[0] ?? '';
  return text.endsWith(word) && (JOINED.test(first) || !(LETTER.test(first) && LETTER.test(text[text.length - word.length - 1] ?? '')));
}

function startsWithWord(text: string, word: string): boolean {
  const last = word[word.length - 1] ?? '';
  return text.startsWith(word) && (JOINED.test(last) || !(LETTER.test(last) && LETTER.test(text[word.length] ?? '')));
}
