// Starting and stopping code-server (VS Code's workbench served to a browser) and Debian's
// Chromium for the end-to-end tests. Every process started here runs in its own process group
// and is stopped by group, so nothing is left behind, also when a test fails.

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM, codeServerBin } from '../../../scripts/e2e-setup.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: everything it writes goes under `scratch`. */
export function codeServerEnv(scratch) {
  const tmp = join(scratch, 'tmp');
  for (const dir of ['tmp', 'config', 'data']) mkdirSync(join(scratch, dir), { recursive: true });
  const env = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: join(scratch, 'config'),
    XDG_DATA_HOME: join(scratch, 'data'),
    // No gallery: its only outside request.
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
  // Keep the extension host free of the test runner's own switches.
  delete env.NODE_OPTIONS;
  delete env.NODE_TEST_CONTEXT;
  return env;
}

/** `code-server --install-extension`: resolves when it has exited 0. */
export function installExtension({ scratch, userDataDir, extensionsDir, vsix }) {
  const r = spawnSync(
    codeServerBin(),
    ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { env: codeServerEnv(scratch), encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2_000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** The pids of the processes whose process group is `pgid`. */
export function groupMembers(pgid) {
  const r = spawnSync('ps', ['-eo', 'pid=,pgid='], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, group]) => group === pgid && pid > 0)
    .map(([pid]) => pid);
}

/** SIGTERM to the group, SIGKILL to what is still there after `graceMs`; resolves when it is empty. */
export async function stopGroup(pgid, { graceMs = 10_000 } = {}) {
  if (!pgid) return;
  const signal = (name) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupMembers(pgid).length > 0) {
    if (Date.now() > deadline) {
      signal('SIGKILL');
      const hard = Date.now() + 5_000;
      while (groupMembers(pgid).length > 0 && Date.now() < hard) await delay(100);
      break;
    }
    await delay(100);
  }
}

/**
 * Starts code-server on 127.0.0.1:port in its own process group, its output in `logFile`;
 * resolves when /healthz answers. `open` is a folder or .code-workspace file, or nothing.
 */
export async function startCodeServer({ scratch, port, userDataDir, extensionsDir, logFile, open, extraArgs = [] }) {
  const args = [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...extraArgs,
    ...(open ? [open] : []),
  ];
  const log = createWriteStream(logFile);
  const child = spawn(codeServerBin(), args, { env: codeServerEnv(scratch), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited;
  child.on('exit', (code, signal) => (exited = `code-server exited early (${code ?? signal}); see ${logFile}`));
  const pgid = child.pid;
  // Stop the group on any exit of this process, also an unexpected one.
  const onExit = () => {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.on('exit', onExit);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await httpOk(`${url}/healthz`))) {
    if (exited) throw new Error(exited);
    if (Date.now() > deadline) {
      await stopGroup(pgid);
      throw new Error(`code-server did not answer ${url}/healthz within 60 s; see ${logFile}`);
    }
    await delay(100);
  }
  return {
    url,
    pid: pgid,
    async stop() {
      await stopGroup(pgid);
      process.off('exit', onExit);
      log.end();
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile under `scratch`. */
export async function launchChromium(scratch, { args = [] } = {}) {
  const profile = join(scratch, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    viewport: { width: 1600, height: 1000 },
    env: { ...process.env, TMPDIR: join(scratch, 'tmp'), XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') },
  });
  return context;
}

/** Processes whose command line mentions `marker` (a scratch folder), other than this one. */
export function processesMentioning(marker) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      continue;
    }
    if (cmdline.includes(marker)) found.push(`${entry} ${cmdline.slice(0, 200)}`);
  }
  return found;
}
