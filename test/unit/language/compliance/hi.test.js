// @ts-check
'use strict';
// Hindi compliance words; the cases are in cases/hi.json.

require('../compliance-harness.js').complianceTestsOf('hi');
