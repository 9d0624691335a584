// @ts-check
'use strict';
// The product's TypeScript sources, for the tests that read them (posture, regular expressions).

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
/** The folders of product code: the shared layer, the server (with the core) and the client. */
const PRODUCT_DIRS = ['shared', 'server/src', 'client/src'];

/** @param {string} dir @returns {string[]} the .ts files under dir, declarations left out */
function tsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every product source file, absolute. */
function productFiles() {
  return PRODUCT_DIRS.flatMap((d) => tsFiles(path.join(ROOT, d)));
}

module.exports = { ROOT, PRODUCT_DIRS, productFiles };
