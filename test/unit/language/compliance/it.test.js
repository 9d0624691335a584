// @ts-check
'use strict';
// Italian compliance words; the cases are in cases/it.json.

require('../compliance-harness.js').complianceTestsOf('it');
