// @ts-check
'use strict';
// Czech compliance words; the cases are in cases/cs.json.

require('../compliance-harness.js').complianceTestsOf('cs');
