// Which languages a policy is written in: franc's trigram model (a kept library, ranked through
// the index in ./trigrams) over the prose, with Chinese, Japanese and Korean told apart by their
// scripts first, since code and links in Latin letters crowd out the few characters a CJK
// sentence needs.

import candidates from './candidates.json';
import { isSupportedLanguage, LATIN_SCRIPT_LANGUAGES } from './grammar';
import { rankLanguages } from './trigrams';

const CANDIDATES: string[] = candidates.languages;

/** Letters of prose the trigram model needs to name the language of a policy at all. */
const MIN_LETTERS_TO_GUESS = 60;
/** Letters of prose a guess needs before it may say a policy is in a language the linter does not read. */
const MIN_LETTERS_FOR_UNSUPPORTED = 250;
/** Letters of a paragraph worth a guess of its own, and the letters a second language needs in all. */
const MIN_PARAGRAPH_LETTERS = 80;
const MIN_SECOND_LANGUAGE_LETTERS = 200;
/** How much of a policy the guess reads: paragraphs for a second language, and of their prose the whole guess and each paragraph's. */
const SAMPLE = 20000;
const WHOLE_SAMPLE = 500;
const RUN_SAMPLE = 300;
/** Runs of paragraphs guessed at most, and the Latin letters a paragraph needs to join a run. */
const MAX_GUESSES = 4;
const MIN_RUN_PART_LETTERS = 20;
/** franc's scores are relative to the best (1): a supported language above NEAR_TIE is as likely as an unsupported best guess; the policy's language or English above CLEAR_GUESS makes a run a toss-up. */
const NEAR_TIE = 0.98;
const CLEAR_GUESS = 0.95;

/** Characters that make a word an address, a path, markup, code or a number. */
const NOISE_CHARS = new Uint8Array(128);
for (const c of '@_/\\#{}<>=`|0123456789') NOISE_CHARS[c.charCodeAt(0)] = 1;

/**
 * Links, addresses, code-like tokens and numbers say nothing about the language: what
 * /^https?:|@|[_/\\#{}<>=`|]|\d/ finds, by a loop (a regular expression per word costs more than the word).
 */
function isNoise(word: string): boolean {
  if (word.startsWith('http:') || word.startsWith('https:')) return true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 && NOISE_CHARS[c]) return true;
  }
  return false;
}

function prose(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !isNoise(word))
    .join(' ');
}

/**
 * How many code units of `text` are letters by `re` (letters or Latin letters, given as runs).
 * ASCII letters, which are both, are counted by a loop; `re` reads what is left when the ASCII is
 * taken out, usually little.
 */
function count(text: string, re: RegExp): number {
  let ascii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) ascii++;
  }
  const rest = text.replace(ASCII_RUN_RE, '');
  return ascii + rest.length - rest.replace(re, '').length;
}

const ASCII_RUN_RE = /[\0-\x7f]+/g;

/** franc's ISO 639-3 code as a BCP 47 tag (cmn -> zh, swe -> sv), by Intl's canonical aliases. */
const TAGS = new Map<string, string>();
function bcp47(code: string): string {
  let tag = TAGS.get(code);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(code)[0] ?? code;
    } catch {
      tag = code;
    }
    TAGS.set(code, tag);
  }
  return tag;
}

const LATIN_LETTER_RE = /\p{sc=Latin}+/gu;

/** franc's code of a language the detector tells apart (zh -> cmn, sv -> swe). */
function francCode(tag: string): string {
  return CANDIDATES.find((code) => bcp47(code) === tag) ?? tag;
}

/** franc's codes of the supported languages written in the Latin script. */
const LATIN_CODES: readonly string[] = LATIN_SCRIPT_LANGUAGES.map(francCode);

/** The best supported guess among franc's ranking (its scores are relative: all near 1 on short text). */
function bestSupported(ranked: [string, number][]): string | undefined {
  const found = ranked.find(([code]) => isSupportedLanguage(bcp47(code)));
  return found ? bcp47(found[0]) : undefined;
}

/**
 * The language its letters name, where the trigram model is unsure of a mixed text: Chinese,
 * Japanese or Korean by their scripts, Vietnamese by the tone-marked letters that Unicode keeps
 * for it alone (Latin Extended Additional U+1EA0–U+1EF9, ơ, ư, đ), since a Vietnamese policy
 * full of English terms reads as anything else. Undefined when the letters do not say.
 */
function languageByLetters(sample: string, letters: number): string | undefined {
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let latin = 0;
  let vietnamese = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) latin += (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0xac00 && code <= 0xd7af) hangul++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
    else if (
      (code >= 0x1ea0 && code <= 0x1ef9) ||
      code === 0x1a0 ||
      code === 0x1a1 ||
      code === 0x1af ||
      code === 0x1b0 ||
      code === 0x110 ||
      code === 0x111
    )
      vietnamese++;
  }
  const cjk = kana + hangul + han;
  // Other scripts (Devanagari, Arabic, Cyrillic ...) outweigh a few CJK names in a language menu;
  // a CJK character carries about as much as a Latin word: a tenth of the Latin letters is much text.
  if (cjk > 20 && cjk > latin / 10 && cjk * 3 > letters - latin - cjk) return hangul * 2 > han + kana ? 'ko' : kana * 3 > han ? 'ja' : 'zh';
  // About one Vietnamese letter in six carries such a mark; one in twenty-five of all is much Vietnamese.
  if (vietnamese > 20 && vietnamese * 25 > latin + vietnamese) return 'vi';
  return undefined;
}

/**
 * The language of a policy's prose (BCP 47), and the other supported languages some of it may be
 * in: the other half of a bilingual policy in the same script ("English | Español"). A policy of
 * a line or two is too short to tell: it is read in every language of the Latin script. A
 * language the linter does not read is only named when the text is long enough to be sure;
 * otherwise the guess falls back to a supported one (English when nothing else fits), so that no
 * rule is skipped on a hunch. Other scripts need no second guess: the script of a sentence says
 * which grammar reads it (English is read in every policy).
 */
export function detectLanguages(paragraphs: readonly string[]): { language: string; languages: string[] } {
  const sample = prose(paragraphs.join(' ').slice(0, SAMPLE));
  const letters = count(sample, /\p{L}+/gu);
  const byLetters = languageByLetters(sample, letters);
  if (byLetters) return { language: byLetters, languages: [] };
  if (letters < MIN_SECOND_LANGUAGE_LETTERS) {
    // A line or two: the trigram model reads short English as anything, so English it is, read in every Latin-script language.
    const ranked = letters >= MIN_LETTERS_TO_GUESS ? rankLanguages(sample, { only: CANDIDATES, minLength: 10 }) : [];
    const language = letters >= MIN_LETTERS_TO_GUESS ? (bestSupported(ranked) ?? 'en') : 'en';
    return { language, languages: LATIN_SCRIPT_LANGUAGES.filter((t) => t !== language) };
  }
  // The whole sample first; where it names a language the linter does not read, the paragraphs
  // decide when supported ones carry half the text (two languages mixed into one sample read as
  // a third), since a guess per paragraph is less sure than one over the whole.
  const ranked = rankLanguages(sample.slice(0, WHOLE_SAMPLE), { only: CANDIDATES, minLength: 10 });
  let language = ranked[0] && ranked[0][0] !== 'und' ? bcp47(ranked[0][0]) : 'en';
  // Near relatives (Galician and Spanish, Malay and Indonesian) score alike on a short sample: a
  // supported language as likely as the guess is taken; the rarer one is named only when sure.
  const closest = ranked.find(([code]) => isSupportedLanguage(bcp47(code)));
  if (closest && closest[1] > NEAR_TIE) language = bcp47(closest[0]);
  // A paragraph's guess only needs to tell the policy's language from those the linter reads
  // (three times fewer trigram models); the full set decides when the whole is in another one.
  const supportedWhole = isSupportedLanguage(language);
  const byParagraph = supportedWhole
    ? paragraphLetters(paragraphs, francCode(language), [francCode(language), ...LATIN_CODES])
    : paragraphLetters(paragraphs, 'eng', CANDIDATES);
  const supported = [...byParagraph].filter(([tag]) => isSupportedLanguage(tag)).sort((a, b) => b[1] - a[1]);
  if (supportedWhole) {
    // The sample is the policy's beginning: the language of most of its paragraphs comes first
    // (paragraphs count Latin letters only, so only a Latin-script guess is weighed against them).
    if (LATIN_SCRIPT_LANGUAGES.includes(language) && supported[0] && supported[0][1] > (byParagraph.get(language) ?? 0))
      language = supported[0][0];
  } else {
    const covered = supported.reduce((sum, [, n]) => sum + n, 0);
    if (supported[0] && covered * 2 >= letters) language = supported[0][0];
    else if (letters < MIN_LETTERS_FOR_UNSUPPORTED) language = bestSupported(ranked) ?? 'en';
  }
  const languages = [...byParagraph]
    .filter(([tag, n]) => tag !== language && n >= MIN_SECOND_LANGUAGE_LETTERS && isSupportedLanguage(tag))
    .map(([tag]) => tag);
  return { language, languages };
}

/**
 * Letters of Latin-script prose by the language it is written in (among `only`; `main` is the
 * policy's language). Neighbouring paragraphs are joined into runs of a few lines (a language
 * switches at a section or a half of the policy, seldom at every paragraph), and at most
 * MAX_GUESSES runs spread over the policy are guessed, each standing for the runs around it: a
 * guess costs as much as the text it reads.
 */
function paragraphLetters(paragraphs: readonly string[], main: string, only: readonly string[]): Map<string, number> {
  const runs: { text: string; letters: number }[] = [];
  let run = { text: '', letters: 0 };
  let budget = SAMPLE;
  for (const paragraph of paragraphs) {
    if (budget <= 0) break;
    budget -= paragraph.length;
    const sample = prose(paragraph);
    // Other scripts need no guess: the script of a sentence says which grammar reads it.
    const n = count(sample, LATIN_LETTER_RE);
    if (n < MIN_RUN_PART_LETTERS) continue;
    run = { text: run.text ? `${run.text} ${sample}` : sample, letters: run.letters + n };
    if (run.text.length < RUN_SAMPLE) continue;
    runs.push(run);
    run = { text: '', letters: 0 };
  }
  if (run.letters >= MIN_PARAGRAPH_LETTERS) runs.push(run);
  const letters = new Map<string, number>();
  const groups = Math.min(MAX_GUESSES, runs.length);
  for (let g = 0; g < groups; g++) {
    // Each group of neighbouring runs is guessed from its first run with a clear guess, at most two.
    const from = Math.floor((g * runs.length) / groups);
    const to = Math.floor(((g + 1) * runs.length) / groups);
    const tag = clearGuess(runs[from]!.text, main, only) ?? (to - from > 1 ? clearGuess(runs[from + 1]!.text, main, only) : undefined);
    if (!tag) continue;
    const share = runs.slice(from, to).reduce((sum, r) => sum + r.letters, 0);
    letters.set(tag, (letters.get(tag) ?? 0) + share);
  }
  return letters;
}

/**
 * The language of a run of prose, unless the guess is a toss-up: technical terms read almost as
 * well as the policy's language (`main`) or English as anything else, so another language counts
 * only when it is clearly ahead of those.
 */
function clearGuess(text: string, main: string, only: readonly string[]): string | undefined {
  const ranked = rankLanguages(text.slice(0, RUN_SAMPLE), { only, minLength: 20 });
  const best = ranked[0];
  if (!best || best[0] === 'und') return undefined;
  const close = ranked.some(([code, score]) => code !== best[0] && (code === main || code === 'eng') && score > CLEAR_GUESS);
  return close ? undefined : bcp47(best[0]);
}

/** The language of a text (see detectLanguages). */
export function detectLanguage(text: string): string {
  return detectLanguages([text]).language;
}
