// @ts-check
'use strict';
// Turkish compliance words; the cases are in cases/tr.json.

require('../compliance-harness.js').complianceTestsOf('tr');
