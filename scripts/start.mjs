// npm start: lint a policy (this repository's own by default) and print its security.txt.

import { spawnSync } from 'node:child_process';

const target = process.argv[2] ?? 'SECURITY.md';
const run = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;
console.log(`== Diagnostics for ${target}`);
const lintStatus = run('lint', target);
console.log(`\n== security.txt implied by ${target}`);
const txtStatus = run('txt', target);
process.exitCode = lintStatus === 2 || txtStatus === 2 ? 2 : lintStatus || 0;
