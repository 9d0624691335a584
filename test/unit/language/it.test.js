// @ts-check
'use strict';
// Italian grammar; the cases are in cases/it.json.

require('./harness.js').grammarTestsOf('it');
