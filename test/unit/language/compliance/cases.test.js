// @ts-check
'use strict';
// The compliance tests of every language: one complianceTestsOf(tag) for each cases/<tag>.json
// (the format is in ../compliance-harness.js), so that a new language needs only its case file.

const { COMPLIANCE_TAGS, complianceTestsOf } = require('../compliance-harness.js');

for (const tag of COMPLIANCE_TAGS) complianceTestsOf(tag);
