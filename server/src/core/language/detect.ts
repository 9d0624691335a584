// Which languages a policy is written in: franc's trigram model (a kept library) over the prose,
// with Chinese, Japanese and Korean told apart by their scripts first, since code and links in
// Latin letters crowd out the few characters a CJK sentence needs.

import { francAll } from 'franc';
import candidates from './candidates.json';
import { isSupportedLanguage, LATIN_SCRIPT_LANGUAGES } from './grammar';

const CANDIDATES: string[] = candidates.languages;

/** Letters of prose the trigram model needs to name the language of a policy at all. */
const MIN_LETTERS_TO_GUESS = 60;
/** Letters of prose a guess needs before it may say a policy is in a language the linter does not read. */
const MIN_LETTERS_FOR_UNSUPPORTED = 250;
/** Letters of a paragraph worth a guess of its own, and the letters a second language needs in all. */
const MIN_PARAGRAPH_LETTERS = 80;
const MIN_SECOND_LANGUAGE_LETTERS = 200;
/** How much of a policy the guess reads. */
const SAMPLE = 20000;

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

/** The best supported guess among franc's ranking (its scores are relative: all near 1 on short text). */
function bestSupported(ranked: [string, number][]): string | undefined {
  const found = ranked.find(([code]) => isSupportedLanguage(bcp47(code)));
  return found ? bcp47(found[0]) : undefined;
}

/** Chinese, Japanese or Korean when their characters carry the text, else undefined. */
function cjkLanguage(sample: string, letters: number): string | undefined {
  const kana = count(sample, /[\u3040-\u30ff]/g);
  const hangul = count(sample, /[\uac00-\ud7af]/g);
  const han = count(sample, /[\u4e00-\u9fff]/g);
  const latin = count(sample, /[A-Za-z]/g);
  const cjk = kana + hangul + han;
  // Other scripts (Devanagari, Arabic, Cyrillic ...) outweigh a few CJK names in a language menu;
  // a CJK character carries about as much as a Latin word: a tenth of the Latin letters is much text.
  if (cjk <= 20 || cjk <= latin / 10 || cjk * 3 <= letters - latin - cjk) return undefined;
  return hangul * 2 > han + kana ? 'ko' : kana * 3 > han ? 'ja' : 'zh';
}

/**
 * The language of a policy's prose (BCP 47), and the other supported languages some of it may be
 * in: the other half of a bilingual policy in the same script ("English | Español"). A policy of
 * a line or two is too short to tell: it is read in every language of the Latin script. A
 * language the linter does not read is only named when the text is long enough to be sure;
 * otherwise the guess falls back to a supported one (English when nothing else fits), so that no
 * rule is skipped on a hunch. Other scripts need no second guess: the script of a sentence says
 * which grammar reads it.
 */
export function detectLanguages(paragraphs: readonly string[]): { language: string; languages: string[] } {
  const sample = prose(paragraphs.join(' ').slice(0, SAMPLE));
  const letters = count(sample, /\p{L}/gu);
  const cjk = cjkLanguage(sample, letters);
  if (cjk) return { language: cjk, languages: [] };
  if (letters < MIN_SECOND_LANGUAGE_LETTERS) {
    // A line or two: the trigram model reads short English as anything, so English it is, read in every Latin-script language.
    const ranked = letters >= MIN_LETTERS_TO_GUESS ? francAll(sample, { only: CANDIDATES, minLength: 10 }) : [];
    const language = letters >= MIN_LETTERS_TO_GUESS ? (bestSupported(ranked) ?? 'en') : 'en';
    return { language, languages: LATIN_SCRIPT_LANGUAGES.filter((t) => t !== language) };
  }
  // The whole sample first; where it names a language the linter does not read, the paragraphs
  // decide when supported ones carry half the text (two languages mixed into one sample read as
  // a third), since a guess per paragraph is less sure than one over the whole.
  const byParagraph = paragraphLetters(paragraphs);
  const ranked = francAll(sample, { only: CANDIDATES, minLength: 10 });
  let language = ranked[0] && ranked[0][0] !== 'und' ? bcp47(ranked[0][0]) : 'en';
  if (!isSupportedLanguage(language)) {
    const supported = [...byParagraph].filter(([tag]) => isSupportedLanguage(tag)).sort((a, b) => b[1] - a[1]);
    const covered = supported.reduce((sum, [, n]) => sum + n, 0);
    if (supported[0] && covered * 2 >= letters) language = supported[0][0];
    else if (letters < MIN_LETTERS_FOR_UNSUPPORTED) language = bestSupported(ranked) ?? 'en';
  }
  const languages = [...byParagraph]
    .filter(([tag, n]) => tag !== language && n >= MIN_SECOND_LANGUAGE_LETTERS && isSupportedLanguage(tag))
    .map(([tag]) => tag);
  return { language, languages };
}

/** Letters of paragraphs of at least a few lines, by the language each is written in. */
function paragraphLetters(paragraphs: readonly string[]): Map<string, number> {
  const letters = new Map<string, number>();
  let budget = SAMPLE;
  for (const paragraph of paragraphs) {
    if (budget <= 0) break;
    budget -= paragraph.length;
    const sample = prose(paragraph);
    const n = count(sample, /\p{L}/gu);
    if (n < MIN_PARAGRAPH_LETTERS) continue;
    const [best] = francAll(sample, { only: CANDIDATES, minLength: 20 });
    if (!best || best[0] === 'und') continue;
    const tag = bcp47(best[0]);
    letters.set(tag, (letters.get(tag) ?? 0) + n);
  }
  return letters;
}

/** The language of a text (see detectLanguages). */
export function detectLanguage(text: string): string {
  return detectLanguages([text]).language;
}
