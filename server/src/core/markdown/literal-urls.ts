// GitHub turns bare URLs in prose into links (the "autolinks extension" of GitHub Flavored
// Markdown). The parser leaves that extension out: its syntax is tried at every letter of the
// text and costs a third of the whole parse. The rules need only the URLs, so this scan finds
// them in the text runs the parser made, by the rules GitHub applies: "http://", "https://" or
// "www." at the start of a word, a domain, then a path without its trailing punctuation.

export interface LiteralUrl {
  /** Where the URL is written in the source. */
  start: number;
  end: number;
  /** What the link points to: "www." gets "http://" in front, as on GitHub. */
  url: string;
  /** The URL as written. */
  text: string;
}

const START_RE = /https?:\/\/|www\./gi;
/** What may come right before "www.": GitHub links it only at the start of a word. */
const BEFORE_WWW = new Set(['(', '*', '_', '[', ']', '~']);
/** Punctuation that ends a sentence rather than a URL ("see https://example.com."). */
const TRAIL = new Set(['!', '"', "'", ')', '*', ',', '.', ':', ';', '?', '_', '~']);
/** Punctuation inside a path that may be the start of its trailing punctuation. */
const PATH_STOPS = new Set([...TRAIL, '&', '<', ']']);
/** An address such as "www.team@example.com" is mail, not a web site. */
const EMAIL_AHEAD_RE = /^[A-Za-z0-9+\-._]+@[A-Za-z0-9\-_]+(?:\.[A-Za-z0-9\-_]+)+/;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isPunctuation = (c: string) => /[\p{P}\p{S}]/u.test(c);

/** The bare URLs in source[from, to), a run of plain text, in order. */
export function findLiteralUrls(source: string, from: number, to: number): LiteralUrl[] {
  const found: LiteralUrl[] = [];
  const slice = source.slice(from, to);
  START_RE.lastIndex = 0;
  // After a "[" that no "]" has closed yet, GitHub makes no link: it may be a link's text.
  let scanned = 0;
  let bracketOpen = false;
  for (let m = START_RE.exec(slice); m; m = START_RE.exec(slice)) {
    const start = from + m.index;
    for (; scanned < m.index; scanned++) {
      if (slice[scanned] === '[' && slice[scanned - 1] !== '\\') bracketOpen = true;
      else if (slice[scanned] === ']') bracketOpen = false;
    }
    if (bracketOpen) continue;
    const end = m[0].length === 4 ? wwwEnd(source, start, to) : protocolEnd(source, start, start + m[0].length, to);
    if (end === undefined) continue;
    const text = source.slice(start, end);
    found.push({ start, end, text, url: m[0].length === 4 ? `http://${text}` : text });
    START_RE.lastIndex = end - from;
  }
  return found;
}

function wwwEnd(source: string, start: number, to: number): number | undefined {
  const before = source[start - 1];
  if (!(before === undefined || isSpace(before) || BEFORE_WWW.has(before))) return undefined;
  // "www." needs something after it, if only the space at the end of the line.
  if (
    (start + 4 >= to && source[start + 4] !== ' ' && source[start + 4] !== '\t') ||
    EMAIL_AHEAD_RE.test(source.slice(start, Math.min(to, start + 320)))
  )
    return undefined;
  // The domain includes the "www" itself.
  const domainEnd = domainEndAt(source, start, to);
  return domainEnd === undefined ? undefined : pathEnd(source, domainEnd, to);
}

function protocolEnd(source: string, start: number, domainStart: number, to: number): number | undefined {
  if (/[A-Za-z]/.test(source[start - 1] ?? '')) return undefined;
  const first = source[domainStart];
  if (domainStart >= to || first === undefined || isSpace(first) || isPunctuation(first) || first < ' ') return undefined;
  const domainEnd = domainEndAt(source, domainStart, to);
  return domainEnd === undefined ? undefined : pathEnd(source, domainEnd, to);
}

/**
 * The end of the domain that starts at `at`: letters, digits, "-", and "." or "_" unless they
 * begin the trailing punctuation. Undefined when there is none, or when one of its last two
 * labels has an underscore (GitHub does not link those).
 */
function domainEndAt(source: string, at: number, to: number): number | undefined {
  let i = at;
  let seen = false;
  let underscoreInLast = false;
  let underscoreInPenultimate = false;
  let notTrailBefore = 0;
  while (i < to) {
    const c = source[i]!;
    if (c === '.' || c === '_') {
      if (i >= notTrailBefore) {
        const stop = trailStop(source, i, to);
        if (stop < 0) break;
        notTrailBefore = stop;
      }
      if (c === '_') underscoreInLast = true;
      else {
        underscoreInPenultimate = underscoreInLast;
        underscoreInLast = false;
      }
    } else if (isSpace(c) || (c !== '-' && isPunctuation(c))) {
      break;
    } else {
      seen = true;
    }
    i++;
  }
  return seen && !underscoreInLast && !underscoreInPenultimate ? i : undefined;
}

/** The end of the path that starts at `at`: up to white space, less its trailing punctuation. */
function pathEnd(source: string, at: number, to: number): number {
  let open = 0;
  let close = 0;
  let notTrailBefore = 0;
  let i = at;
  while (i < to && !isSpace(source[i])) {
    const c = source[i]!;
    if (c === '(') open++;
    else if (c === ')' && close < open) close++;
    else if (PATH_STOPS.has(c)) {
      if (i >= notTrailBefore) {
        const stop = trailStop(source, i, to);
        if (stop < 0) break;
        notTrailBefore = stop;
      }
      if (c === ')') close++;
    }
    i++;
  }
  return i;
}

/**
 * Whether source[i...] is trailing punctuation: only such characters up to white space, "<" or
 * the end. Returns -1 when it is, else where that run of punctuation stops being trailing (every
 * start before that gives the same answer, which keeps the scans linear).
 */
function trailStop(source: string, i: number, to: number): number {
  while (i < to) {
    const c = source[i]!;
    if (TRAIL.has(c)) i++;
    else if (c === '&') {
      // "&amp;" at the end is a character reference; any other "&" continues the URL.
      const reference = /^&[A-Za-z]{1,32};/.exec(source.slice(i, Math.min(to, i + 34)));
      if (!reference) return i + 1;
      i += reference[0].length;
    } else if (c === ']') {
      i++;
      const next = source[i];
      if (i >= to || next === '(' || next === '[' || isSpace(next)) return -1;
    } else return c === '<' || isSpace(c) ? -1 : i + 1;
  }
  return -1;
}
