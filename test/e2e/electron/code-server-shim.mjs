#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron on a machine where VS Code
// cannot be downloaded: VSCODE_EXECUTABLE=test/e2e/electron/code-server-shim.mjs.
//
// It takes VS Code's command line (--extensionDevelopmentPath=, --extensionTestsPath=,
// --user-data-dir=, --extensions-dir=, a folder), serves VS Code with code-server, opens it in
// Chromium with the same extension-test payload, relays the workbench's automation log, and
// exits with the code the tests report through codeAutomationExit. Needs what
// scripts/e2e-setup.mjs installs. E2E_SHIM_TIMEOUT (seconds, default 600) bounds a run.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { format } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { URLSearchParams } from 'node:url';
import { missingTools } from '../../../scripts/e2e-setup.mjs';
import { freePort, launchChromium, startCodeServer } from '../lib/code-server.mjs';

function parse(argv) {
  const options = {
    extensionDevelopmentPath: [],
    extensionTestsPath: undefined,
    userDataDir: undefined,
    extensionsDir: undefined,
    open: [],
  };
  for (const arg of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m) options.open.push(resolve(arg));
    else if (m[1] === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(resolve(m[2]));
    else if (m[1] === 'extensionTestsPath') options.extensionTestsPath = resolve(m[2]);
    else if (m[1] === 'user-data-dir') options.userDataDir = resolve(m[2]);
    else if (m[1] === 'extensions-dir') options.extensionsDir = resolve(m[2]);
    // Other switches (--no-sandbox, --disable-updates, --skip-welcome, ...) mean nothing here.
  }
  return options;
}

const log = (message) => console.log(`[code-server-shim] ${message}`);

async function main() {
  const options = parse(process.argv.slice(2));
  const missing = missingTools();
  if (missing.length) {
    console.error(`[code-server-shim] missing: ${missing.join('; ')}. Run: node scripts/e2e-setup.mjs`);
    return 1;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'security-md-shim-'));
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  let server;
  let context;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(1));
    });
  }
  try {
    server = await startCodeServer({
      scratch,
      port: await freePort(),
      userDataDir,
      extensionsDir,
      logFile: join(scratch, 'code-server.log'),
    });
    log(`code-server at ${server.url}`);
    context = await launchChromium(scratch);
    const page = context.pages()[0] ?? (await context.newPage());

    let report;
    const exited = new Promise((res) => (report = res));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (type === 'error' || type === 'warn') console.error(`[${type}] ${text}`);
      else console.log(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => report(Number(code)));
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));

    const host = new URL(server.url).host;
    const remote = (path) => `vscode-remote://${host}${path}`;
    const payload = [
      ...options.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ...(options.extensionTestsPath ? [['extensionTestsPath', remote(options.extensionTestsPath)]] : []),
      ['skipWelcome', 'true'],
    ];
    const query = new URLSearchParams();
    if (options.open[0]) query.set(options.open[0].endsWith('.code-workspace') ? 'workspace' : 'folder', options.open[0]);
    query.set('payload', JSON.stringify(payload));
    await page.goto(`${server.url}/?${query}`);

    const seconds = Number(process.env.E2E_SHIM_TIMEOUT) || 600;
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((res) => {
        timer = setTimeout(() => {
          console.error(`[code-server-shim] no result after ${seconds} s: giving up`);
          res(1);
        }, seconds * 1000);
      }),
    ]);
    clearTimeout(timer);
    log(`the tests reported exit code ${code}`);
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[code-server-shim] ${error.stack ?? error}`);
    process.exit(1);
  },
);
