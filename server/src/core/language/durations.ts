// Concrete times ("within 48 hours", "3 Werktagen", "48小时内", "خلال يومين"): a number with a
// unit of time. The names of the units, with every plural and case form, come from CLDR through
// Intl (NumberFormat's unit style for each plural category, RelativeTimeFormat for the forms after
// "in"/"ago"); duration-words.ts adds what Intl does not carry. Tables are built for the languages
// a text is read in when first asked for (Intl is asked once per language: its locale data is
// much memory). Matching finds the numbers first (digits of any script, spelled-out numbers) and
// then looks at what follows: no regular expression over the units, so the scan stays linear.

import {
  CJK_DIGITS,
  CJK_HALF,
  CJK_NUMERAL_NEEDS_FRAME,
  CJK_TEN,
  CLASSIFIERS,
  DAY_AFTER_MONTH,
  DURATION_LANGUAGES,
  DURATION_WORDS,
  ENGLISH_FUNCTION_WORDS,
  EXTRA_LOCALES,
  MONTH_MARKERS,
  ORDINAL_MARKERS,
  RANGE_SIGNS,
  SYMBOLS,
  TIMES_SIGNS,
  type DurationWords,
  type TimeUnit,
} from './duration-words';

export type { TimeUnit } from './duration-words';

export interface TimeMatch {
  start: number;
  end: number;
  /** The length in days (a range counts as its upper end). */
  days: number;
}

export const TIME_UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/** The length of each unit in days. */
export const UNIT_DAYS: Record<TimeUnit, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/** A bit for each language of DURATION_LANGUAGES; digits and signs belong to all. */
type LanguageMask = number;
const ALL_LANGUAGES: LanguageMask = 0x7fffffff;

interface UnitForm {
  unit: TimeUnit;
  languages: LanguageMask;
  /** The count a word carries itself (Arabic dual "يومين"); digits before it still win. */
  count?: number;
  /** Written with a final dot (an abbreviation: "Std.", "нед."). */
  dot: boolean;
  /** An ordinary English word too ("ore", "jam"): not counted in English prose. */
  homograph: boolean;
  /** An abbreviation that is an ordinary word without its dot (pt "sem." week, "sem" without). */
  dottedOnly?: boolean;
  /** The plural categories of the numbers the form follows, by language (ru "год" follows 1, 21 …). */
  agreement?: Map<string, Set<string>>;
}

/** A unit form of a spaced script, keyed by its first word; `rest` holds its further words. */
interface WordForm {
  rest: string[];
  form: UnitForm;
}

/** A unit form of a script written without spaces (Chinese, Japanese, Korean, Thai). */
interface GlyphForm {
  text: string;
  form: UnitForm;
}

interface NumberWord {
  value: number;
  languages: LanguageMask;
}

interface Tables {
  /** Finds candidate numbers: digit runs, CJK numerals, spelled-out numbers, number-bearing words. */
  candidates: RegExp;
  /** The same, anchored (for the far end of a range). */
  candidateAt: RegExp;
  digits: Map<string, number>;
  numberWords: Map<string, NumberWord[]>;
  countWords: Map<string, { count: number; form: UnitForm }[]>;
  words: Map<string, WordForm[]>;
  glyphs: Map<string, GlyphForm[]>;
  qualifiersBefore: Map<string, LanguageMask>;
  qualifiersAfter: Map<string, { rest: string[]; languages: LanguageMask }[]>;
  glyphQualifiersAfter: { text: string; languages: LanguageMask }[];
  compounds: { prefix: string; languages: LanguageMask }[];
  adjectives: { stem: string; unit: TimeUnit; languages: LanguageMask }[];
  joiners: Map<string, LanguageMask>;
  glyphJoiners: { text: string; languages: LanguageMask }[];
}

// ---- characters ------------------------------------------------------------------------------

const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}_]/u;
const LETTER_RE = /\p{L}/u;
const WORD_AT_RE = /[\p{L}\p{M}]+/uy;
const SPACES = ' \u00a0\u202f\u2009\u2007\t\n\r';
const DECIMAL_SEPARATORS = '.,٫';
/** Characters that make a number part of something else: "v2", "/7", "10:00", "#3", "$5". */
const NOT_BEFORE_NUMBER = '/\\:#@$€£¥&=_';

/** Is `ch` one of the characters of `chars`? */
function oneOf(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && chars.includes(ch);
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return WORD_CHAR_RE.test(ch);
}

/** Particles and time endings a Korean unit takes: 에 (at), 내/이내 (within), 간/동안 (for), 까지, 부터, 만에, 후, and the case particles. */
const KOREAN_UNIT_ENDINGS = ['에', '내', '이', '간', '동', '까', '부', '만', '후', '은', '는', '을', '의', '도'];

/** Scripts written without spaces between words: a unit may follow the number with no space and words may run on. */
function isUnspaced(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0e7f) || // Thai
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) || // Han
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0xff66 && code <= 0xff9f) // half-width kana
  );
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7af;
}

const ARABIC_SCRIPT_RE = /[\u0600-\u06ff]/;
const NEEDS_NFC_RE = /[\u0300-\u036f]|[\u1100-\u11ff]|[\u0900-\u097f]/;
/** A whole word of the Arabic script (Arabic, Persian), for the candidate scan. */
const ARABIC_WORD = '[\\u0620-\\u064a\\u0671-\\u06d3][\\u0620-\\u065f\\u0670-\\u06d3\\u0640]*';

/** Lower case, composed; Arabic script without harakat, hamza seats and letter variants folded. */
export function foldWord(word: string): string {
  // Composing is needed only where combining marks may stand (decomposed Vietnamese, Hangul jamo).
  let w = (NEEDS_NFC_RE.test(word) ? word.normalize('NFC') : word).toLowerCase();
  if (w.includes('\u0307')) w = w.replace(/\u0307/g, ''); // Turkish İ lower-cased
  if (ARABIC_SCRIPT_RE.test(w)) {
    w = w
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/[يى]/g, 'ی')
      .replace(/ك/g, 'ک')
      .replace(/ة/g, 'ه');
  }
  return w;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

// ---- building the tables from Intl -----------------------------------------------------------

/** Numbers that together fall in every plural category of every language read. */
const SAMPLE_NUMBERS = [1, 2, 3, 5, 0, 11, 21, 22, 100, 101, 1.5, 0.5];

/** Samples of each plural category of a locale (`perCategory` of each, at most). */
export function pluralSamples(locale: string, perCategory = 1): Map<string, number[]> {
  const rules = new Intl.PluralRules(locale);
  const samples = new Map<string, number[]>();
  for (const n of SAMPLE_NUMBERS) {
    const category = rules.select(n);
    const list = samples.get(category) ?? [];
    if (list.length < perCategory) list.push(n);
    samples.set(category, list);
  }
  return samples;
}

const NUMBER_PARTS = new Set(['integer', 'decimal', 'fraction', 'group', 'minusSign', 'plusSign']);

interface Harvest {
  /** Unit forms written after a number, with the plural categories of the numbers they follow. */
  forms: Map<string, { text: string; unit: TimeUnit; dot: boolean; categories: Set<string> }>;
  /** Number-bearing words ("يومين" = two days). */
  counts: Map<string, { count: number; unit: TimeUnit }>;
}

function addForm(harvest: Harvest, raw: string, unit: TimeUnit, category: string): void {
  let text = raw.trim();
  let dot = false;
  while (text.endsWith('.') || text.endsWith('॰')) {
    text = text.slice(0, -1);
    dot = true;
  }
  if (text === '' || /\p{N}/u.test(text) || /[-+−]/.test(text)) return;
  const letters = [...text].filter((c) => LETTER_RE.test(c)).length;
  // One letter is too often something else ("3 d" in a list); SYMBOLS keeps the safe ones.
  if (letters <= 1 && !isUnspaced(text.codePointAt(0)!)) return;
  const key = `${text}\u0000${unit}`;
  const known = harvest.forms.get(key) ?? { text, unit, dot, categories: new Set<string>() };
  known.dot ||= dot;
  known.categories.add(category);
  harvest.forms.set(key, known);
}

function addCount(harvest: Harvest, raw: string, count: number, unit: TimeUnit): void {
  const text = raw.trim();
  // The bare singular ("يوم") names the unit without counting it: only "يوم واحد" counts one.
  if (text === '' || (count === 1 && !/\s/.test(text))) return;
  harvest.counts.set(text, { count, unit });
}

/** The longest common ending of several strings. */
function commonSuffix(strings: string[]): string {
  if (strings.length === 0) return '';
  let suffix = strings[0]!;
  for (const s of strings) {
    while (!s.endsWith(suffix)) suffix = suffix.slice(1);
  }
  return suffix;
}

function harvestLocale(locale: string, harvest: Harvest): void {
  const rules = new Intl.PluralRules(locale);
  const numbers = [...pluralSamples(locale).values()].flat();
  for (const unit of TIME_UNITS) {
    for (const unitDisplay of ['long', 'short', 'narrow'] as const) {
      const format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay });
      for (const n of numbers) {
        const parts = format.formatToParts(n);
        const unitText = parts
          .filter((p) => p.type === 'unit')
          .map((p) => p.value)
          .join('');
        if (parts.some((p) => p.type === 'integer')) addForm(harvest, unitText, unit, rules.select(n));
        else addCount(harvest, unitText, n, unit);
      }
    }
  }
  for (const style of ['long', 'short'] as const) {
    const format = new Intl.RelativeTimeFormat(locale, { style, numeric: 'always' });
    for (const sign of [1, -1]) {
      const split = (n: number, unit: TimeUnit) => {
        const parts = format.formatToParts(sign * n, unit);
        const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type) || p.type === 'integer');
        if (first < 0) return { numbered: false, before: '', after: parts.map((p) => p.value).join('') };
        let last = first;
        while (last + 1 < parts.length && NUMBER_PARTS.has(parts[last + 1]!.type)) last++;
        const text = (from: number, to: number) =>
          parts
            .slice(from, to)
            .map((p) => p.value)
            .join('');
        return { numbered: true, before: text(0, first), after: text(last + 1, parts.length) };
      };
      // The frame around the unit ("in …", "… ago", "…後") is what every unit shares; five is
      // written with digits in every language.
      const framed = TIME_UNITS.map((unit) => split(5, unit));
      const frameEnd = commonSuffix(framed.map((p) => p.after));
      const frameStart = framed[0]!.before;
      for (const n of numbers) {
        for (const unit of TIME_UNITS) {
          const piece = split(n, unit);
          if (piece.numbered) {
            const after = piece.after.trimStart();
            const unitText = isUnspaced(after.codePointAt(0) ?? 0) ? after.slice(0, after.length - frameEnd.length) : after.split(/\s/)[0]!;
            addForm(harvest, unitText, unit, rules.select(n));
          } else {
            let text = piece.after;
            if (frameStart && text.startsWith(frameStart)) text = text.slice(frameStart.length);
            if (frameEnd && text.endsWith(frameEnd)) text = text.slice(0, text.length - frameEnd.length);
            addCount(harvest, text, n, unit);
          }
        }
      }
    }
  }
}

function parseNumberList(list: string | undefined): [string, number][] {
  if (!list) return [];
  return list.split(/,\s*/).map((entry) => {
    const at = entry.lastIndexOf('=');
    return [entry.slice(0, at), Number(entry.slice(at + 1))];
  });
}

/** A word as it may be written: apostrophe variants ("п'ять", "п’ять", "пʼять"). */
function spellings(word: string): string[] {
  if (!/['’ʼ]/.test(word)) return [word];
  return [...new Set(["'", '’', 'ʼ'].map((a) => word.replace(/['’ʼ]/g, a)))];
}

/** Tables by the set of languages they read (a few sets occur: the policy's languages, English, those of a script). */
const TABLES = new Map<string, Tables>();
const MAX_TABLE_SETS = 32;
/** What Intl says of each language, asked once: the forms of its units and its count words. */
const HARVESTS = new Map<string, Harvest>();

function harvestOf(language: string): Harvest {
  let harvest = HARVESTS.get(language);
  if (!harvest) {
    harvest = { forms: new Map(), counts: new Map() };
    for (const locale of [language, ...(EXTRA_LOCALES[language] ?? [])]) harvestLocale(locale, harvest);
    HARVESTS.set(language, harvest);
  }
  return harvest;
}

/** The digits 0 to 9 of the numbering systems read, as Intl writes them. */
function numeralDigits(): Map<string, number> {
  const digits = new Map<string, number>();
  for (const system of ['latn', 'arab', 'arabext', 'deva', 'thai', 'fullwide']) {
    const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
    for (let d = 0; d <= 9; d++) digits.set(format.format(d), d);
  }
  return digits;
}

/** A text's folded words, split at spaces and zero-width non-joiners. */
function splitWords(text: string): string[] {
  return foldWord(text)
    .split(/[\s\u200c]+/)
    .filter(Boolean);
}

/** The words around numbers and units: qualifiers, compounds, adjectives, joiners. */
type PhraseTables = Pick<
  Tables,
  'qualifiersBefore' | 'qualifiersAfter' | 'glyphQualifiersAfter' | 'compounds' | 'adjectives' | 'joiners' | 'glyphJoiners'
>;

/** Adds one language's qualifiers, compounds, adjectives and joiners (its bit in `bit`). */
function addPhrases(tables: PhraseTables, data: DurationWords, bit: LanguageMask): void {
  const { qualifiersBefore, qualifiersAfter, glyphQualifiersAfter, compounds, adjectives, joiners, glyphJoiners } = tables;
  for (const q of data.qualifiersBefore ?? []) qualifiersBefore.set(foldWord(q), (qualifiersBefore.get(foldWord(q)) ?? 0) | bit);
  for (const q of data.qualifiersAfter ?? []) {
    if (isUnspaced(q.codePointAt(0)!)) {
      glyphQualifiersAfter.push({ text: q, languages: bit });
      continue;
    }
    const [first, ...rest] = splitWords(q);
    const list = qualifiersAfter.get(first!) ?? [];
    list.push({ rest, languages: bit });
    qualifiersAfter.set(first!, list);
  }
  for (const prefix of data.compounds ?? []) compounds.push({ prefix: foldWord(prefix), languages: bit });
  for (const unit of TIME_UNITS)
    for (const stem of data.adjectives?.[unit] ?? []) adjectives.push({ stem: foldWord(stem), unit, languages: bit });
  for (const joiner of data.joiners ?? []) {
    if (isUnspaced(joiner.codePointAt(0)!)) glyphJoiners.push({ text: joiner, languages: bit });
    else joiners.set(foldWord(joiner), (joiners.get(foldWord(joiner)) ?? 0) | bit);
  }
}

/** Adds one language's spelled-out numbers, in each of their spellings. */
function addNumberWords(numberWords: Map<string, NumberWord[]>, data: DurationWords, bit: LanguageMask): void {
  for (const [word, value] of parseNumberList(data.numbers)) {
    for (const spelling of spellings(word)) {
      const key = splitWords(spelling).join(' ');
      const list = numberWords.get(key) ?? [];
      const known = list.find((w) => w.value === value);
      if (known) known.languages |= bit;
      else list.push({ value, languages: bit });
      numberWords.set(key, list);
    }
  }
}

/**
 * The candidate scan: one pass over the text for everything that can start a time. Words of
 * the Arabic script are taken whole and looked up folded (their spellings vary too much for
 * literals); the other spelled-out numbers and count words are literals.
 */
function candidateScan(
  languages: ReadonlySet<string>,
  digits: Map<string, number>,
  countSpellings: Set<string>,
): Pick<Tables, 'candidates' | 'candidateAt'> {
  const digitClass = [...digits.keys()].map(escapeRegExp).join('');
  const cjkClass = [...Object.keys(CJK_DIGITS), CJK_TEN, CJK_HALF].join('');
  const literals: string[] = [];
  const addLiteral = (text: string, needsSpace: boolean) => {
    if (ARABIC_SCRIPT_RE.test(text)) return;
    const spaced = needsSpace && !isUnspaced(text.codePointAt(0)!) && !/['’ʼ]$/.test(text);
    literals.push(text + (spaced ? END_OF_NUMBER : ''));
    if (text.startsWith('i')) literals.push(`İ${literals[literals.length - 1]!.slice(1)}`); // non-Unicode case folding misses İ
  };
  for (const language of languages) {
    for (const [word] of parseNumberList(DURATION_WORDS[language]!.numbers))
      for (const spelling of spellings(word)) addLiteral(spelling, true);
  }
  for (const text of countSpellings) addLiteral(text, false);
  // Words start a word: the look-behind spares the scan the ends of longer words ("data ").
  const source = [`[${digitClass}]+`, `[${cjkClass}]+`, ARABIC_WORD, `${NOT_AFTER_LETTER}${trieSource(literals)}`].join('|');
  return { candidates: new RegExp(source, 'gi'), candidateAt: new RegExp(source, 'iy') };
}

function buildTables(languages: ReadonlySet<string>): Tables {
  const digits = numeralDigits();
  const words = new Map<string, WordForm[]>();
  const glyphs = new Map<string, GlyphForm[]>();
  const countWords = new Map<string, { count: number; form: UnitForm }[]>();
  const numberWords = new Map<string, NumberWord[]>();
  const qualifiersBefore = new Map<string, LanguageMask>();
  const qualifiersAfter = new Map<string, { rest: string[]; languages: LanguageMask }[]>();
  const glyphQualifiersAfter: { text: string; languages: LanguageMask }[] = [];
  const compounds: { prefix: string; languages: LanguageMask }[] = [];
  const adjectives: { stem: string; unit: TimeUnit; languages: LanguageMask }[] = [];
  const joiners = new Map<string, LanguageMask>();
  const glyphJoiners: { text: string; languages: LanguageMask }[] = [];
  const phrases: PhraseTables = { qualifiersBefore, qualifiersAfter, glyphQualifiersAfter, compounds, adjectives, joiners, glyphJoiners };
  /** One UnitForm per written form and unit, shared by the languages that write it. */
  const forms = new Map<string, UnitForm>();
  const homographs = new Set<string>();
  const dottedOnly = new Set<string>();
  for (const data of Object.values(DURATION_WORDS)) {
    for (const h of data.englishHomographs ?? []) homographs.add(foldWord(h));
    for (const d of data.dottedOnly ?? []) dottedOnly.add(foldWord(d));
  }

  const formFor = (
    text: string,
    unit: TimeUnit,
    bit: LanguageMask,
    dot: boolean,
    count?: number,
    agreement?: [string, Set<string>],
  ): UnitForm | undefined => {
    const key = `${foldWord(text)}\u0000${unit}\u0000${count ?? ''}`;
    const known = forms.get(key);
    if (known) {
      known.languages |= bit;
      known.dot ||= dot;
      if (!agreement) delete known.agreement;
      else known.agreement?.set(...agreement);
      return undefined;
    }
    const folded = foldWord(text);
    const form: UnitForm = {
      unit,
      languages: bit,
      dot,
      homograph: homographs.has(folded),
      ...(dottedOnly.has(folded) ? { dottedOnly: true } : {}),
      ...(count ? { count } : {}),
      ...(agreement ? { agreement: new Map([agreement]) } : {}),
    };
    forms.set(key, form);
    return form;
  };
  const addUnit = (text: string, unit: TimeUnit, bit: LanguageMask, dot = false, count?: number, agreement?: [string, Set<string>]) => {
    const form = formFor(text, unit, bit, dot, count, agreement);
    if (!form) return;
    if (isUnspaced(text.codePointAt(0)!)) {
      const list = glyphs.get(text[0]!) ?? [];
      list.push({ text, form });
      list.sort((a, b) => b.text.length - a.text.length);
      glyphs.set(text[0]!, list);
    } else {
      const [first, ...rest] = splitWords(text);
      const list = words.get(first!) ?? [];
      list.push({ rest, form });
      list.sort((a, b) => b.rest.length - a.rest.length);
      words.set(first!, list);
    }
  };
  const countSpellings = new Set<string>();
  const addCountWord = (text: string, count: number, unit: TimeUnit, bit: LanguageMask) => {
    countSpellings.add(text);
    const key = splitWords(text).join(' ');
    const list = countWords.get(key) ?? [];
    const known = list.find((c) => c.count === count && c.form.unit === unit);
    if (known) known.form.languages |= bit;
    else list.push({ count, form: { unit, languages: bit, dot: false, homograph: false } });
    countWords.set(key, list);
    // Digits before a number-bearing word count instead ("خلال 2 أسبوعين").
    addUnit(text, unit, bit, false, count);
  };

  DURATION_LANGUAGES.forEach((language, index) => {
    if (!languages.has(language)) return;
    const bit = 1 << index;
    const data = DURATION_WORDS[language]!;
    const harvest = harvestOf(language);
    for (const { text, unit, dot, categories } of harvest.forms.values()) addUnit(text, unit, bit, dot, undefined, [language, categories]);
    for (const [text, { count, unit }] of harvest.counts) addCountWord(text, count, unit, bit);
    for (const unit of TIME_UNITS) for (const text of data.units?.[unit] ?? []) addUnit(text, unit, bit);
    if (data.onePrefix) {
      // Days and longer only: "sejam" is also a Portuguese verb, and "an hour" is "satu jam".
      const long = [...harvest.forms.values()].filter(
        (f) => !f.dot && f.unit !== 'minute' && f.unit !== 'hour' && f.text.length > 2 && !/\s/.test(f.text),
      );
      for (const { text, unit } of long) addCountWord(data.onePrefix + text, 1, unit, bit);
    }
    for (const [word, [count, unit]] of Object.entries(data.countWords ?? {})) addCountWord(word, count, unit, bit);
    addNumberWords(numberWords, data, bit);
    addPhrases(phrases, data, bit);
  });

  return { ...candidateScan(languages, digits, countSpellings), digits, numberWords, countWords, words, glyphs, ...phrases };
}

/** Letters of the spaced scripts whose words are literals (the scan runs without the Unicode flag, for speed). */
const NOT_AFTER_LETTER = '(?<![0-9A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff\\u0400-\\u04ff\\u0900-\\u097f])';

/** Marks the end of a spelled-out number: a space, hyphen or apostrophe must follow ("two-week", "un'ora"). */
const END_OF_NUMBER = '\u0000';

/**
 * One regular-expression source for many words, as a trie ("t(?:wo|hree|en)"): a backtracking
 * engine then tests each position once per letter instead of once per word.
 */
function trieSource(words: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const piece = (ch: string) => (ch === ' ' ? '[\\s\\u00a0]' : ch === END_OF_NUMBER ? "(?=[\\s\\u00a0\\-'’]|$)" : escapeRegExp(ch));
  const generate = (node: Node): string => {
    // The end of a word last: the engine takes the first alternative that matches, and "on beş"
    // must win over "on".
    const children = [...node.next].sort(([a], [b]) => Number(a === END_OF_NUMBER) - Number(b === END_OF_NUMBER));
    const alternatives = children.map(([ch, child]) => piece(ch) + generate(child));
    if (node.end) alternatives.push('');
    if (alternatives.length === 1) return alternatives[0]!;
    return `(?:${alternatives.join('|')})`;
  };
  return generate(root);
}

/** The tables of some languages (those without durations of their own are left out; English when none is left). */
function getTables(languages: readonly string[]): Tables {
  const known = languages.filter((l) => l in DURATION_WORDS);
  const set = new Set(known.length > 0 ? known : ['en']);
  const key = [...set].sort().join(' ');
  let t = TABLES.get(key);
  if (!t) {
    if (TABLES.size >= MAX_TABLE_SETS) TABLES.clear();
    TABLES.set(key, (t = buildTables(set)));
  }
  return t;
}

// ---- matching --------------------------------------------------------------------------------

interface NumberAt {
  value: number;
  end: number;
  languages: LanguageMask;
  /** Spelled with CJK numerals (which take some units only before a deadline word). */
  cjk: boolean;
  /** Digits (which alone take unit symbols). */
  digits: boolean;
}

function skipSpaces(text: string, at: number, max: number): number {
  let p = at;
  while (p < text.length && p - at < max && oneOf(SPACES, text[p])) p++;
  return p;
}

/** The last word read: a number is followed by its joiner, qualifier and unit at the same place. */
let lastRead: { text: string; at: number; word: string | undefined } | undefined;

function readWord(text: string, at: number): string | undefined {
  if (lastRead?.at === at && lastRead.text === text) return lastRead.word;
  WORD_AT_RE.lastIndex = at;
  const word = WORD_AT_RE.exec(text)?.[0];
  lastRead = { text, at, word };
  return word;
}

/** foldWord of the last few words read. */
const folded = new Map<string, string>();

function foldCached(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size > 500) folded.clear();
    folded.set(word, (key = foldWord(word)));
  }
  return key;
}

function cjkValue(run: string): number | undefined {
  if (run === CJK_HALF) return 0.5;
  const d = (c: string | undefined) => (c === undefined ? undefined : CJK_DIGITS[c]);
  const chars = [...run];
  if (chars.length === 1) return chars[0] === CJK_TEN ? 10 : d(chars[0]);
  const ten = chars.indexOf(CJK_TEN);
  if (ten < 0 || chars.length > 3 || chars.lastIndexOf(CJK_TEN) !== ten) return undefined;
  const tens = ten === 0 ? 1 : d(chars[0]);
  const ones = ten === chars.length - 1 ? 0 : d(chars[ten + 1]);
  if (tens === undefined || ones === undefined || (ten === 0 && chars.length > 2)) return undefined;
  return tens * 10 + ones;
}

/** Is the character before `at` one that makes a number there part of something else? */
function badBeforeNumber(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  const code = before.charCodeAt(0);
  if (isUnspaced(code)) return oneOf(ORDINAL_MARKERS, before);
  if (isWordChar(before) || oneOf(NOT_BEFORE_NUMBER, before)) return true;
  // "1.2", "v1-2", "CVE-2024-1": a separator glued to a word or number.
  if ((oneOf(DECIMAL_SEPARATORS, before) || before === '-') && isWordChar(text[at - 2])) return true;
  // The far factor of a product ("2x24") is read with the near one; "7×24" is "24/7".
  if (oneOf(TIMES_SIGNS, before) && isWordChar(text[at - 2])) return true;
  return false;
}

/** A number at `at` (found by the candidate scan), or undefined. */
function numberAt(t: Tables, text: string, at: number, match: string): NumberAt | undefined {
  const first = match[0]!;
  if (t.digits.has(first)) {
    if (match.length > 4) return undefined;
    let value = 0;
    for (const c of match) value = value * 10 + t.digits.get(c)!;
    let end = at + match.length;
    const sep = text[end];
    if (sep !== undefined && oneOf(DECIMAL_SEPARATORS, sep) && t.digits.has(text[end + 1] ?? '')) {
      let p = end + 1;
      let fraction = '';
      while (p < text.length && t.digits.has(text[p]!) && fraction.length < 3) fraction += String(t.digits.get(text[p++]!));
      // "1.2.3" and "1,000" are not durations.
      if (fraction.length > 2 || t.digits.has(text[p] ?? '') || (oneOf(DECIMAL_SEPARATORS, text[p]) && t.digits.has(text[p + 1] ?? '')))
        return undefined;
      value += Number(`0.${fraction}`);
      end = p;
    }
    // "10:00", "24/7", "1/2": times of day and fractions.
    if ((text[end] === ':' || text[end] === '/') && t.digits.has(text[end + 1] ?? '')) return undefined;
    return { value, end, languages: ALL_LANGUAGES, cjk: false, digits: true };
  }
  if (first in CJK_DIGITS || first === CJK_TEN || first === CJK_HALF) {
    const value = cjkValue(match);
    return value === undefined ? undefined : { value, end: at + match.length, languages: ALL_LANGUAGES, cjk: true, digits: false };
  }
  if (wordGlued(text, at, match)) return undefined;
  for (const run of wordRuns(text, at, match, 3)) {
    const entries = t.numberWords.get(run.key);
    if (!entries) continue;
    const languages = entries.reduce((m, e) => m | e.languages, 0);
    return { value: entries[0]!.value, end: run.end, languages, cjk: false, digits: false };
  }
  return undefined;
}

/** Is a spelled-out number or count word glued to the word before it ("대한" is no "한")? */
function wordGlued(text: string, at: number, match: string): boolean {
  const code = match.charCodeAt(0);
  if (isHangul(code)) return isHangul(text.charCodeAt(at - 1));
  return !isUnspaced(code) && isWordChar(text[at - 1]);
}

/**
 * The keys a match may stand for, longest first. Words of the Arabic script come one at a time
 * from the scan, so the words after them are tried too ("خمسة عشر", "يوم واحد").
 */
function wordRuns(text: string, at: number, match: string, max: number): { key: string; end: number }[] {
  const runs = [{ key: foldWord(match).replace(/[\s\u00a0]+/g, ' '), end: at + match.length }];
  if (!ARABIC_SCRIPT_RE.test(match)) return runs;
  let p = at + match.length;
  while (runs.length < max) {
    const q = skipSpaces(text, p, 1);
    const w = q > p ? readWord(text, q) : undefined;
    if (w === undefined) break;
    p = q + w.length;
    runs.push({ key: `${runs[runs.length - 1]!.key} ${foldWord(w)}`, end: p });
  }
  return runs.reverse();
}

interface UnitAt {
  form: UnitForm;
  end: number;
}

/** Further words of a multi-word form, each after one space (or a zero-width non-joiner). */
function restEnd(text: string, at: number, rest: string[]): number | undefined {
  let p = at;
  for (const word of rest) {
    const q = skipSpaces(text, p, 1) + (text[p] === '\u200c' ? 1 : 0);
    if (q === p) return undefined;
    const w = readWord(text, q);
    if (w === undefined || foldCached(w) !== word) return undefined;
    p = q + w.length;
  }
  return p;
}

/** A unit word at `at`; `hyphenated`: after "90-" or glued to the digits, where adjectives stand. */
function unitAt(
  t: Tables,
  text: string,
  at: number,
  value: number,
  languages: LanguageMask,
  digits: boolean,
  glued: boolean,
  hyphenated: boolean,
): UnitAt | undefined {
  const code = text.charCodeAt(at);
  if (isUnspaced(code)) {
    for (const g of t.glyphs.get(text[at]!) ?? []) {
      if (!(g.form.languages & languages) || !text.startsWith(g.text, at)) continue;
      const end = at + g.text.length;
      // "3 일본": a one-syllable Korean unit apart from its number must end its word, or take a
      // particle or time ending ("7 일에", "3 일 이내", "2 주간").
      if (!glued && isHangul(code) && isHangul(text.charCodeAt(end)) && !KOREAN_UNIT_ENDINGS.includes(text[end]!)) continue;
      return { form: g.form, end: g.form.dot && text[end] === '.' ? end + 1 : end };
    }
    return undefined;
  }
  const word = readWord(text, at);
  if (word === undefined) return undefined;
  const end = at + word.length;
  if (isWordChar(text[end])) return undefined; // digits glued after the word
  if (digits) {
    const symbol = SYMBOLS.find((s) => s.symbol === word);
    if (symbol && (glued || symbol.spaced))
      return { form: { unit: symbol.unit, languages: ALL_LANGUAGES, dot: false, homograph: false }, end };
  }
  const key = foldCached(word);
  // A word may name different units in different languages ("год": ru year after 1, 21 …; uk
  // hour after any number): a dot after it picks an abbreviation, then agreement with the number
  // decides, then the order of the languages.
  let found: UnitAt | undefined;
  let foundAgrees = false;
  for (const w of t.words.get(key) ?? []) {
    if (!(w.form.languages & languages)) continue;
    const wEnd = restEnd(text, end, w.rest);
    if (wEnd === undefined) continue;
    const dotted = text[wEnd] === '.' || text[wEnd] === '॰';
    if (w.form.dottedOnly && !dotted) continue;
    if (w.form.dot && dotted) return { form: w.form, end: wEnd + 1 };
    if (!found) {
      found = { form: w.form, end: wEnd };
      foundAgrees = false;
    } else if (!foundAgrees) {
      // Agreement is asked only when a second candidate shows up.
      foundAgrees = agreesWith(found.form, value);
      if (!foundAgrees && agreesWith(w.form, value)) {
        found = { form: w.form, end: wEnd };
        foundAgrees = true;
      }
    }
  }
  if (found) return found;
  // Business days written as one word: "Werktagen", "arbetsdagar", "workdays".
  for (const c of t.compounds) {
    if (!(c.languages & languages) || key.length <= c.prefix.length || !key.startsWith(c.prefix)) continue;
    const unit = t.words.get(key.slice(c.prefix.length))?.find((w) => w.rest.length === 0 && w.form.languages & c.languages);
    if (unit) return { form: unit.form, end };
  }
  if (glued || hyphenated) {
    for (const a of t.adjectives) {
      if (a.languages & languages && key.startsWith(a.stem) && key.length - a.stem.length <= 4) {
        return { form: { unit: a.unit, languages: a.languages, dot: false, homograph: false }, end };
      }
    }
  }
  return undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Does a form follow `value` in one of its languages (as ru "лет" follows 5, not 1)? */
function agreesWith(form: UnitForm, value: number): boolean {
  if (!form.agreement) return true;
  for (const [language, categories] of form.agreement) {
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    if (categories.has(rules.select(value))) return true;
  }
  return false;
}

/** After the far end of a range or a product: the next number, if one follows. */
function secondNumber(t: Tables, text: string, at: number): NumberAt | undefined {
  t.candidateAt.lastIndex = at;
  const m = t.candidateAt.exec(text);
  if (!m) return undefined;
  return numberAt(t, text, at, m[0]);
}

/** A range joiner at `at` ("-", "to", "bis", "到"), returning where the far number starts. */
function joinerEnd(t: Tables, text: string, at: number, languages: LanguageMask): { end: number; languages: LanguageMask } | undefined {
  const ch = text[at];
  if (ch === undefined) return undefined;
  if (oneOf(RANGE_SIGNS, ch)) return { end: skipSpaces(text, at + 1, 2), languages: ALL_LANGUAGES };
  const glyph = t.glyphJoiners.find((j) => text.startsWith(j.text, at));
  if (glyph) return { end: skipSpaces(text, at + glyph.text.length, 1), languages: glyph.languages };
  const word = readWord(text, at);
  if (word === undefined) return undefined;
  const mask = t.joiners.get(foldCached(word));
  if (!mask || !(mask & languages)) return undefined;
  const end = skipSpaces(text, at + word.length, 2);
  return end > at + word.length ? { end, languages: mask } : undefined;
}

const ENGLISH_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ENGLISH_FUNCTION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Is the text around a match English prose (two English function words within reach)? */
function englishAround(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 80), end + 80);
  let count = 0;
  ENGLISH_RE.lastIndex = 0;
  while (ENGLISH_RE.exec(window)) if (++count >= 2) return true;
  return false;
}

/** Is the word before `at` (one space away) a unit? "ngày 5 tháng 5": a date, not a duration. */
function unitBefore(t: Tables, text: string, at: number): boolean {
  let p = at;
  if (oneOf(SPACES, text[p - 1])) p--;
  let q = p;
  while (q > 0 && q > p - 24 && /[\p{L}\p{M}]/u.test(text[q - 1]!)) q--;
  if (q === p || isUnspaced(text.charCodeAt(q))) return false;
  return (t.words.get(foldWord(text.slice(q, p))) ?? []).some((w) => w.rest.length === 0 && !w.form.dot);
}

/** A date after a month ("5月1日", "5월 1일"). */
function dayOfMonth(text: string, start: number, unitStart: number): boolean {
  let p = start;
  if (oneOf(SPACES, text[p - 1])) p--;
  return oneOf(MONTH_MARKERS, text[p - 1]) && oneOf(DAY_AFTER_MONTH, text[unitStart]);
}

/** The time that starts with the number at `start`, if any. */
function timeAt(t: Tables, text: string, start: number, first: NumberAt): TimeMatch | undefined {
  let value = first.value;
  let languages = first.languages;
  let p = first.end;

  // A range ("1-2", "2 bis 3", "3到5") or a product ("2x24").
  const q = skipSpaces(text, p, 2);
  const joiner = joinerEnd(t, text, q, languages);
  const far = joiner && secondNumber(t, text, joiner.end);
  if (joiner && far) {
    value = Math.max(value, far.value);
    languages &= joiner.languages & far.languages;
    p = far.end;
  } else if (oneOf(TIMES_SIGNS, text[q]) && first.digits && first.value > 0) {
    const r = skipSpaces(text, q + 1, 1);
    const factor = t.digits.has(text[r] ?? '') ? secondNumber(t, text, r) : undefined;
    if (factor?.digits) {
      if (value * factor.value === 168 && (value === 7 || value === 24)) return undefined; // 7×24, 24×7: around the clock
      value *= factor.value;
      p = factor.end;
    }
  }
  if (!languages) return undefined;

  // The gap: nothing, up to two spaces, or a hyphen ("90-day").
  let u = skipSpaces(text, p, 2);
  let hyphenated = false;
  if (u === p && (text[u] === '-' || text[u] === '‐')) {
    hyphenated = true;
    u++;
  }
  const glued = u === p;

  // A qualifier before the unit ("3 business days", "3 pracovní dny", "3 iş günü").
  let unitStart = u;
  let qualifier = 0;
  const word = isUnspaced(text.charCodeAt(u)) ? undefined : readWord(text, u);
  if (word) {
    const mask = t.qualifiersBefore.get(foldCached(word));
    if (mask && mask & languages) {
      const after = u + word.length;
      const next = text[after] === '-' ? after + 1 : skipSpaces(text, after, 1);
      if (next > after) {
        unitStart = next;
        qualifier = mask;
      }
    }
  }
  const unitLanguages = qualifier ? languages & qualifier : languages;
  const digits = (far ?? first).digits;
  // A Chinese classifier may stand between ("3个小时"), or belong to the unit ("3个月").
  const unit =
    unitAt(t, text, unitStart, value, unitLanguages, digits, glued, hyphenated || glued) ??
    (oneOf(CLASSIFIERS, text[unitStart]) ? unitAt(t, text, unitStart + 1, value, unitLanguages, digits, glued, false) : undefined);
  if (!unit) return undefined;
  const { form } = unit;
  let end = unit.end;

  // Numbers that are not durations: "2024年", a date, an ordinal, an English homograph.
  if (form.unit === 'year' && value >= 1000) return undefined;
  if (first.cjk && !far) {
    const frames = CJK_NUMERAL_NEEDS_FRAME[text.slice(unitStart, end)];
    if (frames && !frames.some((f) => text.startsWith(f, end))) return undefined;
  }
  if (dayOfMonth(text, start, unitStart)) return undefined;
  if (!isUnspaced(text.charCodeAt(unitStart)) && unitBefore(t, text, start)) return undefined;
  if (form.homograph && englishAround(text, start, end)) return undefined;

  // A qualifier after the unit ("jours ouvrés", "hari kerja", "วันทำการ").
  const glyphQualifier = t.glyphQualifiersAfter.find(
    (g) => g.languages & form.languages && text.startsWith(g.text, skipSpaces(text, end, 1)),
  );
  if (glyphQualifier) end = skipSpaces(text, end, 1) + glyphQualifier.text.length;
  else {
    const a = skipSpaces(text, end, 1);
    const next = a > end ? readWord(text, a) : undefined;
    for (const qa of (next && t.qualifiersAfter.get(foldCached(next))) || []) {
      if (!(qa.languages & form.languages)) continue;
      const qEnd = restEnd(text, a + next!.length, qa.rest);
      if (qEnd !== undefined && !isWordChar(text[qEnd])) {
        end = qEnd;
        break;
      }
    }
  }
  return { start, end, days: value * UNIT_DAYS[form.unit] };
}

/** A word that holds its own count ("يومين", "sehari", "하루"). */
function countWordAt(t: Tables, text: string, start: number, match: string): TimeMatch | undefined {
  if (wordGlued(text, start, match)) return undefined;
  for (const run of wordRuns(text, start, match, 2)) {
    const entry = t.countWords.get(run.key)?.[0];
    if (!entry) continue;
    // "sehari-hari" is "every day".
    if (!isUnspaced(match.charCodeAt(0)) && (isWordChar(text[run.end]) || text[run.end] === '-')) return undefined;
    return { start, end: run.end, days: entry.count * UNIT_DAYS[entry.form.unit] };
  }
  return undefined;
}

/**
 * Every number-with-a-unit-of-time in a piece of plain text, in order, not overlapping, in the
 * given languages (BCP 47 tags; every language with durations when omitted).
 */
export function findTimes(text: string, languages: readonly string[] = DURATION_LANGUAGES): TimeMatch[] {
  const t = getTables(languages);
  const found: TimeMatch[] = [];
  const re = t.candidates;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const match = m[0];
    if (badBeforeNumber(text, start)) continue;
    const number = numberAt(t, text, start, match);
    const time = number ? timeAt(t, text, start, number) : countWordAt(t, text, start, match);
    if (time) {
      found.push(time);
      re.lastIndex = time.end;
    }
  }
  return found;
}

// ---- formatting (the quick fixes) ------------------------------------------------------------

/** "48 hours" in a language, the noun in the form `form` asks for (see Offer in duration-words.ts). */
export function formatDuration(language: string, n: number, unit: TimeUnit, form: 'count' | 'relative' | 'five'): string {
  const tight = DURATION_WORDS[language]?.offer.tight ?? false;
  const number = new Intl.NumberFormat(language).format(n);
  let text: string;
  if (form === 'relative') {
    const parts = new Intl.RelativeTimeFormat(language, { numeric: 'always' }).formatToParts(n, unit);
    const first = parts.findIndex((p) => p.type === 'integer');
    text = parts
      .slice(first)
      .map((p) => p.value)
      .join('');
  } else {
    const format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' });
    const reference = form === 'five' ? 5 : n;
    const unitText = format
      .formatToParts(reference)
      .filter((p) => p.type === 'unit')
      .map((p) => p.value)
      .join('');
    const literal = format.formatToParts(reference).some((p) => p.type === 'literal');
    text = `${number}${literal ? ' ' : ''}${unitText}`;
  }
  text = text.replace(/[\u00a0\u202f]/g, ' ');
  return tight ? text.replace(/(\p{N}) (?=\p{L})/u, '$1') : text;
}
