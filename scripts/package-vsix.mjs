// The VSIX, packaged by vsce from a staging copy of the project. package.json's "files" says what
// the npm package holds (the command line and the core); .vscodeignore says what the VSIX holds
// (the extension). vsce refuses a "files" list beside a .vscodeignore, so the copy it packages has
// package.json without "files", and the files .vscodeignore lets in.
//
//   node scripts/package-vsix.mjs ls                 list what the VSIX holds
//   node scripts/package-vsix.mjs package -o FILE    build minified, then write the VSIX

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/** The paths .vscodeignore lets in ("**" then "!path" lines): folders, files and one-level globs. */
function allowedPaths() {
  const lines = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'));
  return lines.flatMap((line) => {
    const pattern = line.slice(1).replace(/\/\*\*$/, '');
    if (!pattern.includes('*')) return existsSync(join(ROOT, pattern)) ? [pattern] : [];
    const dir = dirname(pattern);
    const name = new RegExp(
      `^${basename(pattern)
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')}$`,
    );
    return readdirSync(join(ROOT, dir))
      .filter((n) => name.test(n))
      .map((n) => (dir === '.' ? n : `${dir}/${n}`));
  });
}

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'security-md-vsix-stage-'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete pkg.files;
  // The minified build has run in the project already; the copy has no sources to build from.
  delete pkg.scripts['vscode:prepublish'];
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  cpSync(join(ROOT, '.vscodeignore'), join(dir, '.vscodeignore'));
  for (const p of allowedPaths()) if (p !== 'package.json') cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

function run(args, cwd) {
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'ls' && command !== 'package') {
  console.error('usage: node scripts/package-vsix.mjs ls | package [-o FILE]');
  process.exit(2);
}
if (command === 'package') run([join(ROOT, 'scripts', 'build.mjs'), '--minify'], ROOT);
const out =
  rest[0] === '-o' && rest[1] ? resolve(rest[1]) : join(ROOT, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).name}.vsix`);
const dir = stage();
try {
  run([VSCE, command, '--no-dependencies', ...(command === 'package' ? ['-o', out] : [])], dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
