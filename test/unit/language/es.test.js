// @ts-check
'use strict';
// Spanish grammar; the cases are in cases/es.json.

require('./harness.js').grammarTestsOf('es');
