import type { RuleDefinition, Report } from '../rule';
import { PLACEHOLDER_WORDS } from '../language/placeholder-words';
import { isPlaceholderEmail } from '../lexicon/emails';

/** Template placeholders that were never filled in. */
const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,200}\}\}`,
    String.raw`\[(?:insert|add|enter|put|replace|your)\b[^\[\]\n]{0,100}\]`,
    String.raw`<(?:your|insert|enter|add)\b[^<>\n]{0,100}>`,
    String.raw`\[email(?:\s|&#160;)protected\]`,
  ].join('|'),
  'giu',
);

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words of every language, as whole words; Chinese and Japanese ones anywhere in the slot. */
function wordsRe(pick: (tag: string) => string[], anchored: boolean): RegExp {
  const all = Object.keys(PLACEHOLDER_WORDS).flatMap(pick);
  const spaced = all.filter((w) => !/[\u3040-\u30ff\u4e00-\u9fff]/u.test(w)).map(escape);
  const unspaced = all.filter((w) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(w)).map(escape);
  const start = anchored ? '^' : '';
  return new RegExp(`${start}(?:(?<!${WORD_CHAR})(?:${spaced.join('|')})(?!${WORD_CHAR})|(?:${unspaced.join('|')}))`, 'iu');
}
/** A slot that asks for a way to reach someone: "<your email>", "<correo de seguridad>". */
const CONTACT_SLOT_RE = wordsRe((t) => PLACEHOLDER_WORDS[t]!.contact, false);
/** A slot that asks for any detail or gives an instruction: "[Company]", "[Explain the impact]". */
const DETAIL_SLOT_RE = wordsRe((t) => [...PLACEHOLDER_WORDS[t]!.contact, ...PLACEHOLDER_WORDS[t]!.nouns], false);
const OPENER_RE = wordsRe((t) => PLACEHOLDER_WORDS[t]!.openers, true);

/** Square brackets left as text: links, task boxes and footnotes are parsed away, so what stays is literal. */
const SQUARE_SLOT_RE = /\[([^[\]\n]{1,80})\]/gu;
/** Angle brackets that are no HTML: "<your email>", "<<author>>", "<PGP_KEY_ID>". */
const ANGLE_SLOT_RE = /<<[^<>\n]{1,60}>>|<([^<>\n]{1,60})>/gu;

/**
 * Obfuscated "at"/"dot", GitHub alert markers, real addresses, links and numbers are not slots; a
 * stand-in address in brackets is, in any language ("[your-email@example.com]",
 * "[correo@example.com]").
 */
function isTextInBrackets(inner: string): boolean {
  const text = inner.trim();
  return (
    /^(?:at|dot|@|\.|x)?$/i.test(text) ||
    /^[!^]/.test(text) ||
    (/@[^\s@]*\.\p{L}{2}/u.test(text) && !(/^[^\s@]+@[^\s@]+$/.test(text) && isPlaceholderEmail(text))) ||
    text.includes('://') ||
    /^[\d\s.,:;/+-]+$/.test(text)
  );
}

function isSlot(inner: string, angle: boolean): boolean {
  if (isTextInBrackets(inner)) return false;
  const words = inner.replace(/_/g, ' ').trim();
  if (OPENER_RE.test(words)) return true;
  if (angle) return CONTACT_SLOT_RE.test(words) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(inner);
  return DETAIL_SLOT_RE.test(words);
}

/**
 * A date mask: "DD.MM.YYYY", "YYYY-MM-DD", "TT.MM.JJJJ", "ДД.ММ.ГГГГ" — runs of one repeated
 * letter, a different one each, joined by . / or -; a year-long run when there are only two.
 * One followed by a time mask ("YYYY-MM-DD HH:MM UTC") describes a format, not a missing date.
 */
const DATE_MASK_RE =
  /(?<![\p{L}\p{N}])(\p{L})\1{0,3}([./-])(\p{L})\3{1,3}(?:\2(\p{L})\4{1,3})?(?![\p{L}\p{N}]|[./-]\p{L})(?!\s{0,2}[Hh]{1,2}:[Mm]{2})|(?<!\p{N})[YyＹ]{4}年[MmＭ]{1,2}月(?:[DdＤ]{1,2}日)?/gu;

function isDateMask(m: RegExpMatchArray): boolean {
  if (m[0].includes('年')) return true;
  const runs = m[0].split(/[./-]/);
  const letters = runs.map((r) => r[0]!.toLowerCase());
  const masked = letters.every((l) => l === 'x');
  if (!masked && new Set(letters).size !== letters.length) return false;
  if (runs.length === 2) return runs.some((r) => r.length === 4);
  return runs.some((r) => r.length >= 2);
}

/** Upper-case template variables such as SECURITY_CONTACT_EMAIL or YOUR_NAME. */
const CAPS_VARIABLE_RE = /(?<![\w$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\w(])/g;
// Only words that stand for a person's or project's details; DOMAIN, URL or HOST are as often
// real configuration variables (`APP_DOMAIN`).
const CAPS_PLACEHOLDER_WORDS =
  /(?:^|_)(?:EMAIL|E_MAIL|MAIL|CONTACT|YOUR|MAINTAINER|PLACEHOLDER|INSERT)(?:_|$)|^(?:PROJECT|REPO|REPOSITORY|ORG|ORGANI[SZ]ATION|COMPANY|PRODUCT|OWNER)_(?:NAME|OWNER|URL)$/;

/** Work-in-progress markers left in prose, with what is joined to them ("TODO-definir-contacto"); not a file or path of that name (TODO.md, docs/TODO) nor a ticket (TODO-123). */
const MARKER_RE = /(?<![\w./-])(?:TODO|TBD|FIXME)(?:-\p{L}[\p{L}\d]{0,30}){0,6}(?![\w-]|\.\w)/gu;

/** What a block needs before the patterns above can match in it. */
const BRACKET_RE = /[[{<]/;
const JOINED_LETTERS_RE = /\p{L}[./-]\p{L}|年/u;
const ANY_MARKER_RE = /TODO|TBD|FIXME/;

export const placeholderText: RuleDefinition = {
  code: 'placeholder-text',
  check(model) {
    const reports: Report[] = [];
    const taken: { start: number; end: number }[] = [];
    const add = (start: number, end: number, what: string, kind = describe(what)) => {
      if (taken.some((t) => t.start < end && start < t.end)) return;
      taken.push({ start, end });
      reports.push({
        start,
        end,
        message: `"${what}" is an unfilled placeholder: replace it with the real ${kind}.`,
        data: { placeholder: what },
      });
    };
    for (const block of model.blocks) {
      const { text, offsets } = block;
      const at = (from: number, to: number) => [offsets[from]!, offsets[to - 1]! + 1] as const;
      // Each pattern needs something most blocks lack (a bracket, an underscore, a letter joined to
      // a letter by . / or -): looking for it first spares the pattern's pass over the block and the
      // copy of the pattern that matchAll makes.
      if (BRACKET_RE.test(text)) for (const m of text.matchAll(PLACEHOLDER_RE)) add(...at(m.index!, m.index! + m[0].length), m[0]);
      if (text.includes('[')) {
        for (const m of text.matchAll(SQUARE_SLOT_RE)) if (isSlot(m[1]!, false)) add(...at(m.index!, m.index! + m[0].length), m[0]);
      }
      if (text.includes('<')) {
        for (const m of text.matchAll(ANGLE_SLOT_RE)) {
          if (m[1] === undefined || isSlot(m[1], true)) add(...at(m.index!, m.index! + m[0].length), m[0]);
        }
      }
      if (JOINED_LETTERS_RE.test(text)) {
        for (const m of text.matchAll(DATE_MASK_RE)) if (isDateMask(m)) add(...at(m.index!, m.index! + m[0].length), m[0], 'date');
      }
      if (text.includes('_')) {
        for (const m of text.matchAll(CAPS_VARIABLE_RE)) {
          if (CAPS_PLACEHOLDER_WORDS.test(m[0])) add(...at(m.index!, m.index! + m[0].length), m[0]);
        }
      }
      if (ANY_MARKER_RE.test(text)) for (const m of text.matchAll(MARKER_RE)) add(...at(m.index!, m.index! + m[0].length), m[0]);
    }
    for (const link of model.links) {
      const m = /\{\{[^{}\n]{0,200}\}\}/.exec(link.url);
      if (m) add(link.start, link.end, m[0]);
    }
    return reports.sort((a, b) => a.start - b.start);
  },
};

function describe(placeholder: string): string {
  if (placeholder.includes('@') || /mail|contact/i.test(placeholder) || CONTACT_SLOT_RE.test(placeholder.replace(/_/g, ' ')))
    return 'contact address';
  if (/TODO|TBD|FIXME/.test(placeholder)) return 'content';
  if (/version/i.test(placeholder)) return 'version';
  if (/url|link/i.test(placeholder)) return 'link';
  return 'value';
}
