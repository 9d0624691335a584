// @ts-check
'use strict';
// Russian grammar; the cases are in cases/ru.json.

require('./harness.js').grammarTestsOf('ru');
