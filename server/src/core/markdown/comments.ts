// Trees -> the spans that are not Markdown prose: HTML comments (GitHub does not render them;
// disable comments live there) and raw blocks (code, HTML), inside which nothing inserted would
// be read as Markdown.

import type { Nodes } from 'mdast';
import type { Span } from '../model';
import { isHtmlComment, spanOf, type PieceContext } from './inline-text';
import type { MarkdownTrees } from './tree';

export interface RawSpans {
  /** HTML comments, block or inline. */
  comments: Span[];
  /** Code blocks and HTML, block or inline. */
  rawBlocks: Span[];
}

export function findRawSpans({ source, pieces }: MarkdownTrees): RawSpans {
  const found: RawSpans = { comments: [], rawBlocks: [] };
  for (const chunk of pieces) {
    const piece = { source, start: chunk.start };
    for (const node of chunk.children) collectRawSpans(node, piece, found);
  }
  return found;
}

function collectRawSpans(node: Nodes, piece: PieceContext, found: RawSpans): void {
  if (isHtmlComment(node)) {
    const span = spanOf(node, piece);
    if (span) found.comments.push(span);
  }
  if (node.type === 'code' || node.type === 'html') {
    const span = spanOf(node, piece);
    if (span) found.rawBlocks.push(span);
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectRawSpans(child, piece, found);
}
