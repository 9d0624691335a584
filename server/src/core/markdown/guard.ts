// Hostile Markdown costs micromark time that grows with the square of its size: tens of thousands
// of "*a" in one paragraph, or thousands of nested list items or quote markers, take minutes.
// No policy looks like that, so before parsing such places are masked: the characters that
// drive the work are replaced by "x". The masked text has the same length, so every offset still
// points into the original text; rules read the original.

/** Quote markers (">") or list levels beyond this depth are not nested further. */
export const MAX_NESTING = 16;
/** Indentation (columns) beyond which a list marker no longer opens a deeper list. */
export const MAX_INDENT = 24;
/**
 * Nested list items in the whole document beyond which markers no longer nest: micromark's work
 * for a long list of nested items grows with the square of their number.
 */
export const MAX_NESTED_ITEMS = 1000;
/** A paragraph with more emphasis or label delimiters than this is always masked. */
export const MAX_DELIMITERS = 2000;
/**
 * Budget for the sum over paragraphs of (delimiters)²: about a second of micromark's time.
 * Once spent, paragraphs with more than a few dozen delimiters are masked.
 */
export const DELIMITER_BUDGET = 30_000_000;
const SMALL_PARAGRAPH = 64;
/** Prose has a few per cent of these characters; "*a*a*a…" has half. */
const MAX_DENSITY = 0.15;
const DENSE_MINIMUM = 8;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** "- - -", "* * * *": a thematic break, whose markers nest nothing however many there are. */
function isThematicBreak(line: string): boolean {
  let mark = '';
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (mark === '') {
      if (c !== '-' && c !== '*' && c !== '_') return false;
      mark = c;
    } else if (c !== mark) return false;
    count++;
  }
  return count >= 3;
}

/**
 * Masks the container markers that would nest a line deeper than the limits: quote markers,
 * indented list markers, and list markers that follow each other on one line ("- - - - x" opens
 * a list inside each item).
 */
function maskLine(line: string, counts: { nestedItems: number }): string {
  let column = 0;
  let quotes = 0;
  let markers = 0;
  const mask = (i: number) => `${line.slice(0, i)}x${line.slice(i + 1)}`;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else if (c === '>') {
      if (++quotes > MAX_NESTING) return mask(i);
      column++;
    } else {
      const marker = LIST_MARKER.exec(line.slice(i, i + 11));
      if (!marker) return line;
      if (++markers > MAX_NESTING) return isThematicBreak(line) ? line : mask(i);
      if (column >= 2 && (column > MAX_INDENT || ++counts.nestedItems > MAX_NESTED_ITEMS)) return mask(i);
      i += marker[0].length - 1;
      column += marker[0].length;
    }
  }
  return line;
}

function delimiters(paragraph: string): number {
  let count = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 42 || c === 95 || c === 93) count++; // * _ ]
  }
  return count;
}

/** The text to hand to the parser, and how many places were masked. */
export function maskPathological(text: string): { text: string; masked: number } {
  let masked = 0;
  let spent = 0;
  const counts = { nestedItems: 0 };
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    let joined = paragraph.join('');
    const count = delimiters(joined);
    spent += count * count;
    const dense = count > DENSE_MINIMUM && count / joined.length > MAX_DENSITY;
    if (dense || count > MAX_DELIMITERS || (spent > DELIMITER_BUDGET && count > SMALL_PARAGRAPH)) {
      joined = joined.replace(/[*_\]]/g, 'x');
      masked++;
    }
    out.push(joined);
    paragraph = [];
  };
  const lineRe = /[^\n]*\n|[^\n]+$/g;
  for (const m of text.matchAll(lineRe)) {
    const line = m[0];
    // A blank line ends a paragraph; a thematic break ("* * * *") is dense in "*" but no emphasis.
    if (line.trim() === '' || isThematicBreak(line)) {
      flush();
      out.push(line);
      continue;
    }
    const guarded = maskLine(line, counts);
    if (guarded !== line) masked++;
    paragraph.push(guarded);
  }
  flush();
  return masked === 0 ? { text, masked } : { text: out.join(''), masked };
}
