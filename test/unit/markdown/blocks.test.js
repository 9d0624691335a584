// @ts-check
'use strict';
// The walk from trees to text blocks: which block belongs to which section, which paragraph
// introduces a list or table, table grids, and the nodes searched for links.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');

const { parseMarkdown } = loadSource('server/src/core/markdown/tree.ts');
const { walkBlocks } = loadSource('server/src/core/markdown/blocks.ts');

const layerOf = (text) => walkBlocks(parseMarkdown(text, { wholeText: true }));

test('headings, paragraphs and table cells become blocks, with their section', () => {
  const text = md(
    'Before any heading.',
    '',
    '# Tern',
    '',
    'Intro.',
    '',
    '## Versions',
    '',
    '| A | B |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '```',
    'code',
    '```',
  );
  const { blocks, headings } = layerOf(text);
  assert.deepEqual(
    blocks.map((b) => [b.type, b.text, b.section, text.slice(b.start, b.end)]),
    [
      ['paragraph', 'Before any heading.', -1, 'Before any heading.'],
      ['heading', 'Tern', 0, '# Tern'],
      ['paragraph', 'Intro.', 0, 'Intro.'],
      ['heading', 'Versions', 1, '## Versions'],
      // A cell's span takes the pipe before it; the last cell's the one after it too.
      ['tableCell', 'A', 1, '| A '],
      ['tableCell', 'B', 1, '| B |'],
      ['tableCell', '1', 1, '| 1 '],
      ['tableCell', '2', 1, '| 2 |'],
    ],
  );
  assert.deepEqual(
    headings.map((h) => [h.depth, text.slice(h.span.start, h.span.end), h.block.text]),
    [
      [1, '# Tern', 'Tern'],
      [2, '## Versions', 'Versions'],
    ],
  );
  // One offset per character and one for the end.
  for (const b of blocks) assert.equal(b.offsets.length, b.text.length + 1);
});

test('a paragraph right before a list introduces it and leads in its items; a comment between changes nothing', () => {
  const text = md('We will:', '<!-- security-md-disable vague-timeline -->', '- reply', '- fix', '', 'Alone.');
  const { blocks } = layerOf(text);
  const [lead, reply, fix, alone] = blocks;
  assert.equal(text.slice(lead.introduces.start, lead.introduces.end), '- reply\n- fix');
  assert.equal(reply.leadIn, lead);
  assert.equal(fix.leadIn, lead);
  assert.equal(alone.leadIn, undefined);
  assert.equal(alone.introduces, undefined);
});

test("a list item's first paragraph leads in the list nested in it", () => {
  const { blocks } = layerOf(md('- Reports:', '  - get a reply', '- Patches'));
  const byText = Object.fromEntries(blocks.map((b) => [b.text, b]));
  assert.equal(byText['get a reply'].leadIn, byText['Reports:']);
  assert.equal(byText['Reports:'].leadIn, undefined);
  assert.equal(byText.Patches.leadIn, undefined);
});

test('table grids: rows with spans, cells with their table index and lead-in', () => {
  const text = md('Supported:', '', '| Version | Yes |', '| --- | --- |', '| 2.x | yes |');
  const { blocks, tables } = layerOf(text);
  assert.equal(tables.length, 1);
  const [grid] = tables;
  assert.equal(grid.section, -1);
  assert.deepEqual(
    grid.rows.map((r) => [text.slice(r.span.start, r.span.end), r.cells.map((c) => c.text.trim())]),
    [
      ['| Version | Yes |', ['Version', 'Yes']],
      ['| 2.x | yes |', ['2.x', 'yes']],
    ],
  );
  const cells = blocks.filter((b) => b.type === 'tableCell');
  assert.ok(cells.every((c) => c.table === 0 && c.leadIn === blocks[0]));
});

test('quotes are walked; link scopes come in document order, HTML blocks without a block', () => {
  const text = md('# T', '', '> Quoted.', '', '<div><a href="https://tern.dev">x</a></div>', '', '<!-- a comment -->', '', 'Last.');
  const { blocks, linkScopes } = layerOf(text);
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['T', 'Quoted.', 'Last.'],
  );
  assert.deepEqual(
    linkScopes.map((s) => [s.node.type, s.block?.text, s.section]),
    [
      ['heading', 'T', 0],
      ['paragraph', 'Quoted.', 0],
      ['html', undefined, 0],
      ['paragraph', 'Last.', 0],
    ],
  );
});
