// @ts-check
'use strict';
// Korean compliance words; the cases are in cases/ko.json.

require('../compliance-harness.js').complianceTestsOf('ko');
