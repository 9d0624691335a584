// The lexicon home: every language pack compiled into the matchers the rules use. A policy may mix
// languages (a bilingual policy, an English heading over German prose), so each matcher knows the
// words of every supported language at once.

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

/** Sources of every pack in one regular expression (case-insensitive, Unicode). */
export function compile(select: Select, flags = 'iu', packs: readonly LanguagePack[] = PACKS): RegExp {
  const parts = packs.map((p) => packSource(p, select)).filter((s): s is string => s !== undefined);
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', flags);
}

/** The same, anchored at the start of the text (after bullets, numbers and punctuation). */
function compileAtStart(select: Select): RegExp {
  const parts = PACKS.map((p) => packSource(p, select)).filter((s): s is string => s !== undefined);
  return new RegExp(String.raw`^[\s\p{P}\p{S}\p{N}]{0,12}(?:${parts.join('|')})`, 'iu');
}

/** The same, anchored at the end of the text (before a colon and closing punctuation). */
function compileAtEnd(select: Select): RegExp {
  const parts = PACKS.map((p) => packSource(p, select)).filter((s): s is string => s !== undefined);
  return new RegExp(String.raw`(?:${parts.join('|')})[\s\p{P}\p{S}]{0,6}$`, 'iu');
}

/** True when the linter reads the language of this BCP 47 tag (a pack exists for it). */
export function isSupportedLanguage(tag: string): boolean {
  return PACKS.some((p) => p.tag === tag);
}

// ---- Vague timing wording -------------------------------------------------------------------

const vagueOf = (pack: LanguagePack) => VAGUE_CONCEPTS.flatMap((c) => pack.vague[c]);

/** Every vague timing phrase of every language (global: iterate with matchAll). */
export const VAGUE_RE = compile(vagueOf, 'giu');

const VAGUE_WHOLE = PACKS.map((pack) => ({ tag: pack.tag, re: new RegExp(`^(?:${vagueOf(pack).join('|')})$`, 'iu') }));

/** The language a vague phrase belongs to: the document's own when its pack knows the phrase. */
export function vagueLanguage(phrase: string, documentLanguage: string): string {
  const knows = VAGUE_WHOLE.filter((v) => v.re.test(phrase)).map((v) => v.tag);
  return knows.includes(documentLanguage) ? documentLanguage : (knows[0] ?? documentLanguage);
}

// ---- Promises and requests ------------------------------------------------------------------

const promise = (key: keyof PromiseGrammar) => (pack: LanguagePack) => pack.promise[key];

const FIRST_PERSON_RE = compile(promise('firstPerson'));
const POSSESSIVE_RE = compile(promise('possessive'));
const TEAM_RE = compile(promise('team'));
/** Signals that outweigh praise: intent or the future, the passive, "you will receive". */
const STRONG_RE = compile((p) => [...p.promise.intent, ...p.promise.passive, ...p.promise.youReceive]);
const REQUEST_RE = compile((p) => p.request);
const IMPERATIVE_RE = compileAtStart((p) => p.imperative);
const NO_PROMISE_RE = compile((p) => p.noPromise);
const CONDITION_AT_START_RE = compileAtStart((p) => p.condition);
const LEAD_IN_CONDITION_RE = compileAtEnd((p) => p.leadInCondition);
const CONJUNCTION_AT_START_RE = compileAtStart((p) => p.conjunction);
/** Where a clause ends: a comma, semicolon or dash of any script, or before a joining word. */
const CLAUSE_BREAK_RE = new RegExp(String.raw`[,;，；、،؛]|\s[-–—]\s|(?=${compile((p) => p.conjunction).source})`, 'giu');

/** A request to the reporter: "please", "we ask you to", or an instruction with no "we" in it. */
export function isRequest(sentence: string): boolean {
  return REQUEST_RE.test(sentence) || (IMPERATIVE_RE.test(sentence) && !FIRST_PERSON_RE.test(sentence));
}

type Stance = 'promise' | 'request' | 'none' | 'unknown';

/** What a clause does on its own: asks, promises, praises or sets a condition, or nothing it says itself. */
function stanceOf(clause: string, leading: boolean, underPromiseLeadIn: boolean): Stance {
  const body = clause.replace(CONJUNCTION_AT_START_RE, '');
  if (CONDITION_AT_START_RE.test(clause) || CONDITION_AT_START_RE.test(body)) return 'none';
  // An instruction opens a sentence ("Report it, and we will ..."); a bare verb later on shares the
  // subject before it ("We will review it and submit a fix"). Under "We will:" an item's leading
  // verb is the project's too ("- Keep you informed").
  const ordered = leading && !underPromiseLeadIn && IMPERATIVE_RE.test(body) && !FIRST_PERSON_RE.test(body);
  if (ordered || REQUEST_RE.test(clause)) return 'request';
  if (STRONG_RE.test(body)) return 'promise';
  if (FIRST_PERSON_RE.test(body) || TEAM_RE.test(body)) return NO_PROMISE_RE.test(body) ? 'none' : 'promise';
  if (NO_PROMISE_RE.test(body)) return 'none';
  return 'unknown';
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

export interface Clause {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** What the clause does: promises, asks the reporter, praises or sets a condition (aside), or states (plain). */
  stance: 'promise' | 'request' | 'aside' | 'plain';
  promise: boolean;
}

/**
 * The sentence clause by clause, each marked as a promise or not. A clause that says nothing of
 * its own shares the stance of the clause before it ("We will review it, and fix it promptly"), or
 * of the one after it when it leads ("As soon as possible, we will ..."); a request, praise or a
 * condition on the reporter stays what it is ("Let us know quickly, and we'll fix it promptly").
 * A list item under a lead-in that promises ("We will:") speaks for the project unless it says
 * otherwise.
 */
export function clauses(sentence: string, underPromiseLeadIn = false): Clause[] {
  const bounds = [0];
  // A parenthesis is one piece with what it stands in: "If you report an issue (for example, one with a CVE), ...".
  const depth = parenthesisDepths(sentence);
  for (const m of sentence.matchAll(CLAUSE_BREAK_RE))
    if (m.index! > 0 && depth[m.index!] === 0) bounds.push(m.index! + (m[0].length > 0 && /^[,;，；、،؛]$/u.test(m[0]) ? 1 : 0));
  bounds.push(sentence.length);
  const parts: { start: number; end: number; stance: Stance; joined: boolean }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i]!, bounds[i + 1]!];
    const text = sentence.slice(start, end);
    if (!text.trim()) continue;
    parts.push({ start, end, stance: stanceOf(text, parts.length === 0, underPromiseLeadIn), joined: CONJUNCTION_AT_START_RE.test(text) });
  }
  // Forward: a clause with nothing of its own continues the one before it when a joining word
  // opens it ("If you report it when possible, ..."), else the last one that promised or asked (an
  // aside in between, "We will, to be safe, respond promptly", changes nothing).
  let carried: Stance = 'unknown';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.stance === 'unknown') part.stance = i > 0 && part.joined ? parts[i - 1]!.stance : carried;
    if (part.stance !== 'none' && part.stance !== 'unknown') carried = part.stance;
  }
  // Backward: leading clauses take the stance of the first clause that promises or asks.
  const first = parts.find((p) => p.stance === 'promise' || p.stance === 'request')?.stance ?? (underPromiseLeadIn ? 'promise' : 'unknown');
  for (const p of parts) if (p.stance === 'unknown') p.stance = first;
  return parts.map((p) => {
    const stance = p.stance === 'none' ? 'aside' : p.stance === 'unknown' ? 'plain' : p.stance;
    return { start: p.start, end: p.end, stance, promise: stance === 'promise' };
  });
}

/**
 * The project promises something in this sentence (RULES.md's commitment sentence): some clause
 * speaks as "we", "I" or the team, or says what will be done (intent, the future, the passive),
 * and asks nothing of the reporter. Praise ("we appreciate timely reports") promises nothing.
 */
export function isPromise(sentence: string): boolean {
  return clauses(sentence).some((c) => c.promise);
}

/** The clause of `sentence` that holds offset `index`. */
export function clauseAt(parts: readonly Clause[], index: number): Clause | undefined {
  return parts.find((c) => index >= c.start && index < c.end);
}

/**
 * A list lead-in that speaks for the project ("When we receive a report, we will:", "Our
 * process:"), so that its items are promises without a subject of their own; not one that lists
 * conditions on the reporter ("We offer safe harbor to researchers who:").
 */
export function isPromiseLeadIn(leadIn: string): boolean {
  const text = leadIn.trim().replace(/[:：]\s*$/u, '');
  if (REQUEST_RE.test(text) || LEAD_IN_CONDITION_RE.test(text)) return false;
  // A lead-in that is only a subordinate clause sets a time or a condition ("When a fix is
  // released:"); the items under it are what the reader does then.
  const parts = clauses(text);
  if (parts.length > 0 && CONJUNCTION_AT_START_RE.test(text.slice(parts[parts.length - 1]!.start))) return false;
  return FIRST_PERSON_RE.test(text) || POSSESSIVE_RE.test(text) || TEAM_RE.test(text) || STRONG_RE.test(text);
}

// ---- Sections, contexts ---------------------------------------------------------------------

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
const HEADING_RES = SECTION_KINDS.map((kind) => [kind, compile((p) => p.headings[kind] ?? [])] as const);

/** What a heading says its section is about, in any supported language. */
export function sectionKinds(title: string): SectionKind[] {
  const lower = title.toLowerCase();
  return HEADING_RES.filter(([, re]) => re.test(lower)).map(([kind]) => kind);
}

/** Words that put a time in the context of handling a report. */
export const RESPONSE_CONTEXT_RE = compile((p) => p.responseContext);
/** How long releases are supported (such a time is no response time). */
export const SUPPORT_PERIOD_RE = compile((p) => p.supportPeriod);
/** Words that say how fixed vulnerabilities are made public. */
export const DISCLOSURE_RE = compile((p) => p.disclosure);
/** A table header cell that names versions. */
export const VERSION_HEADER_RE = compile((p) => p.versionHeader);
