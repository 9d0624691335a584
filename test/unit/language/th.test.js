// @ts-check
'use strict';
// Thai grammar; the cases are in cases/th.json, and below the sentences they cannot make.

const { grammarTestsOf } = require('./harness.js');

const { vagueSlices } = grammarTestsOf('th');

const { test } = require('node:test');
const assert = require('node:assert/strict');

test('th: a space after an address still ends the phrase that asks', () => {
  assert.deepEqual(vagueSlices('กรุณาส่งอีเมลไปที่ security@acme-widgets.dev เราจะตอบกลับโดยเร็วที่สุด'), ['โดยเร็วที่สุด']);
  assert.deepEqual(vagueSlices('หากพบช่องโหว่ กรุณาติดต่อเราโดยเร็ว'), []);
});
