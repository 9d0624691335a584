// SECURITY.md text -> PolicyModel, in passes: Markdown -> trees (markdown/tree.ts, parsed once and
// kept in pieces) -> text blocks with source offsets (markdown/blocks.ts) -> extractors
// (extract/*.ts), each reading what the passes before it made. Every rule then reads the model.

import type { PolicyModel } from './model';
import { parseMarkdown } from './markdown/tree';
import { walkBlocks } from './markdown/blocks';
import { findRawSpans } from './markdown/comments';
import { sectionsOf } from './extract/sections';
import { tablesOf } from './extract/tables';
import { findLinks } from './extract/links';
import { findEmails } from './extract/emails';
import { sentencesOf } from './extract/sentences';
import { findConcreteTimes } from './extract/times';
import { detectLanguages } from './language/detect';

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
 * The model of a policy. `wholeText` parses the text in one go instead of reusing the trees of
 * unchanged pieces; the model is the same either way.
 */
export function parsePolicy(text: string, { wholeText = false }: { wholeText?: boolean } = {}): PolicyModel {
  const trees = parseMarkdown(text, { wholeText });
  const { headings, blocks, tables, linkScopes } = walkBlocks(trees);
  const { comments, rawBlocks } = findRawSpans(trees);
  const links = findLinks(linkScopes, trees.pieces);
  const sentences = sentencesOf(blocks);
  const languages = detectLanguages(blocks.map((b) => b.text));
  return {
    text,
    sections: sectionsOf(headings, text.length, languages),
    blocks,
    sentences,
    emails: findEmails(text, links, blocks),
    links,
    tables: tablesOf(tables),
    times: findConcreteTimes(sentences, languages),
    comments,
    rawBlocks,
    lineStarts: lineStartsOf(text),
    ...languages,
  };
}
