// @ts-check
'use strict';
// Dutch grammar; the cases are in cases/nl.json.

require('./harness.js').grammarTestsOf('nl');
