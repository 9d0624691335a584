'use strict';
// Runs the Mocha suite in ./suite inside a real VS Code extension host with @vscode/test-electron.
//
// VSCODE_EXECUTABLE=path: use that VS Code (or a stand-in such as ./code-server-shim.mjs, which
// serves the same thing through code-server and Chromium). Otherwise @vscode/test-electron
// downloads VS Code; where that is impossible (no internet) this says why and exits 0.
//
//   node test/e2e/electron/runTest.js
//   VSCODE_EXECUTABLE=test/e2e/electron/code-server-shim.mjs node test/e2e/electron/runTest.js

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { runTests, downloadAndUnzipVSCode } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '../../..');

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js')) || !fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }

  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE ? path.resolve(process.env.VSCODE_EXECUTABLE) : undefined;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ timeout: 20_000 });
    } catch (error) {
      console.log(`SKIPPED: @vscode/test-electron could not download VS Code: ${error.message ?? error}`);
      console.log('Set VSCODE_EXECUTABLE to a VS Code binary, or to test/e2e/electron/code-server-shim.mjs to run in code-server.');
      return 0;
    }
  }

  // A fresh profile and a copy of the workspace: nothing of an earlier run carries over.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-electron-'));
  try {
    const workspace = path.join(scratch, 'workspace');
    fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`The extension tests failed: ${error.message ?? error}`);
    process.exitCode = 1;
  },
);
