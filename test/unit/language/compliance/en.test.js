// @ts-check
'use strict';
// English compliance words; the cases are in cases/en.json.

require('../compliance-harness.js').complianceTestsOf('en');
