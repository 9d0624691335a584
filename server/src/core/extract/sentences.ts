// Text blocks -> sentences. A sentence ends at . ! ? followed by white space (or the block's end),
// and anywhere at the full stops of scripts that need no space after them: CJK 。！？, the
// Devanagari danda । ॥, the Arabic question mark ؟ and the Urdu full stop ۔, the Ethiopic ።, the
// Myanmar ။ and the Armenian ։; in Thai and Lao, which have no full stop, at a space between
// words. Abbreviations such as "e.g." end none, nor does the dot of an ordinal number ("am 1. März",
// "do 3. dne").

import type { Sentence, TextBlock } from '../model';
import { isMonthName } from '../language/month-names';

/** The sentences of every block, in document order. */
export function sentencesOf(blocks: TextBlock[]): Sentence[] {
  return blocks.flatMap(splitSentences);
}

/** The full stops of scripts that need no space after them (each one UTF-16 code unit). */
const SCRIPT_STOPS = new Set([...'。！？।॥؟۔።။։'].map((c) => c.charCodeAt(0)));

/** Thai and Lao put no full stop at the end of a sentence, only a space before the next one. */
const isThaiOrLao = (code: number) => code >= 0x0e00 && code <= 0x0eff;
/** The Thai repetition mark ๆ. */
const MAI_YAMOK = 0x0e46;

/** Whether text[i] ends a sentence. Asked of every character: codes are compared, no strings made. */
export function isTerminal(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x20) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    // The repetition mark stands apart by a space inside a phrase ("เร็ว ๆ นี้"), not at its end.
    return isThaiOrLao(before) && isThaiOrLao(after) && before !== MAI_YAMOK && after !== MAI_YAMOK;
  }
  if (SCRIPT_STOPS.has(c)) return true;
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (c === 0x2e && (isOrdinalDot(text, i) || isShortMonthInDate(text, i))) return false;
  // "e.g. X", "i.e. X", "etc. and", "vs. X": abbreviations, not ends of sentences.
  const before = text.slice(Math.max(0, i - 4), i + 1).toLowerCase();
  return !/(?:e\.g\.|i\.e\.|\betc\.|\bvs\.|\bno\.|\bca\.|\bz\.b\.|\bbzw\.)$/.test(before);
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** The word after white space, read from its lastIndex on (sticky); bounded, so that it stays linear. */
const NEXT_WORD_RE = /\s{1,4}(\p{L}{1,40})/uy;

/**
 * Whether the dot at `i` makes a number of one or two digits an ordinal, as German, Czech and
 * Polish write them: the word after it is in lower case ("3. dne") or a month ("1. März"). A
 * version ("1.2.") or a longer number is read as the end of a sentence.
 */
function isOrdinalDot(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  if (start === i || i - start > 2) return false;
  if (start > 0 && !/[\s(]/.test(text[start - 1]!)) return false;
  NEXT_WORD_RE.lastIndex = i + 1;
  const word = NEXT_WORD_RE.exec(text)?.[1];
  return word !== undefined && (/^\p{Ll}/u.test(word) || isMonthName(word));
}

/** A day and a short month name before a dot: "2. Jan.", "15 Dez." */
const DAY_AND_SHORT_MONTH_RE = /(?:^|[\s(])\d{1,2}\.?\s(\p{L}{2,5})$/u;

/** Whether the dot at `i` shortens a month name in a date ("ab dem 2. Jan. gilt"). */
function isShortMonthInDate(text: string, i: number): boolean {
  const word = DAY_AND_SHORT_MONTH_RE.exec(text.slice(Math.max(0, i - 12), i))?.[1];
  return word !== undefined && isMonthName(word);
}

/** A block's sentences, trimmed of white space, with their source spans. */
export function splitSentences(block: TextBlock): Sentence[] {
  const out: Sentence[] = [];
  const { text, offsets } = block;
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) {
      out.push({ text: text.slice(a, b), block, from: a, start: offsets[a]!, end: offsets[b - 1]! + 1 });
    }
  };
  for (let i = 0; i < text.length; i++) {
    if (isTerminal(text, i)) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}
