// @ts-check
'use strict';
// HTML comments (block and inline) and raw blocks (code, HTML), in document order.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');

const { parseMarkdown } = loadSource('server/src/core/markdown/tree.ts');
const { findRawSpans } = loadSource('server/src/core/markdown/comments.ts');

test('comments block and inline; code and HTML as raw blocks', () => {
  const text = md('<!-- top -->', '', 'Text <!-- inline --> and <b>bold</b>.', '', '```sh', 'echo', '```', '', '    indented');
  const { comments, rawBlocks } = findRawSpans(parseMarkdown(text, { wholeText: true }));
  const slices = (spans) => spans.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(slices(comments), ['<!-- top -->', '<!-- inline -->']);
  assert.deepEqual(slices(rawBlocks), ['<!-- top -->', '<!-- inline -->', '<b>', '</b>', '```sh\necho\n```', '    indented']);
});

test('spans count from the start of their piece', () => {
  const text = md('# A', '', 'x', '', '# B', '', '<!-- late -->');
  // Seen once, the text is parsed whole; seen again, in pieces.
  const whole = parseMarkdown(text);
  const inPieces = parseMarkdown(text);
  assert.ok(inPieces.pieces.length > 1);
  const { comments } = findRawSpans(inPieces);
  assert.deepEqual(
    comments.map((s) => text.slice(s.start, s.end)),
    ['<!-- late -->'],
  );
  assert.deepEqual(findRawSpans(whole).comments, comments);
});
