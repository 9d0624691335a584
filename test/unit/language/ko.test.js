// @ts-check
'use strict';
// Korean grammar; the cases are in cases/ko.json.

require('./harness.js').grammarTestsOf('ko');
