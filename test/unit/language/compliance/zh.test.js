// @ts-check
'use strict';
// Chinese compliance words; the cases are in cases/zh.json.

require('../compliance-harness.js').complianceTestsOf('zh');
