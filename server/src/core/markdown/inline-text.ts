// Inline content -> plain text with the source offset of every character, so that whatever is
// found in the text (an address, a time) maps back to where it is written.

import type { Nodes } from 'mdast';
import type { Span } from '../model';

/**
 * A piece of the parsed text (see parse-chunks.ts): the positions of its nodes count from
 * `start`; `source` is the whole text the parser saw.
 */
export interface PieceContext {
  source: string;
  start: number;
}

/** Tags that are markup, not text a person typed; other inline HTML (`<your email>`) is kept. */
const MARKUP_TAG_RE =
  /^<\/?(?:a|br|img|b|i|em|strong|sup|sub|code|kbd|span|div|p|details|summary|picture|source|table|thead|tbody|tr|td|th|ul|li|ol|hr|h[1-6]|center|small|abbr|u|s|del|ins|mark|pre|blockquote|font|dl|dt|dd|meta|link|style|script)\b/i;

/** Where a node is written in the whole text. */
export function spanOf(node: Nodes, piece: PieceContext): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: piece.start + s, end: piece.start + e };
}

/** Plain text with the source offset of every character. */
export class TextBuilder {
  text = '';
  offsets: number[] = [];
  constructor(private readonly source: string) {}

  /** Appends `value`, finding each of its characters in source[from, to) in order. */
  add(value: string, from: number, to: number): void {
    let p = from;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      let q = p;
      // Escapes, entities and line breaks make the source longer than the value: skip ahead.
      while (q < to && this.source[q] !== c && q - p < 16) q++;
      const at = q < to && this.source[q] === c ? q : Math.min(p, Math.max(from, to - 1));
      // A soft line break is a space to a reader: phrases wrapped over two lines still read as one.
      this.text += c === '\n' ? ' ' : c;
      this.offsets.push(at);
      p = at + 1;
    }
  }

  addSeparator(at: number): void {
    this.text += ' ';
    this.offsets.push(at);
  }
}

/** Appends the text a reader sees in `node`: markup, images and comments left out, code kept. */
export function collectInline(node: Nodes, out: TextBuilder, piece: PieceContext): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const span = spanOf(node, piece);
      if (span) out.add(node.value, span.start, span.end);
      return;
    }
    case 'html': {
      const span = spanOf(node, piece);
      if (span && !node.value.startsWith('<!--') && !MARKUP_TAG_RE.test(node.value)) out.add(node.value, span.start, span.end);
      return;
    }
    case 'break': {
      const span = spanOf(node, piece);
      if (span) out.addSeparator(span.start);
      return;
    }
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children) collectInline(child as Nodes, out, piece);
  }
}

/** The plain text of `node` and the source offset of each of its characters. */
export function plainTextOf(node: Nodes, piece: PieceContext): TextBuilder {
  const builder = new TextBuilder(piece.source);
  collectInline(node, builder, piece);
  return builder;
}

/**
 * Where `value` stands in source[from, limit): exactly, or character by character past the
 * backslash escapes that the value no longer has (`security\_team@example.com`).
 */
export function locate(value: string, source: string, from: number, limit: number): [number, number] {
  if (!value) return [from, from];
  const exact = source.indexOf(value, from);
  if (exact >= 0 && exact + value.length <= limit) return [exact, exact + value.length];
  const first = source.indexOf(value[0]!, from);
  if (first < 0 || first >= limit) return [from, from];
  let p = first;
  for (const c of value) {
    if (source[p] === '\\' && source[p + 1] === c) p++;
    if (source[p] !== c) return [from, from];
    p++;
  }
  return p <= limit ? [first, p] : [from, from];
}

/** An HTML comment, which GitHub does not render (disable comments live there). */
export function isHtmlComment(node: Nodes): boolean {
  return node.type === 'html' && node.value.trimStart().startsWith('<!--');
}
