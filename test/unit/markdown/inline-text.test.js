// @ts-check
'use strict';
// Inline content as plain text with a source offset per character; finding a value in the
// source past backslash escapes.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');

const { TextBuilder, plainTextOf, spanOf, locate, isHtmlComment } = loadSource('server/src/core/markdown/inline-text.ts');
const { parseMarkdown } = loadSource('server/src/core/markdown/tree.ts');

/** The first top-level node of `text` and the piece it stands in. */
function firstNode(text) {
  const { source, pieces } = parseMarkdown(text, { wholeText: true });
  return { node: pieces[0].children[0], piece: { source, start: pieces[0].start } };
}

test('spanOf: node positions count from the start of their piece', () => {
  const node = { type: 'text', value: 'x', position: { start: { offset: 3 }, end: { offset: 7 } } };
  assert.deepEqual(spanOf(node, { source: '', start: 100 }), { start: 103, end: 107 });
  assert.equal(spanOf({ type: 'text', value: 'x' }, { source: '', start: 0 }), undefined);
});

test('TextBuilder finds each character in order, skipping what the value lost', () => {
  const builder = new TextBuilder('a\\_b &amp; c');
  builder.add('a_b & c', 0, 12);
  builder.addSeparator(12);
  assert.equal(builder.text, 'a_b & c ');
  assert.deepEqual(builder.offsets, [0, 2, 3, 4, 5, 10, 11, 12]);
});

test('plain text: emphasis and markup tags dropped, code, typed angle brackets and line breaks kept', () => {
  const text = md('Mail *us* at `sec@tern.dev`<br>or <your email><!-- note -->![logo](l.png)  ', 'next');
  const { node, piece } = firstNode(text);
  const { text: plain, offsets } = plainTextOf(node, piece);
  assert.equal(plain, 'Mail us at sec@tern.devor <your email> next');
  assert.equal(offsets.length, plain.length);
  for (let i = 0; i < plain.length; i++) if (plain[i] !== ' ') assert.equal(text[offsets[i]], plain[i], `character ${i}`);
  // The hard line break is one space, at the break.
  const brk = plain.lastIndexOf(' ');
  assert.equal(text.slice(offsets[brk], offsets[brk] + 3), '  \n');
});

test('locate: exactly, past backslash escapes, or not at all', () => {
  const source = '[x](mailto:sec\\_team@tern.dev) sec_team@tern.dev';
  assert.deepEqual(locate('sec_team@tern.dev', source, 0, 30), [11, 29]);
  assert.deepEqual(locate('sec_team@tern.dev', source, 0, source.length), [31, 48]);
  assert.deepEqual(locate('other@tern.dev', source, 4, 30), [4, 4]);
  assert.deepEqual(locate('', source, 4, 30), [4, 4]);
  // Found, but past the limit.
  assert.deepEqual(locate('sec_team@tern.dev', source, 0, 20), [0, 0]);
});

test('isHtmlComment: HTML that opens with <!-- after white space', () => {
  assert.equal(isHtmlComment({ type: 'html', value: '  <!-- x -->' }), true);
  assert.equal(isHtmlComment({ type: 'html', value: '<a href="#">' }), false);
  assert.equal(isHtmlComment({ type: 'text', value: '<!-- x -->' }), false);
});
