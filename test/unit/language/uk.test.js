// @ts-check
'use strict';
// Ukrainian grammar; the cases are in cases/uk.json.

require('./harness.js').grammarTestsOf('uk');
