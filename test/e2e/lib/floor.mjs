// The latency floor: a fixture extension (test/e2e/floor/) whose server answers every pull at
// once. Bundled with esbuild and packaged with vsce into the scratch folder, then installed beside
// the linter, so that one code-server run measures both.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE = join(ROOT, 'test', 'e2e', 'floor');

/** Writes the floor extension's VSIX under `scratch` and returns its path. */
export async function packageFloorExtension(scratch) {
  const dir = join(scratch, 'latency-floor');
  mkdirSync(dir, { recursive: true });
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' };
  await build({ ...common, entryPoints: [join(SOURCE, 'extension.js')], outfile: join(dir, 'extension.js'), external: ['vscode'] });
  await build({ ...common, entryPoints: [join(SOURCE, 'server.js')], outfile: join(dir, 'server.js') });
  // esbuild's service process would outlive the run (the e2e test checks that nothing does).
  await stop();
  copyFileSync(join(SOURCE, 'package.json'), join(dir, 'package.json'));
  writeFileSync(join(dir, 'README.md'), 'A test fixture: the latency floor of the end-to-end tests.\n');
  writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
  const vsix = join(scratch, 'latency-floor.vsix');
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix],
    { cwd: dir, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vsce package (latency floor) failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return vsix;
}
