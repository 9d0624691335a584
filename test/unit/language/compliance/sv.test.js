// @ts-check
'use strict';
// Swedish compliance words; the cases are in cases/sv.json.

require('../compliance-harness.js').complianceTestsOf('sv');
