// @ts-check
'use strict';
// German compliance words; the cases are in cases/de.json.

require('../compliance-harness.js').complianceTestsOf('de');
