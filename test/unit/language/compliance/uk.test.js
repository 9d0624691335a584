// @ts-check
'use strict';
// Ukrainian compliance words; the cases are in cases/uk.json.

require('../compliance-harness.js').complianceTestsOf('uk');
