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

const SCRIPT_STOPS = '。！？।॥؟۔።။։';

/** Thai and Lao put no full stop at the end of a sentence, only a space before the next one. */
const SPACE_STOP_SCRIPT = /[\u0e00-\u0eff]/;

/** Whether text[i] ends a sentence. */
export function isTerminal(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === ' ' && SPACE_STOP_SCRIPT.test(text[i - 1] ?? '') && SPACE_STOP_SCRIPT.test(text[i + 1] ?? '')) {
    // The repetition mark ๆ stands apart by a space inside a phrase ("เร็ว ๆ นี้"), not at its end.
    return text[i - 1] !== 'ๆ' && text[i + 1] !== 'ๆ';
  }
  if (SCRIPT_STOPS.includes(c)) return true;
  if (!'.!?'.includes(c)) return false;
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
