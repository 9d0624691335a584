// A keystroke changes one section of a policy, yet a parse reads all of it, and its time grows
// with the text. So the text is parsed in pieces that start at a top-level heading after a
// blank line, and the tree of each piece is kept, keyed by its text: an edit re-parses only the
// piece it touched.
//
// Parsing pieces separately gives the tree of the whole text as long as nothing is open where a
// piece ends. A heading at the start of a line after a blank line closes paragraphs, lists,
// quotes, tables and HTML blocks that end at a blank line; what it does not close (a code fence
// or an HTML comment left open) shows as a node that runs past the piece's last non-blank
// character, and such a piece is parsed together with the next ones. Link and footnote
// definitions ("[label]: …") apply to the whole text: when there are any, every piece is parsed
// after a line defining each label, which is then dropped from its tree.
//
// Parsing in pieces costs a little more than parsing in one go, which is a loss for a text seen
// once (the command line, a file opened and closed). So a text none of whose pieces was seen
// lately is parsed in one go, and only its pieces' texts are remembered; from its next version
// on, the pieces are parsed and kept.

import type { Root, RootContent } from 'mdast';

/** Top-level nodes with positions relative to `start`, the offset of their piece. */
export interface ParsedChunk {
  start: number;
  children: RootContent[];
}

interface Entry {
  /** Undefined while the piece has only been seen in a text parsed in one go. */
  children?: RootContent[];
  /** Nothing (a fence, an HTML block) is left open at the end of the piece. */
  closed: boolean;
  /** A definition of each label the piece defines ("[label]: #", "[^note]: #"). */
  labels: string[];
  lastUsed: number;
}

/** A blank line and then an ATX heading at the start of a line: where a piece may start. */
const PIECE_START_RE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)(?=#{1,6}(?:[ \t\r\n]|$))/g;
/** Trees of pieces used in the last few parses are kept: enough for two or three documents edited in turn. */
const KEEP_PARSES = 4;
/** At most this much text in kept pieces: any document small enough to lint fits. */
const MAX_KEPT_CHARS = 2_500_000;

const kept = new Map<string, Entry>();
let keptChars = 0;
let parses = 0;
/** Called before each piece is parsed: it may throw to stop a parse nobody waits for any more. */
let beforePiece: (() => void) | undefined;

/**
 * Sets what is called before each piece is parsed. A lint worker throws from it when a newer
 * version of the document has arrived: the pieces parsed so far stay kept for that version.
 */
export function setCancellationCheck(check: (() => void) | undefined): void {
  beforePiece = check;
}

/** Forgets every kept tree (for measuring a parse from scratch). */
export function clearParseCache(): void {
  kept.clear();
  keptChars = 0;
}

function pieceStarts(text: string): number[] {
  const starts = [0];
  PIECE_START_RE.lastIndex = 0;
  for (let m = PIECE_START_RE.exec(text); m; m = PIECE_START_RE.exec(text)) starts.push(m.index + m[0].length);
  starts.push(text.length);
  return starts;
}

function entryFor(piece: string, parse: (text: string) => Root): Required<Entry> {
  const known = kept.get(piece);
  if (known?.children) {
    known.lastUsed = parses;
    // Most recently used last, so that eviction takes the oldest first.
    kept.delete(piece);
    kept.set(piece, known);
    return known as Required<Entry>;
  }
  if (known) forget(piece);
  beforePiece?.();
  const tree = parse(piece);
  let contentEnd = piece.length;
  while (contentEnd > 0 && /\s/.test(piece[contentEnd - 1]!)) contentEnd--;
  const closed = tree.children.every((node) => (node.position?.end.offset ?? 0) <= contentEnd);
  const labels: string[] = [];
  if (piece.includes(']:')) for (const node of tree.children) collectLabels(node, labels);
  const entry = { children: tree.children, closed, labels, lastUsed: parses };
  kept.set(piece, entry);
  keptChars += piece.length;
  return entry;
}

function forget(piece: string): void {
  kept.delete(piece);
  keptChars -= piece.length;
}

function collectLabels(node: RootContent, labels: string[]): void {
  if (node.type === 'definition') labels.push(`[${node.label ?? node.identifier}]: #`);
  else if (node.type === 'footnoteDefinition') labels.push(`[^${node.label ?? node.identifier}]: #`);
  if ('children' in node) for (const child of node.children as RootContent[]) collectLabels(child, labels);
}

function evict(): void {
  for (const [piece, entry] of kept) {
    if (keptChars <= MAX_KEPT_CHARS && parses - entry.lastUsed < KEEP_PARSES) break;
    forget(piece);
  }
}

/** The top-level nodes of `text`, as `parse(text)` would give them, from kept pieces where it can. */
export function parseChunks(text: string, parse: (text: string) => Root): ParsedChunk[] {
  parses++;
  const starts = pieceStarts(text);
  const texts = starts.slice(1).map((end, i) => text.slice(starts[i]!, end));
  if (!texts.some((piece) => kept.has(piece))) {
    for (const piece of texts) {
      if (kept.has(piece)) continue; // a section that repeats
      kept.set(piece, { closed: false, labels: [], lastUsed: parses });
      keptChars += piece.length;
    }
    evict();
    return [{ start: 0, children: parse(text).children }];
  }
  const pieces: { start: number; end: number; entry: Required<Entry> }[] = [];
  for (let i = 0; i < starts.length - 1;) {
    // A piece left open takes in the next ones, twice as many each time (linear in the worst case).
    let span = 1;
    const end = () => starts[Math.min(i + span, starts.length - 1)]!;
    let entry = entryFor(texts[i]!, parse);
    while (!entry.closed && i + span < starts.length - 1) {
      span *= 2;
      entry = entryFor(text.slice(starts[i]!, end()), parse);
    }
    pieces.push({ start: starts[i]!, end: end(), entry });
    i = Math.min(i + span, starts.length - 1);
  }
  const labels = pieces.length > 1 ? [...new Set(pieces.flatMap((p) => p.entry.labels))] : [];
  let chunks: ParsedChunk[];
  if (labels.length === 0) {
    chunks = pieces.map((p) => ({ start: p.start, children: p.entry.children }));
  } else {
    // Every piece sees every label, as it would in the whole text; the defining lines go again.
    // Blank lines keep them apart, and a thematic break closes the last footnote definition,
    // which would otherwise take in an indented first line of the piece.
    const prefix = `${labels.join('\n\n')}\n\n***\n\n`;
    chunks = pieces.map((p) => ({
      start: p.start - prefix.length,
      children: entryFor(prefix + text.slice(p.start, p.end), parse).children.filter(
        (node) => (node.position?.start.offset ?? 0) >= prefix.length,
      ),
    }));
  }
  evict();
  return chunks;
}
