// @ts-check
'use strict';
// Links of every kind: inline and reference-style Markdown links, href attributes of HTML
// (inline and block), and bare URLs, in document order with their section and block.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');
const { markdownLayer } = require('./fixtures.js');

const { findLinks, definitionsOf } = loadSource('server/src/core/extract/links.ts');

function linksOf(text) {
  const { trees, linkScopes } = markdownLayer(text);
  return findLinks(linkScopes, trees.pieces);
}
/** [url, text, the source the link covers, section, type of its block] */
const summary = (text) => linksOf(text).map((l) => [l.url, l.text, text.slice(l.start, l.end), l.section, l.block?.type]);

test('an inline link: its target, its text, the whole link', () => {
  const text = md('# Report', '', 'Use [our *form*](https://tern.dev/report) please.');
  assert.deepEqual(summary(text), [['https://tern.dev/report', 'our form', '[our *form*](https://tern.dev/report)', 0, 'paragraph']]);
});

test('reference-style links take the target of their definition, in every form', () => {
  const text = md('Use [the form][f], [tern form][] or [tern form].', '', '[f]: https://tern.dev/f', '[Tern Form]: https://tern.dev/t');
  assert.deepEqual(summary(text), [
    ['https://tern.dev/f', 'the form', '[the form][f]', -1, 'paragraph'],
    ['https://tern.dev/t', 'tern form', '[tern form][]', -1, 'paragraph'],
    ['https://tern.dev/t', 'tern form', '[tern form]', -1, 'paragraph'],
  ]);
});

test('href attributes of HTML: inline ones belong to their block, block HTML to none', () => {
  const text = md('# Keys', '', 'Our <a href="https://tern.dev/pgp">key</a>.', '', "<p><a href='https://tern.dev/old'>old key</a></p>");
  assert.deepEqual(summary(text), [
    ['https://tern.dev/pgp', '', 'https://tern.dev/pgp', 0, 'paragraph'],
    ['https://tern.dev/old', '', 'https://tern.dev/old', 0, undefined],
  ]);
});

test('bare URLs: trailing punctuation left out, www. gets http://', () => {
  const text = md('See https://tern.dev/security. Or www.tern.dev/help!');
  assert.deepEqual(summary(text), [
    ['https://tern.dev/security', 'https://tern.dev/security', 'https://tern.dev/security', -1, 'paragraph'],
    ['http://www.tern.dev/help', 'www.tern.dev/help', 'www.tern.dev/help', -1, 'paragraph'],
  ]);
});

test('a URL written as the text of a link is that link only', () => {
  const text = md('[https://tern.dev/a](https://tern.dev/b)');
  assert.deepEqual(
    summary(text).map((l) => l[0]),
    ['https://tern.dev/b'],
  );
});

test('links in comments are none; links in headings and table cells are', () => {
  const text = md(
    '<!-- <a href="https://tern.dev/hidden">x</a> https://tern.dev/also-hidden -->',
    '',
    '# See https://tern.dev/h',
    '',
    '| Where |',
    '| --- |',
    '| [form](https://tern.dev/c) |',
  );
  assert.deepEqual(summary(text), [
    ['https://tern.dev/h', 'https://tern.dev/h', 'https://tern.dev/h', 0, 'heading'],
    ['https://tern.dev/c', 'form', '[form](https://tern.dev/c)', 0, 'tableCell'],
  ]);
});

test('a link reference without a definition is text; an empty target is no link', () => {
  assert.deepEqual(summary(md('See [this][nowhere] and [that]().')), []);
});

test('only top-level definitions count, the last of a label wins', () => {
  const { trees } = markdownLayer(md('[a]: https://tern.dev/1', '[a]: https://tern.dev/2', '', '> [b]: https://tern.dev/3'));
  const definitions = definitionsOf(trees.pieces);
  assert.deepEqual([...definitions.keys()], ['a']);
  assert.equal(definitions.get('a').url, 'https://tern.dev/2');
});
