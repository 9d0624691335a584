// @ts-check
'use strict';
// Vietnamese compliance words; the cases are in cases/vi.json.

require('../compliance-harness.js').complianceTestsOf('vi');
