// @ts-check
'use strict';
// Markdown to trees: the guarded text keeps its length, and a text seen before comes back in
// pieces that start at top-level headings, with positions relative to each piece.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');

const { parseMarkdown } = loadSource('server/src/core/markdown/tree.ts');

test('the source is the text, unless something pathological was masked (same length)', () => {
  const plain = md('# Tern', '', 'Report *here*.');
  assert.equal(parseMarkdown(plain, { wholeText: true }).source, plain);
  const hostile = md('# Tern', '', '*a'.repeat(3000));
  const { source } = parseMarkdown(hostile, { wholeText: true });
  assert.notEqual(source, hostile);
  assert.equal(source.length, hostile.length);
});

test('wholeText: one piece from 0', () => {
  const text = md('# A', '', 'one', '', '# B', '', 'two');
  const { pieces } = parseMarkdown(text, { wholeText: true });
  assert.deepEqual(
    pieces.map((p) => [p.start, p.children.map((n) => n.type)]),
    [[0, ['heading', 'paragraph', 'heading', 'paragraph']]],
  );
});

test('a text seen before comes back in pieces, one per top-level heading after a blank line', () => {
  const text = md('# Alpha', '', 'one', '', '# Beta', '', 'two');
  parseMarkdown(text);
  const { pieces } = parseMarkdown(text);
  assert.deepEqual(
    pieces.map((p) => p.start),
    [0, text.indexOf('# Beta')],
  );
  const beta = pieces[1].children[0];
  assert.equal(beta.position.start.offset, 0);
});
