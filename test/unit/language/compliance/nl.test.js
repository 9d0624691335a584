// @ts-check
'use strict';
// Dutch compliance words; the cases are in cases/nl.json.

require('../compliance-harness.js').complianceTestsOf('nl');
