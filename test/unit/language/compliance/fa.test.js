// @ts-check
'use strict';
// Persian compliance words; the cases are in cases/fa.json.

require('../compliance-harness.js').complianceTestsOf('fa');
