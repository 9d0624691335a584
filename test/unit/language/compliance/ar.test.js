// @ts-check
'use strict';
// Arabic compliance words; the cases are in cases/ar.json.

require('../compliance-harness.js').complianceTestsOf('ar');
