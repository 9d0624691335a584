// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, md, forRule } = require('../helpers.js');

const CODE = 'empty-section';
const { expectOne } = forRule(CODE);

const HEAD = ['# Pebblestone Security Policy', '', 'Pebblestone takes security seriously.', ''];
const REPORTING = ['## Reporting a Vulnerability', '', 'Email security@pebblestone.dev.'];

test('fires on a heading followed directly by a heading of the same level: heading range, warning, says what to do', () => {
  const text = md(...HEAD, '## Supported Versions', '## Reporting a Vulnerability', '', 'Email security@pebblestone.dev.');
  const f = expectOne(text, { severity: 'warning', covers: '## Supported Versions', message: /"Supported Versions" is empty/ });
  // It says what to do: write the content or remove the heading.
  assert.match(f.message, /write its content or remove the heading/);
  assert.deepEqual(f.data.kinds, ['supported-versions']);
});

test('fires on a heading followed by blank lines and then a heading of a higher level', () => {
  const text = md('# Pebblestone Security Policy', '', '## Scope', '', '', '# Appendix', '', 'Some text.');
  assert.deepEqual(slicesOf(text, CODE), ['## Scope']);
});

test('fires on a heading followed only by an HTML comment', () => {
  const text = md(...HEAD, '## Disclosure Policy', '', '<!-- TODO: describe the embargo -->', '', ...REPORTING);
  assert.deepEqual(slicesOf(text, CODE), ['## Disclosure Policy']);
});

test('fires on a heading followed only by a multi-line HTML comment', () => {
  const text = md(...HEAD, '## Disclosure Policy', '', '<!--', 'Write this later.', '-->', '', ...REPORTING);
  assert.deepEqual(slicesOf(text, CODE), ['## Disclosure Policy']);
});

test('fires on a heading followed only by a thematic break', () => {
  assert.deepEqual(slicesOf(md(...HEAD, '## Scope', '', '---', '', ...REPORTING), CODE), ['## Scope']);
  assert.deepEqual(slicesOf(md(...HEAD, '## Scope', '', '* * *', '', ...REPORTING), CODE), ['## Scope']);
  assert.deepEqual(slicesOf(md(...HEAD, '## Scope', '', '___', '', ...REPORTING), CODE), ['## Scope']);
});

test('fires on the last heading of the file with nothing after it', () => {
  const text = md(...HEAD, ...REPORTING, '', '## Acknowledgments');
  assert.deepEqual(slicesOf(text, CODE), ['## Acknowledgments']);
  // ...also without a final newline.
  const bare = text.slice(0, -1);
  assert.deepEqual(slicesOf(bare, CODE), ['## Acknowledgments']);
});

test('fires on each empty section, and on a setext heading', () => {
  const text = md(...HEAD, 'Scope', '-----', '', '## Safe Harbor', '', ...REPORTING);
  assert.deepEqual(slicesOf(text, CODE), ['Scope\n-----', '## Safe Harbor']);
});

test('fires on an empty sub-section but not on its parent', () => {
  const text = md(...HEAD, '## Policy', '', '### Scope', '', '### Timeline', '', 'We answer within 3 days.', '', ...REPORTING);
  assert.deepEqual(slicesOf(text, CODE), ['### Scope']);
});

test('silent: a heading whose content is a deeper sub-section', () => {
  const text = md(...HEAD, '## Policy', '', '### Scope', '', 'All released versions of Pebblestone.', '', ...REPORTING);
  assert.deepEqual(findingsOf(text, CODE), []);
});

test('silent: sections with a paragraph, a list, a table, a code block or a quote', () => {
  for (const body of [
    ['Only version 3.x.'],
    ['- 3.x'],
    ['| Version | Supported |', '|---|---|', '| 3.x | yes |'],
    ['```', 'gpg --recv-keys 0xABCDEF', '```'],
    ['> Quoted guidance.'],
  ]) {
    const text = md(...HEAD, '## Supported Versions', '', ...body, '', ...REPORTING);
    assert.deepEqual(findingsOf(text, CODE), [], JSON.stringify(body));
  }
});

test('silent: a document without headings', () => {
  assert.deepEqual(findingsOf(md('Email security@pebblestone.dev.'), CODE), []);
});
