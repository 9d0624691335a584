// @ts-check
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { findingsOf, slicesOf, slice, md } = require('../helpers.js');

const CODE = 'mojibake';

function policy(line) {
  return md('# Heronsgate Security', '', line);
}

function one(line) {
  const text = policy(line);
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1, `expected one ${CODE} for ${JSON.stringify(line)}`);
  return { text, f: findings[0] };
}

test('fires on "‚úÖ" (UTF-8 read as Mac Roman) meant as ✅: range, warning, data, message', () => {
  const { text, f } = one('| 2.x | ‚úÖ |');
  assert.equal(f.severity, 'warning');
  assert.equal(slice(text, f), '‚úÖ');
  assert.equal(f.data.decoded, '✅');
  assert.equal(f.data.codePage, 'Mac OS Roman');
  assert.match(f.message, /"‚úÖ"/);
  assert.match(f.message, /should read "✅"/);
});

test('fires on "‚ùå" meant as ❌', () => {
  const { text, f } = one('| 1.x | ‚ùå |');
  assert.equal(slice(text, f), '‚ùå');
  assert.equal(f.data.decoded, '❌');
});

test('fires on "‚Äô" (Mac Roman) meant as ’', () => {
  const { text, f } = one('We don‚Äôt share reports.');
  assert.equal(slice(text, f), '‚Äô');
  assert.equal(f.data.decoded, '’');
});

test('fires on "â€™" (Windows-1252) meant as ’', () => {
  const { text, f } = one('We donâ€™t share reports.');
  assert.equal(slice(text, f), 'â€™');
  assert.equal(f.data.decoded, '’');
  assert.equal(f.data.codePage, 'Windows-1252');
  assert.match(f.message, /Windows-1252/);
});

test('fires on "Ã©" meant as é, once per occurrence', () => {
  const { text, f } = one('Merci, RenÃ©.');
  assert.equal(slice(text, f), 'Ã©');
  assert.equal(f.data.decoded, 'é');
  const twice = policy('Ã©tÃ© comes after spring.');
  assert.deepEqual(slicesOf(twice, CODE), ['Ã©', 'Ã©']);
  assert.deepEqual(
    findingsOf(twice, CODE).map((x) => x.data.decoded),
    ['é', 'é'],
  );
});

test('a run of garbled characters is one finding with the whole decoded text', () => {
  const { text, f } = one('Ø§Ù„Ø£Ù…Ø§Ù† first.');
  assert.equal(slice(text, f), 'Ø§Ù„Ø£Ù…Ø§Ù†');
  assert.equal(f.data.decoded, 'الأمان');
});

test('fires on "📧" read as Mac Roman, with its lead character', () => {
  const { text, f } = one('Contact \uF8FFüìß security.');
  assert.equal(slice(text, f), '\uF8FFüìß');
  assert.equal(f.data.decoded, '📧');
});

test('fires on "üìß" meant as 📧 (the lead character was lost)', () => {
  const text = policy('Contact üìß security@heronsgate.dev.');
  const findings = findingsOf(text, CODE);
  assert.equal(findings.length, 1);
  assert.equal(slice(text, findings[0]), 'üìß');
  assert.equal(findings[0].data.decoded, '📧');
});

test('silent: real UTF-8 accents, symbols and emoji', () => {
  for (const line of [
    'Café, Müller, naïve, Grüße aus Köln.',
    '| 2.x | ✅ | ⚠️ |',
    '“Quoted” — dashes … ©2026 ® ™ °C ±1 µs £ € ¿Qué? ¡Sí!',
    'über Öl Ñandú',
    'Привет, ελληνικά, עברית',
  ]) {
    assert.deepEqual(slicesOf(policy(line), CODE), [], line);
  }
});

test('silent: Chinese, Japanese and Korean text', () => {
  assert.deepEqual(slicesOf(policy('我们将在48小时内回复。脆弱性は3営業日以内に返信します。48시간 이내에 응답합니다.'), CODE), []);
});
