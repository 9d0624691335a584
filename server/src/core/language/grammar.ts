// The lexicon home: the language packs compiled into the matchers the rules use. A sentence is
// read with the packs of the languages it may be in (the policy's languages, English, and those
// its script points to), so that a word of one language never counts as a word of another (Dutch
// "je" is no French "je", Arabic "ما" no Persian "we") and only the grammars a policy needs are
// ever compiled. Headings are short and distinctive: they are read in every language.

import type { SectionKind } from '../model';
import type { LanguagePack, PromiseGrammar } from './pack';
import { COMPLIANCE_CONCEPTS, VAGUE_CONCEPTS } from './pack';
import type { ComplianceConcept } from './pack';
import { PACKS } from './packs/index';

/** A letter, a combining mark (Devanagari and Thai vowels are marks), a digit or an underscore. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

type Select = (pack: LanguagePack) => readonly string[];

/** A run of letters a source may put before or after its word (compounds, inflections). */
const AFFIX = String.raw`\p{L}*`;

/** Whether a source has an alternation at its top level ("a|b"), outside groups and classes. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The sources as one alternation, with the letter runs they open or close with written once for
 * all of them: "(?:stem1|stem2)\p{L}*" matches what "stem1\p{L}*|stem2\p{L}*" does, and V8 compiles
 * every \p{L} into a large table, so the factored form compiles about ten times faster.
 */
function factoredAlternation(sources: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const source of sources) {
    let body = source;
    // Phrases of several words keep their place: an earlier, longer phrase wins over a stem.
    const single = !/\s/.test(source) && !hasTopLevelBar(source);
    const before = single && body.startsWith(AFFIX);
    if (before) body = body.slice(AFFIX.length);
    const after = single && body.endsWith(AFFIX) && !body.endsWith(`\\${AFFIX}`) && body.length > AFFIX.length;
    if (after) body = body.slice(0, -AFFIX.length);
    const key = `${before ? AFFIX : ''} ${after ? AFFIX : ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(body);
  }
  // Phrases and words without letter runs first, in their order ("ett snabbt svar" before "snabbt").
  return [...groups]
    .sort(([a], [b]) => (a === ' ' ? 0 : 1) - (b === ' ' ? 0 : 1))
    .map(([key, bodies]) => {
      const [before, after] = key.split(' ');
      return before || after ? `${before}(?:${bodies.join('|')})${after}` : bodies.join('|');
    })
    .join('|');
}

/** One alternation of a pack's sources, held to word boundaries where the pack's words have them. */
function packSource(pack: LanguagePack, select: Select): string | undefined {
  const sources = select(pack);
  if (sources.length === 0) return undefined;
  const alternation = factoredAlternation(sources);
  return pack.spaced ? `(?<!${WORD_CHAR})(?:${alternation})(?!${WORD_CHAR})` : `(?:${alternation})`;
}

function alternation(packs: readonly LanguagePack[], select: Select): string {
  const parts = packs.map((p) => packSource(p, select)).filter((s): s is string => s !== undefined);
  return parts.length > 0 ? parts.join('|') : '(?!)';
}

/**
 * The sources of many packs as one expression that only tells whether any matches: the word
 * boundaries of the spaced packs are checked once around all their words, not once per pack (three
 * times faster). Which word matches may differ from `alternation`'s; whether one does cannot.
 */
function unitedAlternation(packs: readonly LanguagePack[], select: Select): string {
  const spaced = packs.filter((p) => p.spaced && select(p).length > 0).map((p) => factoredAlternation(select(p)));
  const parts = packs.filter((p) => !p.spaced).map((p) => packSource(p, select));
  if (spaced.length > 0) parts.unshift(`(?<!${WORD_CHAR})(?:${spaced.join('|')})(?!${WORD_CHAR})`);
  const defined = parts.filter((s): s is string => s !== undefined);
  return defined.length > 0 ? defined.join('|') : '(?!)';
}

/** The sources of some packs in one regular expression (case-insensitive, Unicode). */
export function compile(select: Select, flags = 'iu', packs: readonly LanguagePack[] = PACKS): RegExp {
  return new RegExp(alternation(packs, select), flags);
}

/** True when the linter reads the language of this BCP 47 tag (a pack exists for it). */
export function isSupportedLanguage(tag: string): boolean {
  return PACKS.some((p) => p.tag === tag);
}

const vagueOf = (pack: LanguagePack) => VAGUE_CONCEPTS.flatMap((c) => pack.vague[c]);
const promise = (key: keyof PromiseGrammar) => (pack: LanguagePack) => pack.promise[key];
/** Punctuation that ends a clause in any script (the comma and semicolon of each). */
const CLAUSE_PUNCTUATION = /^[,;，；、،؛]$/u;

type Stance = 'promise' | 'request' | 'none' | 'unknown';

export interface Clause {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** What the clause does: promises, asks the reporter, praises or sets a condition (aside), or states (plain). */
  stance: 'promise' | 'request' | 'aside' | 'plain';
  promise: boolean;
}

/** How many brackets are open before each offset of the text. */
function parenthesisDepths(text: string): number[] {
  const depths = new Array<number>(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    const c = text[i]!;
    if (c === '(' || c === '（' || c === '[') depth++;
    else if ((c === ')' || c === '）' || c === ']') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return depths;
}

/** The kinds of section a heading may name, in the order findings list them. */
export const SECTION_KINDS: SectionKind[] = [
  'reporting',
  'supported-versions',
  'response',
  'disclosure',
  'scope',
  'safe-harbor',
  'encryption',
  'acknowledgments',
  'hiring',
];

/** What a pack says, by name: the word lists the grammar reads. */
const WORDS = {
  vague: vagueOf,
  responseContext: (p: LanguagePack) => p.responseContext,
  fix: (p: LanguagePack) => p.fix,
  supportPeriod: (p: LanguagePack) => p.supportPeriod,
  disclosure: (p: LanguagePack) => p.disclosure,
  versionHeader: (p: LanguagePack) => p.versionHeader,
  firstPerson: promise('firstPerson'),
  possessive: promise('possessive'),
  team: promise('team'),
  /** Signals that outweigh praise: intent or the future, the passive, "you will receive". */
  strong: (p: LanguagePack) => [...p.promise.intent, ...p.promise.passive, ...p.promise.youReceive],
  request: (p: LanguagePack) => p.request,
  noPromise: (p: LanguagePack) => p.noPromise,
  imperative: (p: LanguagePack) => p.imperative,
  condition: (p: LanguagePack) => p.condition,
  conjunction: (p: LanguagePack) => p.conjunction,
  leadInCondition: (p: LanguagePack) => p.leadInCondition,
  ...(Object.fromEntries(COMPLIANCE_CONCEPTS.map((c) => [c, (p: LanguagePack) => p.compliance[c]])) as unknown as Record<
    ComplianceConcept,
    Select
  >),
} satisfies Record<string, Select>;

export type WordKind = keyof typeof WORDS;
/** Where a match must stand: anywhere, at the start of the text (after bullets, numbers and punctuation), at its end. */
type Anchor = 'any' | 'start' | 'end';

/**
 * One language's matchers, each compiled when first used and then shared by every grammar that
 * reads the language (a policy in two languages costs no new compilation).
 */
class PackMatchers {
  // By kind, and null where the pack has no such words: asked for on every test of every
  // sentence, a lookup makes no key string.
  private readonly headings = new Map<SectionKind, RegExp | null>();
  private readonly anywhere = new Map<WordKind, RegExp | null>();
  private readonly atEnd = new Map<WordKind, RegExp | null>();
  /** The pack's fixed-case words by their lower case ("i" → "I"); undefined when it has none. */
  private readonly fixedCase: Map<string, string> | undefined;
  constructor(private readonly pack: LanguagePack) {
    if (pack.fixedCase?.length) this.fixedCase = new Map(pack.fixedCase.map((w) => [w.toLowerCase(), w]));
  }

  /**
   * Whether a match is the pack's word. With `strict` (the grammar reads other languages too), a
   * fixed-case word in another case is not ("i" for "I"); a policy in the pack's language alone
   * may be written carelessly.
   */
  accepts(hit: string, strict: boolean): boolean {
    if (!strict) return true;
    const fixed = this.fixedCase?.get(hit.toLowerCase());
    return fixed === undefined || fixed === hit;
  }

  /** The first match of `re` in `text` that the pack accepts, from `from` on; null when none. */
  private firstAccepted(re: RegExp, text: string, strict: boolean, from = 0): RegExpExecArray | null {
    re.lastIndex = from;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      if (this.accepts(hit[0], strict)) return hit;
      if (hit[0] === '') re.lastIndex++;
    }
    return null;
  }

  /** The matcher of a section kind's heading words (headings are matched lower-cased). */
  heading(kind: SectionKind): RegExp | undefined {
    let re = this.headings.get(kind);
    if (re === undefined) {
      const source = packSource(this.pack, (p) => p.headings[kind] ?? []);
      this.headings.set(kind, (re = source === undefined ? null : new RegExp(source, 'iu')));
    }
    return re ?? undefined;
  }

  /**
   * The matcher of `kind`: one global expression serves "anywhere", "all" and "at the start"
   * (each compilation of a case-insensitive Unicode expression costs milliseconds); only "at the
   * end" has its own.
   */
  re(kind: WordKind, anchor: 'all' | 'end' = 'all'): RegExp | undefined {
    const compiled = anchor === 'end' ? this.atEnd : this.anywhere;
    let re = compiled.get(kind);
    if (re === undefined) {
      const source = packSource(this.pack, WORDS[kind]);
      re =
        source === undefined
          ? null
          : anchor === 'end'
            ? new RegExp(String.raw`(?:${source})[\s\p{P}\p{S}]{0,6}$`, 'iu')
            : new RegExp(source, 'giu');
      compiled.set(kind, re);
    }
    return re ?? undefined;
  }

  /** Where a word of `kind` stands first in `text`, or -1. */
  search(kind: WordKind, text: string, strict = false): number {
    const re = this.re(kind);
    if (!re) return -1;
    const index = text.search(re);
    if (index < 0 || !strict || !this.fixedCase) return index;
    const hit = this.firstAccepted(re, text, strict, index);
    re.lastIndex = 0;
    return hit ? hit.index : -1;
  }

  /** Whether a word of `kind` ends `text` (before up to six spaces, punctuation marks or symbols). */
  ends(kind: WordKind, text: string, strict = false): boolean {
    const hit = this.re(kind, 'end')?.exec(text);
    return !!hit && this.accepts(hit[0].replace(/[\s\p{P}\p{S}]{1,6}$/u, ''), strict);
  }

  /**
   * How much of `text` a word of `kind` opening it takes, after bullets, numbers and punctuation
   * (0 when none opens it).
   */
  opening(kind: WordKind, text: string, strict = false): number {
    const re = this.re(kind);
    if (!re) return 0;
    const hit = this.firstAccepted(re, text, strict);
    re.lastIndex = 0;
    return hit && hit.index <= LEAD_RE.exec(text)![0].length ? hit.index + hit[0].length : 0;
  }
}

/** What may stand before the first word of a clause: bullets, numbers, punctuation, at most twelve. */
const LEAD_RE = /^[\s\p{P}\p{S}\p{N}]{0,12}/u;

const MATCHERS = new Map<string, PackMatchers>();
function matchersOf(pack: LanguagePack): PackMatchers {
  let matchers = MATCHERS.get(pack.tag);
  if (!matchers) MATCHERS.set(pack.tag, (matchers = new PackMatchers(pack)));
  return matchers;
}

/** A match of some language's words: where it starts and what it says. */
export interface WordMatch {
  index: number;
  text: string;
}

/** The matchers of a set of languages. */
export class Grammar {
  private readonly matchers: PackMatchers[];
  /** Whether fixed-case words must keep their case: when the grammar reads more than one language. */
  private readonly strict: boolean;

  constructor(readonly packs: readonly LanguagePack[]) {
    this.matchers = packs.map(matchersOf);
    this.strict = packs.length > 1;
  }

  /** Whether words of `kind` of any of the languages stand in `text`. */
  has(kind: WordKind, text: string, anchor: Anchor = 'any'): boolean {
    if (anchor === 'start') return this.matchers.some((m) => m.opening(kind, text, this.strict) > 0);
    if (anchor === 'end') return this.matchers.some((m) => m.ends(kind, text, this.strict));
    return this.matchers.some((m) => m.search(kind, text, this.strict) >= 0);
  }

  /** Every word of `kind` in `text`, in order; where two languages' matches overlap, the earlier and longer one. */
  find(kind: WordKind, text: string): WordMatch[] {
    const found: WordMatch[] = [];
    for (const m of this.matchers) {
      const re = m.re(kind);
      // Most texts hold no such word: a search allocates nothing.
      if (!re || text.search(re) < 0) continue;
      re.lastIndex = 0;
      for (let hit = re.exec(text); hit; hit = re.exec(text)) {
        if (m.accepts(hit[0], this.strict)) found.push({ index: hit.index, text: hit[0] });
        if (hit[0] === '') re.lastIndex++;
      }
    }
    if (this.matchers.length < 2) return found;
    found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: WordMatch[] = [];
    for (const w of found)
      if (kept.length === 0 || w.index >= kept[kept.length - 1]!.index + kept[kept.length - 1]!.text.length) kept.push(w);
    return kept;
  }

  /** The text without the joining word it opens with ("and", "but", "if"). */
  private withoutConjunction(clause: string): string {
    let longest = 0;
    for (const m of this.matchers) longest = Math.max(longest, m.opening('conjunction', clause, this.strict));
    return clause.slice(longest);
  }

  /** Where clauses end: after a comma or semicolon of any script, at a dash, before a joining word. */
  private clauseBreaks(sentence: string): number[] {
    const breaks = new Set<number>();
    for (const m of sentence.matchAll(/[,;，；、،؛]|\s[-–—]\s/gu)) breaks.add(m.index! + (CLAUSE_PUNCTUATION.test(m[0]) ? 1 : 0));
    for (const w of this.find('conjunction', sentence)) breaks.add(w.index);
    return [...breaks].sort((a, b) => a - b);
  }

  /** The clause of `sentence` that holds offset `at` (a parenthesis stays with its clause). */
  clauseAt(sentence: string, at: number): string {
    const depth = parenthesisDepths(sentence);
    const breaks = this.clauseBreaks(sentence).filter((b) => b > 0 && depth[b] === 0);
    const start = breaks.filter((b) => b <= at).pop() ?? 0;
    const end = breaks.find((b) => b > at) ?? sentence.length;
    return sentence.slice(start, end);
  }

  /** What a heading says its section is about. */
  sectionKinds(title: string): SectionKind[] {
    return SECTION_KINDS.filter((kind) => this.namesSection(title, kind));
  }

  /** Whether a heading names a section of this kind. */
  namesSection(title: string, kind: SectionKind): boolean {
    const lower = title.toLowerCase();
    if (this.matchers.length < UNITED_HEADINGS) return this.matchers.some((m) => m.heading(kind)?.test(lower) ?? false);
    // Read in many languages (a section that seems missing): one expression of them all.
    let united = this.unitedHeadings.get(kind);
    if (!united)
      this.unitedHeadings.set(
        kind,
        (united = new RegExp(
          unitedAlternation(this.packs, (p) => p.headings[kind] ?? []),
          'iu',
        )),
      );
    return united.test(lower);
  }

  private readonly unitedHeadings = new Map<SectionKind, RegExp>();

  /** A request to the reporter: "please", "we ask you to", or an instruction with no "we" in it. */
  isRequest(sentence: string): boolean {
    return this.has('request', sentence) || (this.has('imperative', sentence, 'start') && !this.has('firstPerson', sentence));
  }

  /** What a clause does on its own: asks, promises, praises or sets a condition, or nothing it says itself. */
  private stanceOf(clause: string, leading: boolean, underPromiseLeadIn: boolean): Stance {
    const body = this.withoutConjunction(clause);
    if (this.has('condition', clause, 'start') || this.has('condition', body, 'start')) return 'none';
    // An instruction opens a sentence ("Report it, and we will ..."); a bare verb later on shares the
    // subject before it ("We will review it and submit a fix"). Under "We will:" an item's leading
    // verb is the project's too ("- Keep you informed").
    const ordered = leading && !underPromiseLeadIn && this.has('imperative', body, 'start') && !this.has('firstPerson', body);
    if (ordered || this.has('request', clause)) return 'request';
    if (this.has('strong', body)) return 'promise';
    if (this.has('firstPerson', body) || this.has('team', body)) return this.has('noPromise', body) ? 'none' : 'promise';
    return this.has('noPromise', body) ? 'none' : 'unknown';
  }

  /**
   * The sentence clause by clause, each marked as a promise or not. A clause that says nothing of
   * its own continues the one before it when a joining word opens it ("If you report it when
   * possible, ..."), else the last one that promised or asked ("We will, to be safe, respond
   * promptly"); leading clauses take the stance of the first clause that promises or asks ("As
   * soon as possible, we will ..."). A request, praise or a condition stays what it is ("Let us
   * know quickly, and we'll fix it promptly"). A list item under a lead-in that promises ("We
   * will:") speaks for the project unless it says otherwise.
   */
  clauses(sentence: string, underPromiseLeadIn = false): Clause[] {
    // A parenthesis is one piece with what it stands in: "If you report an issue (for example, one with a CVE), ...".
    const depth = parenthesisDepths(sentence);
    const bounds = [0, ...this.clauseBreaks(sentence).filter((b) => b > 0 && depth[b] === 0), sentence.length];
    const parts: { start: number; end: number; stance: Stance; joined: boolean }[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [start, end] = [bounds[i]!, bounds[i + 1]!];
      const text = sentence.slice(start, end);
      if (!text.trim()) continue;
      const stance = this.stanceOf(text, parts.length === 0, underPromiseLeadIn);
      parts.push({ start, end, stance, joined: this.has('conjunction', text, 'start') });
    }
    let carried: Stance = 'unknown';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.stance === 'unknown') part.stance = i > 0 && part.joined ? parts[i - 1]!.stance : carried;
      if (part.stance !== 'none' && part.stance !== 'unknown') carried = part.stance;
    }
    const first =
      parts.find((p) => p.stance === 'promise' || p.stance === 'request')?.stance ?? (underPromiseLeadIn ? 'promise' : 'unknown');
    return parts.map((p) => {
      const own = p.stance === 'unknown' ? first : p.stance;
      const stance = own === 'none' ? 'aside' : own === 'unknown' ? 'plain' : own;
      return { start: p.start, end: p.end, stance, promise: stance === 'promise' };
    });
  }

  /**
   * The project promises something in this sentence (RULES.md's commitment sentence): some clause
   * speaks as "we", "I" or the team, or says what will be done (intent, the future, the passive),
   * and asks nothing of the reporter. Praise ("we appreciate timely reports") promises nothing.
   */
  isPromise(sentence: string): boolean {
    return this.clauses(sentence).some((c) => c.promise);
  }

  /**
   * A list lead-in that speaks for the project ("When we receive a report, we will:", "Our
   * process:"), so that its items are promises without a subject of their own; not one that lists
   * conditions on the reporter ("We offer safe harbor to researchers who:"), nor one that is only a
   * subordinate clause ("When a fix is released:"), whose items are what the reader does then.
   */
  isPromiseLeadIn(leadIn: string): boolean {
    const text = leadIn.trim().replace(/[:：]\s*$/u, '');
    if (this.has('request', text) || this.has('leadInCondition', text, 'end')) return false;
    const parts = this.clauses(text);
    if (parts.length > 0 && this.has('conjunction', text.slice(parts[parts.length - 1]!.start), 'start')) return false;
    return this.has('firstPerson', text) || this.has('possessive', text) || this.has('team', text) || this.has('strong', text);
  }
}

const PACK_OF = new Map(PACKS.map((p) => [p.tag, p]));
const GRAMMARS = new Map<string, Grammar>();

/** The grammar of some languages (tags without a pack are left out), made once. */
export function grammarOf(tags: Iterable<string>): Grammar {
  const known = [...new Set(tags)].filter((t) => PACK_OF.has(t)).sort();
  const key = known.join(' ');
  let grammar = GRAMMARS.get(key);
  if (!grammar) GRAMMARS.set(key, (grammar = new Grammar(known.map((t) => PACK_OF.get(t)!))));
  return grammar;
}

/** Scripts other than Latin, and the supported languages written in them. */
const SCRIPTS: [RegExp, (documentLanguage: string, text: string) => string[]][] = [
  [/[\u0400-\u04ff]/, () => ['ru', 'uk']],
  [/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/, () => ['ar', 'fa']],
  [/[\u0900-\u097f]/, () => ['hi']],
  [/[\u0e00-\u0e7f]/, () => ['th']],
  [/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/, () => ['ko']],
  [/[\u3040-\u30ff]/, () => ['ja']],
  // Chinese characters are Japanese too: read them as Chinese unless the policy or the sentence is Japanese.
  [/[\u3400-\u4dbf\u4e00-\u9fff]/, (language, text) => (language === 'ja' || /[\u3040-\u30ff]/.test(text) ? ['ja'] : ['zh'])],
];

/** Any of those scripts: most text has none, and one test then spares the seven. */
const ANY_SCRIPT_RE = new RegExp(SCRIPTS.map(([script]) => script.source).join('|'));

const NON_LATIN = new Set(['ru', 'uk', 'ar', 'fa', 'hi', 'th', 'ko', 'ja', 'zh']);
/** Supported languages written in the Latin script (the rest are told by their scripts). */
export const LATIN_SCRIPT_LANGUAGES: readonly string[] = PACKS.map((p) => p.tag).filter((t) => !NON_LATIN.has(t));

/**
 * The languages whose words `text` may hold: the policy's, English, and those of its scripts. A
 * heading is too short to tell Chinese from Japanese: both read it.
 */
export function languagesOf(policy: { language: string; languages: readonly string[] }, text: string, heading = false): string[] {
  const tags = [policy.language, ...policy.languages, 'en'];
  if (ANY_SCRIPT_RE.test(text))
    for (const [script, languages] of SCRIPTS) if (script.test(text)) tags.push(...languages(policy.language, text));
  if (heading && tags.some((t) => t === 'zh' || t === 'ja')) tags.push('zh', 'ja');
  return tags;
}

/** The grammar that reads `text` of a policy (a heading when `heading`). */
export function grammarFor(policy: { language: string; languages: readonly string[] }, text: string, heading = false): Grammar {
  // Asked for every sentence by several rules: the languages as they come are the key.
  const key = languagesOf(policy, text, heading).join(' ');
  let grammar = GRAMMARS_BY_LIST.get(key);
  if (!grammar) {
    if (GRAMMARS_BY_LIST.size >= 256) GRAMMARS_BY_LIST.clear();
    GRAMMARS_BY_LIST.set(key, (grammar = grammarOf(key.split(' '))));
  }
  return grammar;
}
const GRAMMARS_BY_LIST = new Map<string, Grammar>();
/** From this many languages on, a heading is tested against one expression of all of them. */
const UNITED_HEADINGS = 5;

// ---- Across all languages -------------------------------------------------------------------

const VAGUE_WHOLE = new Map<string, RegExp>();

/** The language a vague phrase belongs to: the document's own when its pack knows the phrase. */
export function vagueLanguage(phrase: string, documentLanguage: string): string {
  const knows = (pack: LanguagePack) => {
    let re = VAGUE_WHOLE.get(pack.tag);
    if (!re) VAGUE_WHOLE.set(pack.tag, (re = new RegExp(`^(?:${vagueOf(pack).join('|')})$`, 'iu')));
    return re.test(phrase);
  };
  const own = PACK_OF.get(documentLanguage);
  if (own && knows(own)) return documentLanguage;
  return PACKS.find(knows)?.tag ?? documentLanguage;
}

let every: Grammar | undefined;

/** Every language the linter reads, for text whose language is not known. */
export function everyLanguage(): Grammar {
  // Asked once per heading by the rules of missing sections: made once.
  return (every ??= grammarOf(PACKS.map((p) => p.tag)));
}
