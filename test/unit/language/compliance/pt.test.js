// @ts-check
'use strict';
// Portuguese compliance words; the cases are in cases/pt.json.

require('../compliance-harness.js').complianceTestsOf('pt');
