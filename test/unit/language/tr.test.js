// @ts-check
'use strict';
// Turkish grammar; the cases are in cases/tr.json.

require('./harness.js').grammarTestsOf('tr');
