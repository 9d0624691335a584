// @ts-check
'use strict';
// Japanese compliance words; the cases are in cases/ja.json.

require('../compliance-harness.js').complianceTestsOf('ja');
