// @ts-check
'use strict';
// Bare URLs in prose are links on GitHub. The parser finds them itself (not with the GFM
// autolink syntax, which is slow): these tests pin down that it finds the same ones, at the
// same places, with the same targets.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const fc = require('fast-check');
const { core, md } = require('./helpers.js');
const { CORPUS, skipUnlessCorpus } = require('../corpus/corpus.js');

/** The bare URLs of `text` as the model has them: [url, written text, start]. */
function literals(text) {
  return core
    .parsePolicy(text)
    .links.filter((l) => text[l.start] !== '[' && text[l.start] !== '<' && text.slice(l.start, l.end) === l.text)
    .map((l) => [l.url, l.text, l.start]);
}

const one = (line) => literals(md('# S', '', line));
const at = (line, written) => md('# S', '', line).indexOf(written);

test('an https URL in prose is a link to itself', () => {
  const line = 'Report at https://sandpiper.dev/security now.';
  assert.deepEqual(one(line), [['https://sandpiper.dev/security', 'https://sandpiper.dev/security', at(line, 'https://')]]);
});

test('www. gets http:// in front of its target, as on GitHub', () => {
  const line = 'See www.sandpiper.dev/policy.';
  assert.deepEqual(one(line), [['http://www.sandpiper.dev/policy', 'www.sandpiper.dev/policy', at(line, 'www.')]]);
});

test('trailing sentence punctuation is not part of the URL', () => {
  for (const tail of ['.', ',', ':', ';', '!', '?', '*', '_', '~', "'", '"', '...', '.)']) {
    const line = `(Read https://sandpiper.dev/a${tail} now`;
    assert.deepEqual(
      one(line).map(([url]) => url),
      ['https://sandpiper.dev/a'],
      JSON.stringify(tail),
    );
  }
});

test('a closing parenthesis belongs to the URL only when it balances one inside it', () => {
  assert.deepEqual(
    one('(see https://sandpiper.dev/wiki/Foo_(bar))').map(([url]) => url),
    ['https://sandpiper.dev/wiki/Foo_(bar)'],
  );
  assert.deepEqual(
    one('(see https://sandpiper.dev/a)').map(([url]) => url),
    ['https://sandpiper.dev/a'],
  );
});

test('a character reference at the end is not part of the URL', () => {
  assert.deepEqual(
    one('Go to https://sandpiper.dev/?q=1&amp; then').map(([url]) => url),
    ['https://sandpiper.dev/?q=1'],
  );
});

test('a URL ends at white space or "<"; a port and a query stay in it', () => {
  assert.deepEqual(
    one('Use https://sandpiper.dev:8443/report?x=1<br> or http://sandpiper.dev').map(([url]) => url),
    ['https://sandpiper.dev:8443/report?x=1', 'http://sandpiper.dev'],
  );
});

test('no link: a letter before http, www. inside a word, no domain, an underscore in the last labels', () => {
  assert.deepEqual(one('xhttps://sandpiper.dev and awww.sandpiper.dev'), []);
  assert.deepEqual(one('https:// alone, and https://-dash'), []);
  assert.deepEqual(one('https://sand_piper.dev and www.sandpiper.d_v'), []);
});

test('URLs inside link text, code spans and code blocks are not made into links', () => {
  const text = md(
    '# S',
    '',
    '[https://a.sandpiper.dev](https://b.sandpiper.dev) and `https://c.sandpiper.dev`',
    '',
    '```',
    'https://d.sandpiper.dev',
    '```',
  );
  assert.deepEqual(
    core.parsePolicy(text).links.map((l) => l.url),
    ['https://b.sandpiper.dev'],
  );
});

test('bare URLs in headings, list items and table cells are found with their block', () => {
  const text = md(
    '# S',
    '',
    '## See https://a.sandpiper.dev',
    '',
    '- item https://b.sandpiper.dev',
    '',
    '| a | b |',
    '| - | - |',
    '| https://c.sandpiper.dev | x |',
  );
  const links = core.parsePolicy(text).links;
  assert.deepEqual(
    links.map((l) => [l.url, l.block?.type]),
    [
      ['https://a.sandpiper.dev', 'heading'],
      ['https://b.sandpiper.dev', 'paragraph'],
      ['https://c.sandpiper.dev', 'tableCell'],
    ],
  );
});

test('a bare http:// URL is reported by insecure-link at its exact place', () => {
  const text = md('# S', '', 'Our key: http://sandpiper.dev/key.asc.');
  const found = core.lint(text).filter((f) => f.code === 'insecure-link');
  assert.deepEqual(
    found.map((f) => text.slice(f.start, f.end)),
    ['http://sandpiper.dev/key.asc'],
  );
});

// GitHub's own rules, as the GFM autolink extension (a dev dependency) implements them.
async function gfmLiterals() {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkGfm } = await import('remark-gfm');
  const gfm = unified().use(remarkParse).use(remarkGfm);
  return (text) => {
    const found = [];
    const walk = (node) => {
      const start = node.position?.start.offset;
      if (node.type === 'link' && start !== undefined && /^(?:https?:\/\/|www\.)/i.test(text.slice(start, start + 8))) {
        found.push([node.url, text.slice(start, node.position.end.offset), start]);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(gfm.parse(text));
    return found;
  };
}

test('on random prose with URLs, words and punctuation: the same bare URLs as the GFM autolink extension', async (t) => {
  const theirs = await gfmLiterals();
  const pieces = ['https://', 'http://', 'www.', 'HTTPS://', 'a', 'b.c', 'sandpiper', '.dev', '.', ',', ';', ':', '/', '?', '!'];
  pieces.push('(', ')', '-', ' ', '\n', '&amp;', '&', '"', "'", ' x@y.z ', '#', '%20', 'é', 'report', '=', '+', '0');
  const seed = 20261122;
  t.diagnostic(`fast-check seed ${seed}, 3000 cases`);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
      const text = md('# S', '', parts.join(''));
      assert.deepEqual(literals(text), theirs(text), JSON.stringify(text));
    }),
    { numRuns: 3000, seed },
  );
});

const skip = skipUnlessCorpus('security-md');
test('on every real policy: the same bare URLs as the GFM autolink extension', { skip }, async () => {
  const theirs = await gfmLiterals();
  const dir = path.join(CORPUS, 'security-md');
  let compared = 0;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const expected = theirs(text).filter(([url]) => !url.startsWith('mailto:'));
    assert.deepEqual(literals(text), expected, name);
    compared += expected.length;
  }
  assert.ok(compared > 10, `compared ${compared} bare URLs`);
});
