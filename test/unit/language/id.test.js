// @ts-check
'use strict';
// Indonesian grammar; the cases are in cases/id.json.

require('./harness.js').grammarTestsOf('id');
