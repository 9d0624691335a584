// Domain names as mail sees them: the characters a label may hold, the scripts of those
// characters (so that prose glued to an address is not read as part of it), and the top-level
// domain judged by the Public Suffix List.

import { parse as parseHost } from 'tldts';

const HOST_OPTIONS = { extractHostname: false, validateHostname: false, detectIp: false, mixedInputs: false } as const;

/** Scripts told apart when one word runs into another; ordered by how often they occur. */
const SCRIPT_GROUPS: [string, RegExp][] = [
  ['latin', /\p{scx=Latin}/u],
  // Chinese, Japanese and Korean mix within one word, so they are one group.
  ['cjk', /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}]/u],
  ['cyrillic', /\p{scx=Cyrillic}/u],
  ['greek', /\p{scx=Greek}/u],
  ['arabic', /\p{scx=Arabic}/u],
  ['hebrew', /\p{scx=Hebrew}/u],
  ['devanagari', /\p{scx=Devanagari}/u],
  ['bengali', /\p{scx=Bengali}/u],
  ['thai', /\p{scx=Thai}/u],
  ['lao', /\p{scx=Lao}/u],
  ['khmer', /\p{scx=Khmer}/u],
  ['myanmar', /\p{scx=Myanmar}/u],
  ['tibetan', /\p{scx=Tibetan}/u],
  ['armenian', /\p{scx=Armenian}/u],
  ['georgian', /\p{scx=Georgian}/u],
  ['ethiopic', /\p{scx=Ethiopic}/u],
  ['tamil', /\p{scx=Tamil}/u],
  ['telugu', /\p{scx=Telugu}/u],
  ['kannada', /\p{scx=Kannada}/u],
  ['malayalam', /\p{scx=Malayalam}/u],
  ['gujarati', /\p{scx=Gujarati}/u],
  ['gurmukhi', /\p{scx=Gurmukhi}/u],
  ['sinhala', /\p{scx=Sinhala}/u],
];

/** Scripts written without spaces between words: a word of them glued to an address is prose. */
export const UNSPACED_SCRIPTS = new Set(['cjk', 'thai', 'lao', 'khmer', 'myanmar', 'tibetan']);

const LETTER_RE = /[\p{L}\p{Nd}]/u;
const MARK_RE = /\p{M}/u;

/** Full-width and half-width forms (U+FF00–U+FFEF): typed in CJK prose, never in an address. */
function isWidthForm(code: number): boolean {
  return code >= 0xff00 && code <= 0xffef;
}

/** A letter or digit beyond ASCII that a label or an internationalized local part may hold. */
export function isIntlLetter(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code > 0x7f && !isWidthForm(code) && !PUNCTUATION_LETTERS.has(code) && LETTER_RE.test(char);
}

/** Letters by their Unicode category that work as punctuation: Thai ฯ (an abbreviation mark), Lao ຯ. */
const PUNCTUATION_LETTERS = new Set([0x0e2f, 0x0eaf]);

/** A combining mark beyond ASCII (it belongs to the letter before it). */
export function isIntlMark(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code > 0x7f && !isWidthForm(code) && MARK_RE.test(char);
}

/** The script group of a letter ("latin" for ASCII letters), or undefined for digits and the rest. */
export function scriptOf(char: string): string | undefined {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return /[A-Za-z]/.test(char) ? 'latin' : undefined;
  for (const [name, re] of SCRIPT_GROUPS) if (re.test(char)) return name;
  return /\p{L}/u.test(char) ? 'other' : undefined;
}

/** Top-level domains that RFC 2606, RFC 6761 and ICANN keep from the DNS: mail to them is never delivered. */
const RESERVED_TLDS = new Set(['test', 'invalid', 'localhost', 'example', 'local', 'internal', 'alt']);

/** Answers of the Public Suffix List already looked up: a policy names few top-level domains, often. */
const knownTlds = new Map<string, boolean>();

/** Whether `tld` (one label, Unicode or punycode) is a top-level domain of the Public Suffix List's ICANN part. */
export function isRealTld(tld: string): boolean {
  if (!tld || /^\d+$/.test(tld)) return false;
  const lower = tld.toLowerCase();
  let real = knownTlds.get(lower);
  if (real === undefined) {
    real = parseHost(`a.${lower}`, HOST_OPTIONS).isIcann === true;
    if (knownTlds.size < 1000) knownTlds.set(lower, real);
  }
  return real;
}

/** The public suffix of a domain by the ICANN rules ("co.uk", "com", "рф"). */
export function publicSuffixOf(domain: string): string | undefined {
  return parseHost(domain.toLowerCase(), HOST_OPTIONS).publicSuffix ?? undefined;
}

/** The labels of a domain left of its public suffix ("mail", "acme" for mail.acme.co.uk). */
export function labelsBeforeSuffix(domain: string): string[] {
  const lower = domain.toLowerCase();
  const suffix = publicSuffixOf(lower);
  const head = suffix && lower.length > suffix.length ? lower.slice(0, lower.length - suffix.length - 1) : '';
  return head ? head.split('.') : [];
}

/** The top-level domains people mean most often, in that order: a slip is repaired to the first one edit away. */
const COMMON_TLDS = ['com', 'org', 'net', 'io', 'dev', 'edu', 'gov', 'app', 'info', 'co', 'de', 'uk', 'fr', 'jp', 'cn', 'ru'];

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs as [number, number];
    return diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The common top-level domain a mistyped one stands for (".con" → "com"), if the slip is evident. */
export function nearestCommonTld(tld: string): string | undefined {
  const lower = tld.toLowerCase();
  if (!/^[a-z]{2,6}$/.test(lower) || isRealTld(lower)) return undefined;
  return COMMON_TLDS.find((common) => oneEditApart(lower, common));
}

export type DomainIssue = { kind: 'syntax' | 'reserved' | 'tld'; message: string; tld?: string };

/**
 * Why a domain cannot receive mail, or undefined. Labels are letters, digits and hyphens (a digit
 * may start one), or letters and marks of any script; never punctuation or symbols.
 */
export function domainIssue(domain: string): DomainIssue | undefined {
  const syntax = (message: string): DomainIssue => ({ kind: 'syntax', message });
  if (domain.length > 253) return syntax('the domain is longer than 253 characters');
  const labels = domain.split('.');
  for (const label of labels) {
    if (label === '') return syntax(`the domain "${domain}" has an empty label (two dots in a row)`);
    if (label.startsWith('-')) return syntax(`the domain label "${label}" starts with a hyphen`);
    if (label.endsWith('-')) return syntax(`the domain label "${label}" ends with a hyphen`);
    if (label.length > 63 && [...label].length > 63)
      return syntax(`the domain label "${label.slice(0, 20)}…" is longer than 63 characters`);
    if (/^[A-Za-z0-9-]+$/.test(label)) continue;
    for (const char of label) {
      if (/[A-Za-z0-9-]/.test(char) || isIntlLetter(char) || isIntlMark(char)) continue;
      return syntax(`the domain contains "${char}", which no domain name can hold`);
    }
  }
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (RESERVED_TLDS.has(tld)) return { kind: 'reserved', message: `".${tld}" is a reserved top-level domain that receives no mail`, tld };
  // The Public Suffix List counts home.arpa as an ICANN suffix; RFC 8375 keeps it for home networks.
  if (/(?:^|\.)home\.arpa$/i.test(domain))
    return { kind: 'reserved', message: '"home.arpa" is reserved for home networks and receives no mail', tld };
  if (!isRealTld(tld)) {
    const meant = nearestCommonTld(tld);
    return {
      kind: 'tld',
      message: `".${tld}" is not a top-level domain${meant ? ` (".${meant}" was probably meant)` : ''}`,
      tld,
    };
  }
  return undefined;
}
