// @ts-check
'use strict';
// Sections from headings: trimmed titles, the kinds the heading names, and the end of each
// section at the next heading of the same or a higher level.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('../helpers.js');
const { blockOf } = require('./fixtures.js');

const { sectionsOf } = loadSource('server/src/core/extract/sections.ts');
/** The languages of an English policy. */
const ENGLISH = { language: 'en', languages: [] };

const heading = (depth, start, title) => ({
  depth,
  span: { start, end: start + depth + 1 + title.length },
  block: blockOf(` ${title} `, { start: start + depth, type: 'heading' }),
});

test('a section runs to the next heading of the same or a higher level, the last ones to the end', () => {
  const headings = [
    heading(1, 0, 'Tern Security Policy'),
    heading(2, 40, 'Reporting a Vulnerability'),
    heading(3, 100, 'What to include'),
    heading(2, 160, 'Supported Versions'),
    heading(4, 200, 'Older releases'),
  ];
  const sections = sectionsOf(headings, 300, ENGLISH);
  assert.deepEqual(
    sections.map((s) => [s.title, s.depth, s.start, s.end]),
    [
      ['Tern Security Policy', 1, 0, 300],
      ['Reporting a Vulnerability', 2, 40, 160],
      ['What to include', 3, 100, 160],
      ['Supported Versions', 2, 160, 300],
      ['Older releases', 4, 200, 300],
    ],
  );
});

test('the kinds come from the title; the heading span is the heading line', () => {
  const headings = [heading(2, 0, 'Reporting a Vulnerability'), heading(2, 50, 'Supported Versions'), heading(2, 90, 'Tern')];
  const sections = sectionsOf(headings, 120, ENGLISH);
  assert.deepEqual(
    sections.map((s) => s.kinds),
    [['reporting'], ['supported-versions'], []],
  );
  assert.equal(sections[0].heading, headings[0].span);
  assert.deepEqual(Object.keys(sections[0]), ['title', 'depth', 'kinds', 'heading', 'start', 'end']);
});

test('a deeper heading before a shallower one ends at it', () => {
  const sections = sectionsOf([heading(3, 0, 'Intro'), heading(1, 20, 'Policy')], 50, ENGLISH);
  assert.deepEqual(
    sections.map((s) => s.end),
    [20, 50],
  );
});

test('no headings, no sections', () => {
  assert.deepEqual(sectionsOf([], 10, ENGLISH), []);
});
