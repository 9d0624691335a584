// @ts-check
'use strict';
// Hindi grammar; the cases are in cases/hi.json, and below the sentences they cannot make.

const { grammarTestsOf } = require('./harness.js');
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { md, slicesOf } = require('../helpers.js');

const { vagueSlices } = grammarTestsOf('hi');

test('hi: "तुरंत" (immediately) and "समय-समय पर" (from time to time) are not vague', () => {
  assert.deepEqual(vagueSlices('हम तुरंत जवाब देंगे।'), []);
  assert.deepEqual(vagueSlices('हम तत्काल सुधार जारी करेंगे।'), []);
  assert.deepEqual(vagueSlices('हम समय-समय पर इस नीति की समीक्षा करेंगे।'), []);
});

test('hi: the nukta and the chandrabindu may be left out or precomposed', () => {
  assert.deepEqual(vagueSlices('हम \u095bल्द से \u095bल्द जवाब देंगे।'.replace(/\u095b/g, 'ज')), ['जल्द से जल्द']);
  assert.deepEqual(vagueSlices('हम तेज\u093cी से जवाब देंगे।'), ['तेज\u093cी से']);
  assert.deepEqual(vagueSlices('हम ते\u095bी से जवाब देंगे।'), ['ते\u095bी से']);
  assert.deepEqual(vagueSlices('मैं जल्द ही जवाब दूंगा।'), ['जल्द ही']);
  assert.deepEqual(vagueSlices('मैं जल्द ही जवाब दूँगा।'), ['जल्द ही']);
});

test('hi: a danda ends the clause before a promise', () => {
  assert.deepEqual(vagueSlices('कृपया रिपोर्ट भेजें। हम जल्द ही जवाब देंगे।'), ['जल्द ही']);
  assert.deepEqual(vagueSlices('हम जवाब देंगे। कृपया जल्द ही रिपोर्ट भेजें।'), []);
});

test('hi: recommendations, wishes and the team as object are no promise', () => {
  assert.deepEqual(vagueSlices('हम अनुशंसा करते हैं कि आप जल्द से जल्द अपडेट करें।'), []);
  assert.deepEqual(vagueSlices('हम चाहते हैं कि आप जल्द से जल्द रिपोर्ट करें।'), []);
  assert.deepEqual(vagueSlices('हमारी टीम को जल्द से जल्द सूचित करें।'), []);
  assert.deepEqual(vagueSlices('जल्दी रिपोर्ट करने के लिए धन्यवाद।'), []);
});

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
