// Link scopes -> links: Markdown links (inline and reference-style), href attributes of HTML, and
// bare URLs in text runs, which GitHub links too (see markdown/literal-urls.ts).

import type { Definition, Nodes } from 'mdast';
import type { LinkRef } from '../model';
import type { LinkScope } from '../markdown/blocks';
import type { ParsedChunk } from '../markdown/parse-chunks';
import { plainTextOf, spanOf } from '../markdown/inline-text';
import { findLiteralUrls } from '../markdown/literal-urls';

const HREF_RE = /href\s{0,2}=\s{0,2}["']([^"'\s]{1,2048})["']/gi;

/** What a walk over one scope's nodes carries along. */
interface LinkWalk {
  piece: LinkScope['piece'];
  /** The section and block every link found belongs to. */
  owner: Pick<LinkRef, 'section' | 'block'>;
  definitions: Map<string, Definition>;
  links: LinkRef[];
}

/** The links of every scope, in the scopes' order. */
export function findLinks(scopes: LinkScope[], pieces: ParsedChunk[]): LinkRef[] {
  const definitions = definitionsOf(pieces);
  const links: LinkRef[] = [];
  for (const { node, piece, section, block } of scopes) {
    collectLinks(node, { piece, owner: { section, ...(block ? { block } : {}) }, definitions, links }, false);
  }
  return links;
}

/** Link definitions at the top level, which reference-style links point through. */
export function definitionsOf(pieces: ParsedChunk[]): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const piece of pieces) {
    for (const node of piece.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  }
  return definitions;
}

function collectLinks(node: Nodes, walk: LinkWalk, inLink: boolean): void {
  const { piece, owner, links } = walk;
  if (node.type === 'text') {
    // A URL in the text of a link is that link's text, not a link of its own.
    const span = inLink ? undefined : spanOf(node, piece);
    if (span) for (const found of findLiteralUrls(piece.source, span.start, span.end)) links.push({ ...found, ...owner });
    return;
  }
  if (node.type === 'link' || node.type === 'linkReference') {
    const span = spanOf(node, piece);
    const url = node.type === 'link' ? node.url : (walk.definitions.get(node.identifier)?.url ?? '');
    if (span && url) links.push({ url, text: plainTextOf(node, piece).text, start: span.start, end: span.end, ...owner });
  }
  if (node.type === 'html' && !node.value.startsWith('<!--')) {
    const span = spanOf(node, piece);
    if (span) {
      for (const m of node.value.matchAll(HREF_RE)) {
        const start = span.start + m.index! + m[0].indexOf(m[1]!);
        links.push({ url: m[1]!, text: '', start, end: start + m[1]!.length, ...owner });
      }
    }
  }
  const inside = inLink || node.type === 'link' || node.type === 'linkReference';
  if ('children' in node) for (const child of node.children) collectLinks(child as Nodes, walk, inside);
}
