// @ts-check
'use strict';
// E-mail addresses: from mailto: links and links to a bare address, in prose outside links, and
// spelled out; start/end select the address itself.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource, md } = require('../helpers.js');
const { blockOf, markdownLayer } = require('./fixtures.js');

const { findEmails, emailsOfLinks, LinkCursor } = loadSource('server/src/core/extract/emails.ts');
const { findLinks } = loadSource('server/src/core/extract/links.ts');

function emailsOf(text) {
  const { trees, blocks, linkScopes } = markdownLayer(text);
  return findEmails(text, findLinks(linkScopes, trees.pieces), blocks);
}
/** [address, source, the source the address covers] */
const summary = (text) => emailsOf(text).map((e) => [e.address, e.source, text.slice(e.start, e.end)]);

test('a mailto: link: the address without its query, located in the link', () => {
  const text = md('[Write to us](mailto:security@tern.dev?subject=Report).');
  const [email] = emailsOf(text);
  assert.deepEqual([email.address, email.source, text.slice(email.start, email.end)], ['security@tern.dev', 'mailto', 'security@tern.dev']);
  assert.equal(email.linkText, 'Write to us');
  assert.equal(text.slice(email.link.start, email.link.end), '[Write to us](mailto:security@tern.dev?subject=Report)');
  assert.equal(email.block.type, 'paragraph');
});

test('an address that is both text and target of its link counts once, as the link', () => {
  const text = md('Mail [security@tern.dev](mailto:security@tern.dev).');
  assert.deepEqual(summary(text), [['security@tern.dev', 'mailto', 'security@tern.dev']]);
  assert.equal(emailsOf(text)[0].start, text.indexOf('security'));
});

test('a link to a bare address, percent escapes decoded, backslash escapes located', () => {
  assert.deepEqual(summary(md('[team](team@tern.dev)')), [['team@tern.dev', 'bare-link', 'team@tern.dev']]);
  assert.deepEqual(summary(md('[mail](mailto:sec%2Bteam@tern.dev)')), [
    ['sec+team@tern.dev', 'mailto', '[mail](mailto:sec%2Bteam@tern.dev)'],
  ]);
  assert.deepEqual(summary(md('[mail](mailto:sec\\_team@tern.dev)')), [['sec_team@tern.dev', 'mailto', 'sec\\_team@tern.dev']]);
});

test('a broken percent escape keeps the raw address', () => {
  const links = [{ url: 'mailto:sec%ZZ@tern.dev', text: 'x', start: 0, end: 30, section: 0 }];
  const [email] = emailsOfLinks(' '.repeat(30), links);
  assert.deepEqual([email.address, email.start, email.end], ['sec%ZZ@tern.dev', 0, 30]);
});

test('addresses in prose, past the escapes of the source', () => {
  const text = md('# Contact', '', 'Write to security@tern.dev or sec\\_team@tern.dev today.');
  assert.deepEqual(summary(text), [
    ['security@tern.dev', 'text', 'security@tern.dev'],
    ['sec_team@tern.dev', 'text', 'sec\\_team@tern.dev'],
  ]);
});

test('spelled-out addresses, unless an address already covers them', () => {
  const text = md('Write to security at tern dot dev or alerts [at] tern.dev.');
  assert.deepEqual(summary(text), [
    ['security@tern.dev', 'obfuscated', 'security at tern dot dev'],
    ['alerts@tern.dev', 'obfuscated', 'alerts [at] tern.dev'],
  ]);
  assert.deepEqual(summary(md('Look at the docs.')), []);
});

test('addresses come ordered by where they start', () => {
  const text = md('First ops@tern.dev.', '', '[later](mailto:later@tern.dev)', '', 'Then sec at tern dot dev.');
  assert.deepEqual(
    emailsOf(text).map((e) => e.address),
    ['ops@tern.dev', 'later@tern.dev', 'sec@tern.dev'],
  );
});

test('LinkCursor: offsets asked in increasing order, links in any order', () => {
  const cursor = new LinkCursor([
    { start: 50, end: 60 },
    { start: 10, end: 40 },
    { start: 20, end: 25 },
  ]);
  assert.deepEqual(
    [5, 10, 24, 39, 40, 55, 60].map((at) => cursor.covers(at)),
    [false, true, true, true, false, true, false],
  );
});

test('a block with no address gives none', () => {
  assert.deepEqual(findEmails('', [], [blockOf('Nothing to see.')]), []);
});
