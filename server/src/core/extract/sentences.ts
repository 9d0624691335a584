// Text blocks -> sentences. A sentence ends at . ! ? followed by white space (or the block's end),
// and anywhere at the full stops of scripts that need no space after them: CJK 。！？, the
// Devanagari danda । ॥, the Arabic question mark ؟ and the Urdu full stop ۔, the Ethiopic ።, the
// Myanmar ။ and the Armenian ։; in Thai and Lao, which have no full stop, at a space between
// words. Abbreviations such as "e.g." end none.

import type { Sentence, TextBlock } from '../model';

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
  // "e.g. X", "i.e. X", "etc. and", "vs. X": abbreviations, not ends of sentences.
  const before = text.slice(Math.max(0, i - 4), i + 1).toLowerCase();
  return !/(?:e\.g\.|i\.e\.|\betc\.|\bvs\.|\bno\.|\bca\.|\bz\.b\.|\bbzw\.)$/.test(before);
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
