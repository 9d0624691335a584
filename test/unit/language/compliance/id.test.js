// @ts-check
'use strict';
// Indonesian compliance words; the cases are in cases/id.json.

require('../compliance-harness.js').complianceTestsOf('id');
