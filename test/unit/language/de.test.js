// @ts-check
'use strict';
// German grammar; the cases are in cases/de.json.

require('./harness.js').grammarTestsOf('de');
