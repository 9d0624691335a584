// @ts-check
'use strict';
// Portuguese grammar; the cases are in cases/pt.json.

require('./harness.js').grammarTestsOf('pt');
