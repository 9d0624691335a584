// @ts-check
'use strict';
// French grammar; the cases are in cases/fr.json.

require('./harness.js').grammarTestsOf('fr');
