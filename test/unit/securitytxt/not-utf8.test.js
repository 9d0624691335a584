// @ts-check
'use strict';
// securitytxt/not-utf8: characters a decoder could not read (U+FFFD), one finding per line, and a
// whole file read from another encoding (sourceEncoding, set by the command line).

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, slice, txt, lintTxt } = require('../helpers.js');

const CODE = 'securitytxt/not-utf8';
const bad = (text, opts) => lintTxt(text, opts).filter((f) => f.code === CODE);
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';
const MESSAGE =
  'These bytes are not UTF-8 (shown as "\uFFFD"); RFC 9116 requires UTF-8: save the file as UTF-8 and retype the characters they stood for.';

test('a run of replacement characters is one error on exactly that run, with no fix', () => {
  const text = txt('# S\uFFFD\uFFFDcurity team', 'Contact: https://pelican-ops.dev/report', EXPIRES);
  const [f, ...rest] = bad(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), '\uFFFD\uFFFD');
  assert.equal(f.message, MESSAGE);
  assert.deepEqual(f.fixes ?? [], []);
});

test('one finding per line, however many runs it has; each line that has one is reported', () => {
  const text = txt('# Caf\uFFFD and th\uFFFD', 'Contact: https://pelican-ops.dev/r\uFFFDport', EXPIRES, '# \uFFFD');
  assert.deepEqual(
    bad(text).map((f) => slice(text, f)),
    ['\uFFFD', '\uFFFD', '\uFFFD'],
  );
  assert.deepEqual(
    bad(text).map((f) => core.lineStartsOf(text).filter((start) => start <= f.start).length - 1),
    [0, 1, 3],
  );
});

test('a file read from UTF-16 gets one error on its first line naming the encoding', () => {
  const text = txt('Contact: https://pelican-ops.dev/report', EXPIRES);
  for (const encoding of ['UTF-16LE', 'UTF-16BE']) {
    const [f, ...rest] = bad(text, { sourceEncoding: encoding });
    assert.deepEqual(rest, []);
    assert.equal(slice(text, f), 'Contact: https://pelican-ops.dev/report');
    assert.equal(f.message, `The file is encoded as ${encoding}; RFC 9116 requires UTF-8: save it as UTF-8 without a byte order mark.`);
  }
});

test('silent on UTF-8 text in any script, and when the source encoding is UTF-8', () => {
  const text = txt('# Équipe sécurité — セキュリティ — فريق الأمن', 'Contact: https://pelican-ops.dev/report', EXPIRES);
  assert.deepEqual(bad(text), []);
  assert.deepEqual(bad(text, { sourceEncoding: 'UTF-8' }), []);
});
