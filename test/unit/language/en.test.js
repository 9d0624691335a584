// @ts-check
'use strict';
// English grammar; the cases are in cases/en.json.

require('./harness.js').grammarTestsOf('en');
