// @ts-check
'use strict';
// Shared fixtures of the extractor tests: hand-made text blocks, and the passes before an
// extractor run on a Markdown text.

const { loadSource } = require('../helpers.js');

/** A paragraph block whose characters stand one for one at start, start + 1, … */
function blockOf(text, { start = 0, section = 0, type = 'paragraph' } = {}) {
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => start + i);
  return { type, text, offsets, start, end: start + text.length, section };
}

let passes;
/** The Markdown layer's output for `text`: trees, blocks, tables, headings and link scopes. */
function markdownLayer(text) {
  passes ??= {
    ...loadSource('server/src/core/markdown/tree.ts'),
    ...loadSource('server/src/core/markdown/blocks.ts'),
  };
  const trees = passes.parseMarkdown(text, { wholeText: true });
  return { trees, ...passes.walkBlocks(trees) };
}

module.exports = { blockOf, markdownLayer };
