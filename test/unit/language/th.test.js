// @ts-check
'use strict';
// Thai grammar; the cases are in cases/th.json.

require('./harness.js').grammarTestsOf('th');
