// @ts-check
'use strict';
// Vietnamese grammar; the cases are in cases/vi.json.

require('./harness.js').grammarTestsOf('vi');
