// Markdown -> trees. One parser (unified + remark-parse + the GFM extensions of gfm.ts) fed the
// guarded text (guard.ts); the trees come in pieces, kept between parses (parse-chunks.ts).

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { gfmWithoutLiteralAutolinks } from './gfm';
import { maskPathological } from './guard';
import { parseChunks, type ParsedChunk } from './parse-chunks';

// Frozen once: the syntax extensions are attached when the processor freezes.
const processor = unified().use(remarkParse).use(gfmWithoutLiteralAutolinks).freeze();

export interface MarkdownTrees {
  /** What the parser saw: the text with pathological places masked, of the same length. */
  source: string;
  /** Top-level nodes, in document order, in pieces whose positions count from each piece's start. */
  pieces: ParsedChunk[];
}

/**
 * The trees of `text`. `wholeText` parses it in one go instead of reusing the trees of unchanged
 * pieces; the nodes are the same either way.
 */
export function parseMarkdown(text: string, { wholeText = false }: { wholeText?: boolean } = {}): MarkdownTrees {
  const source = maskPathological(text).text;
  const parse = (piece: string) => processor.parse(piece) as Root;
  const pieces = wholeText ? [{ start: 0, children: parse(source).children }] : parseChunks(source, parse);
  return { source, pieces };
}
