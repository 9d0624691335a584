// @ts-check
'use strict';
// Thai compliance words; the cases are in cases/th.json.

require('../compliance-harness.js').complianceTestsOf('th');
