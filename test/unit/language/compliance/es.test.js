// @ts-check
'use strict';
// Spanish compliance words; the cases are in cases/es.json.

require('../compliance-harness.js').complianceTestsOf('es');
