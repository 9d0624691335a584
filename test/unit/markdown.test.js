// @ts-check
'use strict';
// Markdown as GitHub renders it: the rules see headings, comments, code, links and tables the
// way a reader of the rendered SECURITY.md does.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, findingsOf, slicesOf, slice, md } = require('./helpers.js');

// ---- setext headings ----

test('a setext heading ("Reporting" underlined with =) counts as a heading', () => {
  const text = md('Driftwood Security', '==================', '', 'Reporting', '=========', '', 'Email security@driftwood.dev.');
  assert.deepEqual(findingsOf(text, 'missing-reporting-section'), []);
});

test('a setext heading underlined with - counts too, and anchors document findings', () => {
  const text = md('Reporting a Vulnerability', '-------------------------', '', 'Email security@driftwood.dev.');
  assert.deepEqual(findingsOf(text, 'missing-reporting-section'), []);
  const [f] = findingsOf(text, 'missing-supported-versions');
  assert.equal(slice(text, f), 'Reporting a Vulnerability\n-------------------------');
});

test('without the underline, "Reporting" is a paragraph, not a heading', () => {
  const text = md('# Driftwood Security', '', 'Reporting', '', 'Email security@driftwood.dev.');
  assert.equal(findingsOf(text, 'missing-reporting-section').length, 1);
});

// ---- HTML comments ----

function policy(...body) {
  return md('# Driftwood Security Policy', '', '## Reporting a Vulnerability', '', ...body);
}

test('a vague promise inside an HTML comment does not fire', () => {
  const text = policy('Email security@driftwood.dev.', '', '<!-- We will respond as soon as possible. -->');
  assert.deepEqual(findingsOf(text, 'vague-sla'), []);
  // Control: the same sentence outside the comment fires.
  assert.equal(findingsOf(policy('Email security@driftwood.dev.', '', 'We will respond as soon as possible.'), 'vague-sla').length, 1);
});

test('a vague promise inside a multi-line or inline comment does not fire', () => {
  const multi = policy('Email security@driftwood.dev.', '', '<!--', 'We will respond as soon as possible.', '-->');
  assert.deepEqual(findingsOf(multi, 'vague-sla'), []);
  const inline = policy('Email security@driftwood.dev. <!-- We will respond promptly. --> We answer within 2 days.');
  assert.deepEqual(findingsOf(inline, 'vague-sla'), []);
});

test('a placeholder inside an HTML comment does not fire', () => {
  const text = policy(
    'Email security@driftwood.dev.',
    '',
    '<!-- Replace {{ SECURITY_CONTACT_EMAIL }} and [INSERT PGP KEY] before publishing. TODO -->',
  );
  assert.deepEqual(findingsOf(text, 'placeholder-text'), []);
  assert.deepEqual(findingsOf(policy('Email security@driftwood.dev.', '', '<!-- old: security@example.com -->'), 'placeholder-email'), []);
  // Control: outside the comment it fires.
  assert.ok(findingsOf(policy('Email {{ SECURITY_CONTACT_EMAIL }}.'), 'placeholder-text').length >= 1);
});

test('an e-mail address only inside an HTML comment is no contact', () => {
  const text = policy('Tell us about problems.', '', '<!-- security@driftwood.dev -->');
  assert.equal(findingsOf(text, 'no-contact').length, 1);
  const inline = policy('Tell us about problems. <!-- security@driftwood.dev -->');
  assert.equal(findingsOf(inline, 'no-contact').length, 1);
});

// ---- code fences ----

test('a "## Reporting" line inside an unclosed code fence is not a heading', () => {
  const text = md('# Driftwood Security', '', 'Email security@driftwood.dev.', '', '```', 'cat <<EOF', '## Reporting', 'EOF');
  assert.equal(findingsOf(text, 'missing-reporting-section').length, 1);
});

test('a "## Reporting" line inside a closed code fence is not a heading either', () => {
  const text = md('# Driftwood Security', '', 'Email security@driftwood.dev.', '', '~~~markdown', '## Reporting', '~~~');
  assert.equal(findingsOf(text, 'missing-reporting-section').length, 1);
});

// ---- e-mail addresses as contacts ----

test('e-mails count as contacts: autolinked <a@b.org>, bare a@b.org, in code spans, in bold or italics', () => {
  for (const line of [
    'Email <security@driftwood.dev>.',
    'Email security@driftwood.dev.',
    'Email <mailto:security@driftwood.dev>.',
    'Email `security@driftwood.dev`.',
    'Email **security@driftwood.dev**.',
    'Email __security@driftwood.dev__.',
    'Email *security@driftwood.dev*.',
  ]) {
    assert.deepEqual(findingsOf(policy(line), 'no-contact'), [], line);
  }
});

test('an address in bold is located exactly (range of placeholder-email)', () => {
  const text = policy('Email **security@example.org**.');
  assert.deepEqual(slicesOf(text, 'placeholder-email'), ['security@example.org']);
});

// ---- links ----

test('a full, a collapsed and a shortcut reference link to a reporting page count as private channels', () => {
  for (const [line, definition] of [
    ['Please [report it privately][form].', '[form]: https://github.com/driftwood/driftwood/security/advisories/new'],
    ['Use [private reporting][].', '[private reporting]: https://github.com/driftwood/driftwood/security/advisories/new'],
    ['Use [HackerOne].', '[HackerOne]: https://hackerone.com/driftwood'],
  ]) {
    assert.deepEqual(findingsOf(policy(line, '', definition), 'no-contact'), [], line);
  }
});

test('the relative link ../../security/advisories/new counts as a private channel', () => {
  const text = policy('Please use [private vulnerability reporting](../../security/advisories/new).');
  assert.deepEqual(findingsOf(text, 'no-contact'), []);
  assert.deepEqual(findingsOf(text, 'public-issue-reporting'), []);
});

test('a reference to an undefined label renders as plain text: no channel', () => {
  const text = policy('Please [report it][nowhere].');
  assert.equal(findingsOf(text, 'no-contact').length, 1);
});

// ---- tables ----

test('a table without leading pipes counts as a version table', () => {
  const text = md(
    '# Driftwood Security',
    '',
    'Version | Supported',
    '--- | ---',
    '1.x | yes',
    '0.x | no',
    '',
    '## Reporting a Vulnerability',
    '',
    'Email security@driftwood.dev.',
  );
  assert.deepEqual(findingsOf(text, 'missing-supported-versions'), []);
});

test('a table with pipes counts as a version table; a text that only looks like one does not', () => {
  const piped = md('# Driftwood Security', '', '| Release | Supported |', '|:--|:-:|', '| 2.x | ✅ |', '', 'Email security@driftwood.dev.');
  assert.deepEqual(findingsOf(piped, 'missing-supported-versions'), []);
  // No delimiter row: GitHub shows a paragraph, not a table.
  const notTable = md('# Driftwood Security', '', 'Version | Supported', '1.x | yes', '', 'Email security@driftwood.dev.');
  assert.equal(findingsOf(notTable, 'missing-supported-versions').length, 1);
});

test('list markers that follow each other on one line nest; beyond 16 the rest is text', () => {
  const deep = `${'- '.repeat(40)}security@sandpiper.dev`;
  const model = core.parsePolicy(md('# P', '', deep));
  // The 17th marker is masked for the parser, so the address is found in the item text.
  assert.deepEqual(
    model.emails.map((e) => e.address),
    ['security@sandpiper.dev'],
  );
  const shallow = core.parsePolicy(md('# P', '', '- - - security@sandpiper.dev'));
  assert.deepEqual(
    shallow.blocks.map((b) => [b.type, b.text]),
    [
      ['heading', 'P'],
      ['paragraph', 'security@sandpiper.dev'],
    ],
  );
});

test('a long thematic break ("* * * …") stays a thematic break: nothing is masked in it', () => {
  const text = md('# P', '', '* '.repeat(40), '', 'After.');
  assert.deepEqual(
    core.parsePolicy(text).blocks.map((b) => b.text),
    ['P', 'After.'],
  );
});
