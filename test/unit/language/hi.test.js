// @ts-check
'use strict';
// Hindi grammar; the cases are in cases/hi.json; below, the lists they cannot write.

const { grammarTestsOf } = require('./harness.js');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, slicesOf } = require('../helpers.js');

grammarTestsOf('hi');

test('hi: list items under a promise lead-in are promises; under conditions on the reporter they are not', () => {
  const promised = md('# Acme', '', 'security@acme-widgets.dev', '', 'हमारी प्रक्रिया:', '', '- त्वरित प्रतिक्रिया', '- सुधार का प्रकाशन');
  assert.deepEqual(slicesOf(promised, 'vague-sla'), ['त्वरित']);
  const conditions = md(
    '# Acme',
    '',
    'security@acme-widgets.dev',
    '',
    'हम उन शोधकर्ताओं पर कानूनी कार्रवाई नहीं करेंगे जो:',
    '',
    '- भेद्यता की जल्द से जल्द रिपोर्ट करते हैं',
  );
  assert.deepEqual(slicesOf(conditions, 'vague-sla'), []);
});
