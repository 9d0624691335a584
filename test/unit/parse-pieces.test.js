// @ts-check
'use strict';
// The parser keeps the trees of the pieces of a text (split at top-level headings) and re-parses
// only what an edit touched. Whatever the text and whatever was parsed before, the model must be
// the one a parse of the whole text gives.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const { core, md } = require('./helpers.js');
const { CORPUS, skipUnlessCorpus } = require('../corpus/corpus.js');

/**
 * The first parse of a text not seen lately is done in one go; the second parses its pieces,
 * the third takes them from the kept trees. All three give the whole-text model.
 */
function assertSameModel(text, what = JSON.stringify(text.slice(0, 120))) {
  const whole = core.parsePolicy(text, { wholeText: true });
  for (const run of ['first', 'second', 'third']) assert.deepEqual(core.parsePolicy(text), whole, `${what} (${run} parse)`);
}

const SECTION = (title, body) => md(`## ${title}`, '', body, '');

test('sections separated by blank lines: the same model, from pieces and kept pieces', () => {
  const text = md('# Policy', '', SECTION('Reporting', 'Mail security@sandpiper.dev.'), SECTION('Response', 'Within 3 business days.'));
  core.clearParseCache();
  assertSameModel(text);
  assertSameModel(text); // now from kept pieces
  const edited = text.replace('3 business days', '5 business days');
  assertSameModel(edited);
});

test('a code fence left open across headings is code to the end, as in the whole text', () => {
  const text = md('# Policy', '', '```', 'code', '', '## Not a heading', '', 'more', '', '## Still code');
  assertSameModel(text);
  assert.deepEqual(
    core.parsePolicy(text).sections.map((s) => s.title),
    ['Policy'],
  );
});

test('a fence closed further down, after several headings, closes where it closes', () => {
  const text = md('# Policy', '', '~~~', '', '## A', '', '## B', '', '## C', '', '~~~', '', '## Reporting', '', 'Mail a@sandpiper.dev.');
  assertSameModel(text);
  assert.deepEqual(
    core.parsePolicy(text).sections.map((s) => s.title),
    ['Policy', 'Reporting'],
  );
});

test('an HTML comment across headings hides them; HTML blocks of every kind left open', () => {
  for (const open of ['<!--', '<script>', '<pre>', '<style>', '<?', '<!X', '<![CDATA[', '<div>']) {
    assertSameModel(md('# Policy', '', open, '', '## Hidden', '', 'text', '', '## Also', '', 'end'), open);
  }
});

test('a reference used before the section that defines it resolves, as in the whole text', () => {
  const text = md(
    '# Policy',
    '',
    SECTION('Reporting', 'Use the [advisory form][form] or [mail][].'),
    SECTION('Links', '[form]: https://github.com/acme/widgets/security/advisories/new\n[mail]: mailto:security@sandpiper.dev'),
  );
  assertSameModel(text);
  assert.deepEqual(
    core.parsePolicy(text).links.map((l) => l.url),
    ['https://github.com/acme/widgets/security/advisories/new', 'mailto:security@sandpiper.dev'],
  );
});

test('footnotes defined in a later section, "]:" in prose, and labels defined twice', () => {
  assertSameModel(md('# P', '', SECTION('A', 'See note[^1].'), SECTION('B', '[^1]: The note.')));
  assertSameModel(md('# P', '', SECTION('A', 'Ratio [a]: 3.'), SECTION('B', 'Text.')));
  // An indented line first in a piece is code, not the continuation of a footnote defined elsewhere.
  assertSameModel(md('    indented', '[^n]: A note.', '', '# Title', '', 'See[^n].'));
  assertSameModel(md('# P', '', SECTION('A', '[x] and [x][]'), SECTION('B', '[x]: /one'), SECTION('C', '[x]: /two')));
});

test('lists, quotes, tables and a fence inside a list item before a heading', () => {
  assertSameModel(md('# P', '', '- item', '  ```', '  code', '', '## Next', '', 'text'));
  assertSameModel(md('# P', '', '> quote', '> ```', '', '## Next', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', '## Last'));
  assertSameModel(md('# P', '', '1. one', '', '   still one', '', '## Two', '', '* star'));
});

test('CRLF and CR line endings, headings without a blank line before them, spaces on the blank line', () => {
  assertSameModel('# P\r\n\r\n## A\r\ntext\r\n\r\n## B\r\n\r\nmore\r\n');
  assertSameModel('# P\r\r## A\rtext\r\r## B\r');
  assertSameModel(md('# P', 'text', '## A', 'text', '   ', '## B', '\t', '#### C', '', '#nospace', '', '####### seven'));
});

test('the same section twice in one text', () => {
  const section = SECTION('Reporting', 'Mail security@sandpiper.dev within 48 hours.');
  assertSameModel(md('# P', '', section, section, section));
});

test('an edit that opens a fence, then one that closes it again', () => {
  const base = md('# P', '', SECTION('A', 'text'), SECTION('B', 'more'), SECTION('C', 'end'));
  core.clearParseCache();
  assertSameModel(base);
  const opened = base.replace('## A\n', '## A\n```\n');
  assertSameModel(opened);
  const closed = opened.replace('## C\n', '```\n\n## C\n');
  assertSameModel(closed);
  assertSameModel(base);
});

// Random documents made of the constructs that can reach across a heading.
const FRAGMENTS = [
  '# Title',
  '## Reporting',
  '### Sub',
  '',
  '',
  'Plain text with security@sandpiper.dev.',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<div>',
  '<pre>',
  '</pre>',
  '- item',
  '  ```',
  '> quote',
  '| a | b |',
  '| - | - |',
  '[ref]: https://sandpiper.dev',
  'Use [ref] and [other][ref].',
  '[^n]: A note.',
  'A note[^n].',
  '    indented code',
  'Setext',
  '===',
  '***',
  'https://sandpiper.dev/x and www.sandpiper.dev.',
];

test('random documents: the model from pieces (kept between runs) is the whole-text model', (t) => {
  const seed = 90116;
  t.diagnostic(`fast-check seed ${seed}, 1500 documents`);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      assertSameModel(lines.join(eol) + eol);
    }),
    { numRuns: 1500, seed },
  );
});

const skip = skipUnlessCorpus('security-md');
test('every real policy, and all of them in one text: the same model', { skip }, () => {
  const dir = path.join(CORPUS, 'security-md');
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
  for (const [name, text] of texts) assertSameModel(text, name);
  assertSameModel(texts.map(([, text]) => text).join('\n\n'), 'all policies in one text');
});
