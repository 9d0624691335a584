// @ts-check
'use strict';
// French compliance words; the cases are in cases/fr.json.

require('../compliance-harness.js').complianceTestsOf('fr');
