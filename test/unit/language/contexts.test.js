// @ts-check
'use strict';
// The context words of every language pack: `responseContext` is about hearing back from the
// project, `fix` about repairing the flaw, and releasing or publishing belongs to `disclosure`
// alone. A sentence that promises a fix ("we will release a patch within 30 days") is no
// response time, so no word of it may be a response word. The sentences are in contexts.json.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadSource } = require('../helpers.js');

const { PACKS } = loadSource('server/src/core/language/packs/index.ts');

/** The matcher of one field of one pack, as grammar.ts builds it (word boundaries in spaced packs). */
function matcher(pack, sources) {
  const body = `(?:${sources.join('|')})`;
  return new RegExp(pack.spaced ? `(?<![\\p{L}\\p{M}\\p{N}_])${body}(?![\\p{L}\\p{M}\\p{N}_])` : body, 'iu');
}

/** { language: { reply, fix, disclosure } }: hearing back; repairing, released or not; publishing what was fixed. */
const SENTENCES = JSON.parse(fs.readFileSync(path.join(__dirname, 'contexts.json'), 'utf8')).sentences;

test('every language has context sentences, and every pack has fix words', () => {
  assert.deepEqual(Object.keys(SENTENCES).sort(), PACKS.map((p) => p.tag).sort());
  for (const pack of PACKS) assert.ok(pack.fix.length > 0, `${pack.tag}: no fix words`);
});

for (const pack of PACKS) {
  const sentences = SENTENCES[pack.tag];
  if (!sentences) continue;
  const response = matcher(pack, pack.responseContext);
  const fix = matcher(pack, pack.fix);
  const disclosure = matcher(pack, pack.disclosure);

  test(`${pack.tag}: replies are response context`, () => {
    const wrong = sentences.reply.filter((s) => !response.test(s));
    assert.deepEqual(wrong, []);
  });

  test(`${pack.tag}: fixes are fix words and no response context`, () => {
    const wrong = sentences.fix
      .map((s) => [s, fix.test(s) ? '' : 'no fix word', response.test(s) ? `response word "${response.exec(s)[0]}"` : ''])
      .filter(([, a, b]) => a || b);
    assert.deepEqual(wrong, []);
  });

  test(`${pack.tag}: publishing is disclosure, no response context nor fix`, () => {
    const wrong = sentences.disclosure
      .map((s) => [
        s,
        disclosure.test(s) ? '' : 'no disclosure word',
        response.test(s) ? `response word "${response.exec(s)[0]}"` : '',
        fix.test(s) ? `fix word "${fix.exec(s)[0]}"` : '',
      ])
      .filter(([, a, b, c]) => a || b || c);
    assert.deepEqual(wrong, []);
  });
}
