'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { core, NOW, slice } = require('../helpers.js');

const CODE = 'securitytxt/multiple-preferred-languages';

function txt(...lines) {
  return lines.join('\n') + '\n';
}

function lintTxt(text, opts = {}) {
  return core.lintSecurityTxt(text, { now: NOW, ...opts });
}

function findingsOf(text, opts = {}) {
  return lintTxt(text, opts).filter((f) => f.code === CODE);
}

/** Applies the preferred fix of a finding: its edits are offsets into `text`. */
function applyPreferred(text, finding) {
  const fix = finding.fixes.find((f) => f.isPreferred) ?? finding.fixes[0];
  return [...fix.edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

const CONTACT = 'Contact: https://moorhen-bikes.dev/report';
const EXPIRES = 'Expires: 2027-06-30T23:59:59Z';

test('fires on the second Preferred-Languages: error, the whole line, message says to merge them', () => {
  const text = txt(CONTACT, EXPIRES, 'Preferred-Languages: en, nl', 'Preferred-Languages: de');
  const findings = findingsOf(text);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f.severity, 'error');
  assert.equal(slice(text, f), 'Preferred-Languages: de');
  assert.match(f.message, /may appear only once: list every language in the first one, comma-separated, and remove this line/);
});

test('the fix removes the extra line; the finding is gone', () => {
  const text = txt(CONTACT, 'Preferred-Languages: en', EXPIRES, 'preferred-languages: fr', '# end');
  const [f] = findingsOf(text);
  assert.equal(slice(text, f), 'preferred-languages: fr');
  const fixed = applyPreferred(text, f);
  assert.equal(fixed, txt(CONTACT, 'Preferred-Languages: en', EXPIRES, '# end'));
  assert.deepEqual(lintTxt(fixed), []);
});

test('silent: one field listing several languages', () => {
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES, 'Preferred-Languages: en, nl, de, fr')), []);
  assert.deepEqual(findingsOf(txt(CONTACT, EXPIRES)), []);
});
