// Runs every test/**/*.test.js with node's built-in runner. Node 20 takes no globs, and given a
// folder it would also run the helpers beside the tests, so the files are listed here.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'e2e' ? [] : testFiles(path);
    return entry.name.endsWith('.test.js') ? [path] : [];
  });
}

const only = process.argv.slice(2);
const roots = only.length > 0 ? only : ['test'];
const files = roots.flatMap((root) => (root.endsWith('.js') ? [root] : testFiles(root))).sort();
const result = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
