// @ts-check
'use strict';
// Polish compliance words; the cases are in cases/pl.json.

require('../compliance-harness.js').complianceTestsOf('pl');
