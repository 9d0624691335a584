// @ts-check
'use strict';
// Russian compliance words; the cases are in cases/ru.json.

require('../compliance-harness.js').complianceTestsOf('ru');
