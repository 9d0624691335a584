// Trees -> text blocks. One walk in document order turns headings, paragraphs and table cells
// into plain-text blocks with source offsets, and notes what the extractors need on the way: the
// headings, the tables' grids, which paragraph introduces a list or table, and the nodes whose
// links belong to a block.

import type { Heading, List, Nodes, Table as MdTable } from 'mdast';
import type { Span, TextBlock } from '../model';
import { isHtmlComment, plainTextOf, spanOf, type PieceContext } from './inline-text';
import type { MarkdownTrees } from './tree';

/** A heading and its text block; sections are made of these (see extract/sections.ts). */
export interface HeadingBlock {
  depth: number;
  span: Span;
  block: TextBlock;
}

/** A table's rows and their cells' blocks (undefined for a cell with no position). */
export interface TableGrid {
  span: Span;
  section: number;
  rows: { span: Span; cells: (TextBlock | undefined)[] }[];
}

/** A node to search for links (see extract/links.ts), with the block and section they belong to. */
export interface LinkScope {
  node: Nodes;
  piece: PieceContext;
  section: number;
  block?: TextBlock;
}

export interface BlockLayer {
  headings: HeadingBlock[];
  /** Headings, paragraphs and table cells, in document order. */
  blocks: TextBlock[];
  tables: TableGrid[];
  /** In document order, so that links come out in it. */
  linkScopes: LinkScope[];
}

export function walkBlocks({ source, pieces }: MarkdownTrees): BlockLayer {
  const walker = new BlockWalker();
  for (const chunk of pieces) walker.visitChildren(chunk.children, undefined, { source, start: chunk.start });
  return walker.layer;
}

class BlockWalker {
  readonly layer: BlockLayer = { headings: [], blocks: [], tables: [], linkScopes: [] };
  /** Index of the section being walked: one per heading so far, so -1 before the first. */
  private section = -1;

  visitChildren(children: Nodes[], leadIn: TextBlock | undefined, piece: PieceContext): void {
    let previous: TextBlock | undefined;
    for (const child of children) {
      const isContainer = child.type === 'list' || child.type === 'table';
      // A paragraph directly before a list or table introduces it.
      const lead = isContainer && previous ? previous : leadIn;
      if (isContainer && previous) {
        const span = spanOf(child, piece);
        if (span) previous.introduces = span;
      }
      const block = this.visitBlock(child, lead, piece);
      // An HTML comment (a disable comment, say) between a lead-in and its list changes nothing.
      if (isHtmlComment(child)) continue;
      previous = block && block.type === 'paragraph' ? block : undefined;
    }
  }

  /** Walks one block-level node; returns the text block it made, if any. */
  private visitBlock(node: Nodes, leadIn: TextBlock | undefined, piece: PieceContext): TextBlock | undefined {
    switch (node.type) {
      case 'heading':
        return this.visitHeading(node, piece);
      case 'paragraph': {
        const block = this.addBlock(node, 'paragraph', leadIn, piece);
        this.addLinkScope(node, block, piece);
        return block;
      }
      case 'list':
        this.visitList(node, leadIn, piece);
        return undefined;
      case 'table':
        this.visitTable(node, leadIn, piece);
        return undefined;
      case 'html':
        // An HTML block's links count (`<a href="…">`), though its text is no prose.
        if (!isHtmlComment(node)) this.addLinkScope(node, undefined, piece);
        return undefined;
      default:
        if ('children' in node) this.visitChildren(node.children as Nodes[], leadIn, piece);
        return undefined;
    }
  }

  private visitHeading(node: Heading, piece: PieceContext): TextBlock | undefined {
    const span = spanOf(node, piece);
    if (!span) return undefined;
    this.section++;
    const block = this.addBlock(node, 'heading', undefined, piece)!;
    this.layer.headings.push({ depth: node.depth, span, block });
    this.addLinkScope(node, block, piece);
    return block;
  }

  private visitList(node: List, leadIn: TextBlock | undefined, piece: PieceContext): void {
    for (const item of node.children) {
      let itemLead = leadIn;
      for (const child of item.children) {
        const block = this.visitBlock(child, itemLead, piece);
        // The item's own first paragraph introduces any list nested in it ("We will:").
        if (block && child.type === 'paragraph') itemLead = block;
      }
    }
  }

  private visitTable(node: MdTable, leadIn: TextBlock | undefined, piece: PieceContext): void {
    const span = spanOf(node, piece);
    if (!span) return;
    const index = this.layer.tables.length;
    const grid: TableGrid = { span, section: this.section, rows: [] };
    this.layer.tables.push(grid);
    for (const row of node.children) {
      const cells = row.children.map((cell) => {
        const block = this.addBlock(cell, 'tableCell', leadIn, piece, index);
        this.addLinkScope(cell, block, piece);
        return block;
      });
      grid.rows.push({ span: spanOf(row, piece) ?? span, cells });
    }
  }

  private addBlock(
    node: Nodes,
    type: TextBlock['type'],
    leadIn: TextBlock | undefined,
    piece: PieceContext,
    table?: number,
  ): TextBlock | undefined {
    const span = spanOf(node, piece);
    if (!span) return undefined;
    const { text, offsets } = plainTextOf(node, piece);
    // One offset more than characters: where the block ends, for ranges that reach its end.
    offsets.push(span.end);
    const block: TextBlock = {
      type,
      text,
      offsets,
      start: span.start,
      end: span.end,
      section: this.section,
      ...(leadIn ? { leadIn } : {}),
      ...(table !== undefined ? { table } : {}),
    };
    this.layer.blocks.push(block);
    return block;
  }

  private addLinkScope(node: Nodes, block: TextBlock | undefined, piece: PieceContext): void {
    this.layer.linkScopes.push({ node, piece, section: this.section, ...(block ? { block } : {}) });
  }
}
