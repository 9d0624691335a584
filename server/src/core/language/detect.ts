// Which language a policy is written in: franc's trigram model (a kept library) over the prose,
// with Chinese, Japanese and Korean told apart by their scripts first, since code and links in
// Latin letters crowd out the few characters a CJK sentence needs.

import { francAll } from 'franc';
import candidates from './candidates.json';
import { isSupportedLanguage } from './grammar';

const CANDIDATES: string[] = candidates.languages;

/** Letters of prose the trigram model needs to guess at all. */
const MIN_LETTERS_TO_GUESS = 60;
/** Letters of prose a guess needs before it may say a policy is in a language the linter does not read. */
const MIN_LETTERS_FOR_UNSUPPORTED = 250;

/** Links, addresses, code-like tokens and numbers say nothing about the language (tested per word: linear). */
const NOISE_WORD_RE = /^https?:|@|[_/\\#{}<>=`|]|\d/;

function prose(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !NOISE_WORD_RE.test(word))
    .join(' ');
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** franc's ISO 639-3 code as a BCP 47 tag (cmn -> zh, swe -> sv), by Intl's canonical aliases. */
function bcp47(code: string): string {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/**
 * BCP 47 tag of the language the text is written in. A language the linter does not read is only
 * named when the text is long enough to be sure; otherwise the guess falls back to a supported one
 * (English when nothing else fits), so that no rule is skipped on a hunch.
 */
export function detectLanguage(text: string): string {
  const sample = prose(text.slice(0, 20000));
  const kana = count(sample, /[\u3040-\u30ff]/g);
  const hangul = count(sample, /[\uac00-\ud7af]/g);
  const han = count(sample, /[\u4e00-\u9fff]/g);
  const latin = count(sample, /[A-Za-z]/g);
  const letters = count(sample, /\p{L}/gu);
  const cjk = kana + hangul + han;
  // Other scripts (Devanagari, Arabic, Cyrillic ...) outweigh a few CJK names in a language menu.
  const otherScripts = letters - latin - cjk;
  // A CJK character carries about as much as a Latin word: a tenth of the Latin letters is much text.
  if (cjk > 20 && cjk > latin / 10 && cjk * 3 > otherScripts) return hangul * 2 > han + kana ? 'ko' : kana * 3 > han ? 'ja' : 'zh';
  // A line or two: too little for the trigram model, which reads short English as anything.
  if (letters < MIN_LETTERS_TO_GUESS) return 'en';

  const ranked = francAll(sample, { only: CANDIDATES, minLength: 20 });
  const [best] = ranked;
  if (!best || best[0] === 'und') return 'en';
  const tag = bcp47(best[0]);
  if (isSupportedLanguage(tag)) return tag;
  if (letters >= MIN_LETTERS_FOR_UNSUPPORTED) return tag;
  // Too little text to be sure: the best supported guess, if franc thought it close.
  const supported = ranked.find(([code, score]) => score >= 0.8 && isSupportedLanguage(bcp47(code)));
  return supported ? bcp47(supported[0]) : 'en';
}
