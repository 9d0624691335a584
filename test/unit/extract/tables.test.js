// @ts-check
'use strict';
// Tables from the Markdown layer's grids: the first row is the header, the others the rows,
// each cell the trimmed text of its block.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');
const { blockOf, markdownLayer } = require('./fixtures.js');

const { tablesOf } = loadSource('server/src/core/extract/tables.ts');

test('header, rows with their spans, and a cell without a block as an empty text', () => {
  const grid = {
    span: { start: 10, end: 90 },
    section: 2,
    rows: [
      { span: { start: 10, end: 30 }, cells: [blockOf(' Version '), blockOf(' Supported ')] },
      { span: { start: 50, end: 70 }, cells: [blockOf(' 2.x '), undefined] },
    ],
  };
  assert.deepEqual(tablesOf([grid]), [
    { start: 10, end: 90, header: ['Version', 'Supported'], rows: [{ cells: ['2.x', ''], span: { start: 50, end: 70 } }], section: 2 },
  ]);
});

test('a grid with no rows has an empty header', () => {
  assert.deepEqual(tablesOf([{ span: { start: 0, end: 5 }, section: -1, rows: [] }]), [
    { start: 0, end: 5, header: [], rows: [], section: -1 },
  ]);
});

test('from Markdown: a GFM table under a heading', () => {
  const text = '# Versions\n\n| Release | Fixes |\n| --- | --- |\n| 3.x | yes |\n| 2.x | no |\n';
  const { tables } = markdownLayer(text);
  const [table] = tablesOf(tables);
  assert.deepEqual(table.header, ['Release', 'Fixes']);
  assert.deepEqual(
    table.rows.map((r) => [r.cells, text.slice(r.span.start, r.span.end)]),
    [
      [['3.x', 'yes'], '| 3.x | yes |'],
      [['2.x', 'no'], '| 2.x | no |'],
    ],
  );
  assert.equal(table.section, 0);
  assert.equal(text.slice(table.start, table.end), text.slice(text.indexOf('|')).trimEnd());
});
