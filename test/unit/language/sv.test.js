// @ts-check
'use strict';
// Swedish grammar; the cases are in cases/sv.json.

require('./harness.js').grammarTestsOf('sv');
