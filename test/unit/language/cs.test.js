// @ts-check
'use strict';
// Czech grammar; the cases are in cases/cs.json.

require('./harness.js').grammarTestsOf('cs');
