// SECURITY.md text -> PolicyModel. One parse (unified + remark-parse + GFM, see gfm.ts) and one walk
// over the tree (kept in pieces, see parse-chunks.ts); every rule then reads the model.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmWithoutLiteralAutolinks } from './gfm';
import { findLiteralUrls } from './literal-urls';
import { parseChunks } from './parse-chunks';
import type { Root, Nodes, Parents, List, Table as MdTable, Definition } from 'mdast';
import type { PolicyModel, Section, TextBlock, Sentence, EmailRef, LinkRef, Table, ConcreteTime, Span } from './model';
import { sectionKinds } from './language/grammar';
import { findTimes } from './language/durations';
import { findEmailCandidates, OBFUSCATED_EMAIL_RE, decodeObfuscated } from './lexicon/emails';
import { detectLanguage } from './language/detect';
import { maskPathological } from './guard';

// Frozen once: the syntax extensions are attached when the processor freezes.
const processor = unified().use(remarkParse).use(gfmWithoutLiteralAutolinks).freeze();

/** Tags that are markup, not text a person typed; other inline HTML (`<your email>`) is kept. */
const MARKUP_TAG_RE =
  /^<\/?(?:a|br|img|b|i|em|strong|sup|sub|code|kbd|span|div|p|details|summary|picture|source|table|thead|tbody|tr|td|th|ul|li|ol|hr|h[1-6]|center|small|abbr|u|s|del|ins|mark|pre|blockquote|font|dl|dt|dd|meta|link|style|script)\b/i;

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * Where the piece of text that is being walked starts: the parser's positions are relative to
 * it (see parse-chunks.ts). Set while parsePolicy walks, which runs to its end without yielding.
 */
let pieceStart = 0;

function spanOf(node: Nodes): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: pieceStart + s, end: pieceStart + e };
}

/**
 * Where `value` stands in source[from, limit): exactly, or character by character past the
 * backslash escapes that the value no longer has (`security\_team@example.com`).
 */
function locate(value: string, source: string, from: number, limit: number): [number, number] {
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

/** Plain text of inline content with the source offset of every character. */
class TextBuilder {
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
      this.text += c;
      this.offsets.push(at);
      p = at + 1;
    }
  }

  addSeparator(at: number): void {
    this.text += ' ';
    this.offsets.push(at);
  }
}

function collectInline(node: Nodes, out: TextBuilder, source: string): void {
  const span = spanOf(node);
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      if (span) out.add(node.value, span.start, span.end);
      return;
    case 'html':
      if (span && !node.value.startsWith('<!--') && !MARKUP_TAG_RE.test(node.value)) {
        out.add(node.value, span.start, span.end);
      }
      return;
    case 'break':
      if (span) out.addSeparator(span.start);
      return;
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      if ('children' in node) for (const child of node.children) collectInline(child as Nodes, out, source);
  }
}

function isTerminal(text: string, i: number): boolean {
  const c = text[i]!;
  if ('。！？'.includes(c)) return true;
  if (!'.!?'.includes(c)) return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  // "e.g. X", "i.e. X", "etc. and", "vs. X": abbreviations, not ends of sentences.
  const before = text.slice(Math.max(0, i - 4), i + 1).toLowerCase();
  return !/(?:e\.g\.|i\.e\.|\betc\.|\bvs\.|\bno\.|\bca\.|\bz\.b\.|\bbzw\.)$/.test(before);
}

function splitSentences(block: TextBlock): Sentence[] {
  const out: Sentence[] = [];
  const { text, offsets } = block;
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) {
      out.push({ text: text.slice(a, b), block, from: a, start: offsets[a]!, end: offsets[b - 1]! + 1 });
    }
  };
  for (let i = 0; i < text.length; i++) {
    if (isTerminal(text, i)) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * The model of a policy. `wholeText` parses the text in one go instead of reusing the trees of
 * unchanged pieces; the model is the same either way.
 */
export function parsePolicy(text: string, { wholeText = false }: { wholeText?: boolean } = {}): PolicyModel {
  // What the parser sees: the same text, with pathological paragraphs masked (see guard.ts).
  const parsed = maskPathological(text).text;
  const parse = (piece: string) => processor.parse(piece) as Root;
  const pieces = wholeText ? [{ start: 0, children: parse(parsed).children }] : parseChunks(parsed, parse);
  const sections: Section[] = [];
  const blocks: TextBlock[] = [];
  const links: LinkRef[] = [];
  const tables: Table[] = [];
  const comments: Span[] = [];
  const emails: EmailRef[] = [];
  const definitions = new Map<string, Definition>();

  const makeBlock = (node: Nodes, type: TextBlock['type'], leadIn: TextBlock | undefined, table?: number): TextBlock | undefined => {
    const span = spanOf(node);
    if (!span) return undefined;
    const builder = new TextBuilder(parsed);
    collectInline(node, builder, text);
    builder.offsets.push(span.end);
    const block: TextBlock = {
      type,
      text: builder.text,
      offsets: builder.offsets,
      start: span.start,
      end: span.end,
      section: sections.length - 1,
      ...(leadIn ? { leadIn } : {}),
      ...(table !== undefined ? { table } : {}),
    };
    blocks.push(block);
    return block;
  };

  const visitLinks = (node: Nodes, block: TextBlock | undefined, inLink = false): void => {
    if (node.type === 'text' && !inLink) {
      const span = spanOf(node);
      if (span) {
        for (const found of findLiteralUrls(parsed, span.start, span.end)) {
          links.push({ ...found, section: sections.length - 1, ...(block ? { block } : {}) });
        }
      }
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const span = spanOf(node);
      const url = node.type === 'link' ? node.url : (definitions.get(node.identifier)?.url ?? '');
      if (span && url) {
        const builder = new TextBuilder(parsed);
        collectInline(node, builder, text);
        links.push({
          url,
          text: builder.text,
          start: span.start,
          end: span.end,
          section: sections.length - 1,
          ...(block ? { block } : {}),
        });
      }
    }
    if (node.type === 'html') {
      const span = spanOf(node);
      if (span && !node.value.startsWith('<!--')) {
        for (const m of node.value.matchAll(/href\s{0,2}=\s{0,2}["']([^"'\s]{1,2048})["']/gi)) {
          const start = span.start + m.index! + m[0].indexOf(m[1]!);
          links.push({ url: m[1]!, text: '', start, end: start + m[1]!.length, section: sections.length - 1, ...(block ? { block } : {}) });
        }
      }
    }
    const inside = inLink || node.type === 'link' || node.type === 'linkReference';
    if ('children' in node) for (const child of node.children) visitLinks(child as Nodes, block, inside);
  };

  const visitTable = (node: MdTable, leadIn: TextBlock | undefined): void => {
    const span = spanOf(node);
    if (!span) return;
    const index = tables.length;
    const table: Table = { start: span.start, end: span.end, header: [], rows: [], section: sections.length - 1 };
    tables.push(table);
    node.children.forEach((row, r) => {
      const cells: string[] = [];
      for (const cell of row.children) {
        const block = makeBlock(cell, 'tableCell', leadIn, index);
        cells.push(block?.text.trim() ?? '');
        visitLinks(cell, block);
      }
      const rowSpan = spanOf(row) ?? span;
      if (r === 0) table.header = cells;
      else table.rows.push({ cells, span: rowSpan });
    });
  };

  const visitList = (node: List, leadIn: TextBlock | undefined): void => {
    for (const item of node.children) {
      let itemLead = leadIn;
      for (const child of item.children) {
        const block = visitBlock(child, itemLead, node);
        // The item's own first paragraph introduces any list nested in it ("We will:").
        if (block && child.type === 'paragraph') itemLead = block;
      }
    }
  };

  /** Walks one block-level node; returns the text block it made, if any. */
  const visitBlock = (node: Nodes, leadIn: TextBlock | undefined, _list?: List): TextBlock | undefined => {
    switch (node.type) {
      case 'heading': {
        const span = spanOf(node);
        if (!span) return undefined;
        sections.push({ title: '', depth: node.depth, kinds: [], heading: span, start: span.start, end: text.length });
        const block = makeBlock(node, 'heading', undefined)!;
        const section = sections[sections.length - 1]!;
        section.title = block.text.trim();
        section.kinds = sectionKinds(section.title);
        visitLinks(node, block);
        return block;
      }
      case 'paragraph': {
        const block = makeBlock(node, 'paragraph', leadIn);
        visitLinks(node, block);
        return block;
      }
      case 'list':
        visitList(node, leadIn);
        return undefined;
      case 'table':
        visitTable(node, leadIn);
        return undefined;
      case 'html': {
        const span = spanOf(node);
        if (!(span && node.value.trimStart().startsWith('<!--'))) visitLinks(node, undefined);
        return undefined;
      }
      default:
        if ('children' in node) visitChildren((node as Parents).children as Nodes[], leadIn);
        return undefined;
    }
  };

  const visitChildren = (children: Nodes[], leadIn: TextBlock | undefined): void => {
    let previous: TextBlock | undefined;
    for (const child of children) {
      const isContainer = child.type === 'list' || child.type === 'table';
      // A paragraph directly before a list or table introduces it.
      const lead = isContainer && previous ? previous : leadIn;
      if (isContainer && previous) {
        const span = spanOf(child);
        if (span) previous.introduces = span;
      }
      const block = visitBlock(child, lead);
      // An HTML comment (a disable comment, say) between a lead-in and its list changes nothing.
      if (child.type === 'html' && child.value.trimStart().startsWith('<!--')) continue;
      previous = block && block.type === 'paragraph' ? block : undefined;
    }
  };

  // Reference-style links need their definitions first.
  for (const piece of pieces) {
    for (const node of piece.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  }
  for (const piece of pieces) {
    pieceStart = piece.start;
    visitChildren(piece.children, undefined);
  }

  // HTML comments, block or inline: GitHub does not render them; disable comments live there.
  const rawBlocks: Span[] = [];
  const collectComments = (node: Nodes): void => {
    if (node.type === 'html' && node.value.trimStart().startsWith('<!--')) {
      const span = spanOf(node);
      if (span) comments.push(span);
    }
    if (node.type === 'code' || node.type === 'html') {
      const span = spanOf(node);
      if (span) rawBlocks.push(span);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) collectComments(child);
  };
  for (const piece of pieces) {
    pieceStart = piece.start;
    for (const node of piece.children) collectComments(node);
  }
  pieceStart = 0;

  // A section runs to the next heading of the same or a higher level.
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j]!.depth <= s.depth) {
        s.end = sections[j]!.start;
        break;
      }
    }
  }

  // E-mail addresses: mailto links, then addresses in prose that no link holds.
  for (const link of links) {
    const bare = !/^[a-z][a-z0-9+.-]*:/i.test(link.url) && /^[^\s/@]+@[^\s/@]+$/.test(link.url);
    if (!/^mailto:/i.test(link.url) && !bare) continue;
    let address = bare ? link.url : link.url.slice(7).split('?')[0]!;
    try {
      address = decodeURIComponent(address).trim();
    } catch {
      // keep the raw text: a broken escape is itself worth reporting
    }
    const [start, end] = address ? locate(address, text, link.start, link.end) : [link.start, link.start];
    const found = end > start;
    emails.push({
      address,
      source: bare ? 'bare-link' : 'mailto',
      start: found ? start : link.start,
      end: found ? end : link.end,
      linkText: link.text,
      link: { start: link.start, end: link.end },
      ...(link.block ? { block: link.block } : {}),
    });
  }
  // Blocks and their candidates come in document order, so one pointer walks the sorted links.
  const linkSpans = [...links].sort((a, b) => a.start - b.start);
  let linkAt = 0;
  const insideLink = (offset: number) => {
    while (linkAt < linkSpans.length && linkSpans[linkAt]!.end <= offset) linkAt++;
    for (let k = linkAt; k < linkSpans.length && linkSpans[k]!.start <= offset; k++) if (offset < linkSpans[k]!.end) return true;
    return false;
  };
  for (const block of blocks) {
    if (!block.text.includes('@')) {
      findObfuscated(block, emails);
      continue;
    }
    for (const c of findEmailCandidates(block.text)) {
      const start = block.offsets[c.start]!;
      if (insideLink(start)) continue;
      emails.push({ address: c.address, source: 'text', start, end: block.offsets[c.end - 1]! + 1, block });
    }
    findObfuscated(block, emails);
  }
  emails.sort((a, b) => a.start - b.start);

  const sentences = blocks.flatMap(splitSentences);
  const times: ConcreteTime[] = [];
  for (const sentence of sentences) {
    for (const t of findTimes(sentence.text)) {
      const { offsets } = sentence.block;
      times.push({
        start: offsets[sentence.from + t.start]!,
        end: offsets[sentence.from + t.end - 1]! + 1,
        text: sentence.text.slice(t.start, t.end),
        days: t.days,
        sentence,
      });
    }
  }

  return {
    text,
    sections,
    blocks,
    sentences,
    emails,
    links,
    tables,
    times,
    comments,
    rawBlocks,
    lineStarts: lineStartsOf(text),
    language: detectLanguage(blocks.map((b) => b.text).join(' ')),
  };
}

function findObfuscated(block: TextBlock, emails: EmailRef[]): void {
  if (!/\bat\b|\bAT\b|\[at\]|\(at\)|\[@\]|\(@\)/i.test(block.text)) return;
  for (const m of block.text.matchAll(OBFUSCATED_EMAIL_RE)) {
    const address = decodeObfuscated(m[1]!, m[2]!, m[0]);
    if (!address) continue;
    const start = block.offsets[m.index!]!;
    if (emails.some((e) => e.start <= start && start < e.end)) continue;
    emails.push({ address, source: 'obfuscated', start, end: block.offsets[m.index! + m[0].length - 1]! + 1, block });
  }
}
