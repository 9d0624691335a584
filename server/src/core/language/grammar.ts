// The lexicon home: the language packs compiled into the matchers the rules use. A sentence is
// read with the packs of the languages it may be in (the policy's languages, English, and those
// its script points to), so that a word of one language never counts as a word of another (Dutch
// "je" is no French "je", Arabic "ما" no Persian "we") and only the grammars a policy needs are
// ever compiled. Headings are short and distinctive: they are read in every language.

import type { SectionKind } from '../model';
import type { LanguagePack, PromiseGrammar } from './pack';
import { VAGUE_CONCEPTS } from './pack';
import { PACKS } from './packs/index';

/** A letter, a combining mark (Devanagari and Thai vowels are marks), a digit or an underscore. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

type Select = (pack: LanguagePack) => readonly string[];

/** One alternation of a pack's sources, held to word boundaries where the pack's words have them. */
function packSource(pack: LanguagePack, select: Select): string | undefined {
  const sources = select(pack);
  if (sources.length === 0) return undefined;
  const alternation = sources.join('|');
  return pack.spaced ? `(?<!${WORD_CHAR})(?:${alternation})(?!${WORD_CHAR})` : `(?:${alternation})`;
}

function alternation(packs: readonly LanguagePack[], select: Select): string {
  const parts = packs.map((p) => packSource(p, select)).filter((s): s is string => s !== undefined);
  return parts.length > 0 ? parts.join('|') : '(?!)';
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

/** The matchers of a set of languages. Each regular expression is compiled when first used. */
export class Grammar {
  private readonly compiled = new Map<string, RegExp>();

  constructor(readonly packs: readonly LanguagePack[]) {}

  private re(key: string, source: () => string, flags = 'iu'): RegExp {
    let re = this.compiled.get(key);
    if (!re) this.compiled.set(key, (re = new RegExp(source(), flags)));
    return re;
  }

  private any(key: string, select: Select, flags = 'iu'): RegExp {
    return this.re(key, () => alternation(this.packs, select), flags);
  }

  /** Anchored at the start of the text (after bullets, numbers and punctuation). */
  private atStart(key: string, select: Select): RegExp {
    return this.re(key, () => String.raw`^[\s\p{P}\p{S}\p{N}]{0,12}(?:${alternation(this.packs, select)})`);
  }

  /** Every vague timing phrase (global: iterate with matchAll). */
  get vague(): RegExp {
    return this.any('vague', vagueOf, 'giu');
  }
  /** Words that put a time in the context of hearing back about a report. */
  get responseContext(): RegExp {
    return this.any('responseContext', (p) => p.responseContext);
  }
  /** Words for repairing a vulnerability. */
  get fix(): RegExp {
    return this.any('fix', (p) => p.fix);
  }
  /** How long releases are supported (such a time is no response time). */
  get supportPeriod(): RegExp {
    return this.any('supportPeriod', (p) => p.supportPeriod);
  }
  /** Words that say how fixed vulnerabilities are made public. */
  get disclosure(): RegExp {
    return this.any('disclosure', (p) => p.disclosure);
  }
  /** A table header cell that names versions. */
  get versionHeader(): RegExp {
    return this.any('versionHeader', (p) => p.versionHeader);
  }

  private get firstPerson(): RegExp {
    return this.any('firstPerson', promise('firstPerson'));
  }
  /** Signals that outweigh praise: intent or the future, the passive, "you will receive". */
  private get strong(): RegExp {
    return this.any('strong', (p) => [...p.promise.intent, ...p.promise.passive, ...p.promise.youReceive]);
  }
  private get request(): RegExp {
    return this.any('request', (p) => p.request);
  }
  private get conjunctionAtStart(): RegExp {
    return this.atStart('conjunctionAtStart', (p) => p.conjunction);
  }
  /** Where a clause ends: a comma, semicolon or dash of any script, or before a joining word. */
  private get clauseBreak(): RegExp {
    return this.re('clauseBreak', () => String.raw`[,;，；、،؛]|\s[-–—]\s|(?=${alternation(this.packs, (p) => p.conjunction)})`, 'giu');
  }

  /** A request to the reporter: "please", "we ask you to", or an instruction with no "we" in it. */
  isRequest(sentence: string): boolean {
    return (
      this.request.test(sentence) || (this.atStart('imperative', (p) => p.imperative).test(sentence) && !this.firstPerson.test(sentence))
    );
  }

  /** What a clause does on its own: asks, promises, praises or sets a condition, or nothing it says itself. */
  private stanceOf(clause: string, leading: boolean, underPromiseLeadIn: boolean): Stance {
    const body = clause.replace(this.conjunctionAtStart, '');
    const condition = this.atStart('conditionAtStart', (p) => p.condition);
    if (condition.test(clause) || condition.test(body)) return 'none';
    // An instruction opens a sentence ("Report it, and we will ..."); a bare verb later on shares the
    // subject before it ("We will review it and submit a fix"). Under "We will:" an item's leading
    // verb is the project's too ("- Keep you informed").
    const imperative = this.atStart('imperative', (p) => p.imperative);
    const ordered = leading && !underPromiseLeadIn && imperative.test(body) && !this.firstPerson.test(body);
    if (ordered || this.request.test(clause)) return 'request';
    if (this.strong.test(body)) return 'promise';
    const noPromise = this.any('noPromise', (p) => p.noPromise);
    if (this.firstPerson.test(body) || this.any('team', promise('team')).test(body)) return noPromise.test(body) ? 'none' : 'promise';
    return noPromise.test(body) ? 'none' : 'unknown';
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
    const bounds = [0];
    // A parenthesis is one piece with what it stands in: "If you report an issue (for example, one with a CVE), ...".
    const depth = parenthesisDepths(sentence);
    for (const m of sentence.matchAll(this.clauseBreak)) {
      if (m.index! > 0 && depth[m.index!] === 0) bounds.push(m.index! + (CLAUSE_PUNCTUATION.test(m[0]) ? 1 : 0));
    }
    bounds.push(sentence.length);
    const parts: { start: number; end: number; stance: Stance; joined: boolean }[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [start, end] = [bounds[i]!, bounds[i + 1]!];
      const text = sentence.slice(start, end);
      if (!text.trim()) continue;
      const stance = this.stanceOf(text, parts.length === 0, underPromiseLeadIn);
      parts.push({ start, end, stance, joined: this.conjunctionAtStart.test(text) });
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
    const condition = this.re(
      'leadInCondition',
      () => String.raw`(?:${alternation(this.packs, (p) => p.leadInCondition)})[\s\p{P}\p{S}]{0,6}$`,
    );
    if (this.request.test(text) || condition.test(text)) return false;
    const parts = this.clauses(text);
    if (parts.length > 0 && this.conjunctionAtStart.test(text.slice(parts[parts.length - 1]!.start))) return false;
    return (
      this.firstPerson.test(text) ||
      this.any('possessive', promise('possessive')).test(text) ||
      this.any('team', promise('team')).test(text) ||
      this.strong.test(text)
    );
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

const NON_LATIN = new Set(['ru', 'uk', 'ar', 'fa', 'hi', 'th', 'ko', 'ja', 'zh']);
/** Supported languages written in the Latin script (the rest are told by their scripts). */
export const LATIN_SCRIPT_LANGUAGES: readonly string[] = PACKS.map((p) => p.tag).filter((t) => !NON_LATIN.has(t));

/** The languages whose words `text` may hold: the policy's, English, and those of its scripts. */
export function languagesOf(policy: { language: string; languages: readonly string[] }, text: string): string[] {
  const tags = [policy.language, ...policy.languages, 'en'];
  for (const [script, languages] of SCRIPTS) if (script.test(text)) tags.push(...languages(policy.language, text));
  return tags;
}

/** The grammar that reads `text` of a policy. */
export function grammarFor(policy: { language: string; languages: readonly string[] }, text: string): Grammar {
  return grammarOf(languagesOf(policy, text));
}

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

const SECTION_KINDS: SectionKind[] = [
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
let headingMatchers: (readonly [SectionKind, RegExp])[] | undefined;

/** What a heading says its section is about, in any supported language. */
export function sectionKinds(title: string): SectionKind[] {
  headingMatchers ??= SECTION_KINDS.map((kind) => [kind, compile((p) => p.headings[kind] ?? [])] as const);
  const lower = title.toLowerCase();
  return headingMatchers.filter(([, re]) => re.test(lower)).map(([kind]) => kind);
}
