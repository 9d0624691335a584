// @ts-check
'use strict';
// dist/web/server.js, the language server for VS Code for the Web, in a real web worker: headless
// Chromium loads a page that starts it, and the test speaks LSP to it over postMessage (the
// vscode-jsonrpc browser message format: plain JSON-RPC objects). Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { withTimeout } = require('../lsp/lsp-client');
const { ONE_SECTION_POLICY } = require('../cli/fixtures.js');

const ROOT = path.resolve(__dirname, '../..');
const WORKER_JS = path.join(ROOT, 'dist', 'web', 'server.js');
const CHROMIUM = '/usr/bin/chromium';
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const TIMEOUT = 15_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let skipReason;
let chromium;
if (!fs.existsSync(CHROMIUM)) skipReason = `${CHROMIUM} is missing`;
else {
  try {
    ({ chromium } = require('playwright-core'));
  } catch (error) {
    skipReason = `playwright-core cannot be loaded (${error.message})`;
  }
}
if (!skipReason && !fs.existsSync(WORKER_JS)) skipReason = `${WORKER_JS} is missing: run node scripts/build.mjs`;
if (skipReason) console.log(`# web worker tests skipped: ${skipReason}`);

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>security-md web worker</title>
<script>
  window.worker = new Worker('/server.js');
  window.worker.onmessage = (event) => window.__fromWorker(event.data);
  window.worker.onerror = (event) => window.__workerError(String(event.message));
</script>`;

// An invented policy with a vague promise on line 4 (0-based).
const POLICY = ONE_SECTION_POLICY;

describe('the language server in a web worker', { skip: skipReason }, () => {
  let server;
  let context;
  let page;
  let profile;
  let nextId = 1;
  const pending = new Map();
  const notifications = [];
  const serverRequests = [];
  const waiters = [];
  const workerErrors = [];
  const pageErrors = [];

  function check() {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      const hit = notifications.slice(w.from).find((n) => n.method === w.method && w.predicate(n.params));
      if (hit) {
        waiters.splice(i, 1);
        w.resolve(hit.params);
      }
    }
  }

  function onMessage(message) {
    if (message.method !== undefined && message.id !== undefined) {
      serverRequests.push(message);
      void post({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.method !== undefined) {
      notifications.push(message);
      check();
    } else {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (message.error) p.reject(new Error(`${p.method} failed: ${message.error.message}`));
      else p.resolve(message.result);
    }
  }

  const post = (message) => page.evaluate((m) => globalThis.worker.postMessage(m), message);

  /** A worker that failed (an uncaught error in it) answers nothing: fail its requests at once. */
  function onWorkerError(message) {
    workerErrors.push(message);
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new Error(`the worker failed before answering ${p.method}: ${message}`));
    }
  }

  function request(method, params) {
    if (workerErrors.length > 0) return Promise.reject(new Error(`the worker failed: ${workerErrors.join('; ')}`));
    const id = nextId++;
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    return post({ jsonrpc: '2.0', id, method, params }).then(() => withTimeout(answer, TIMEOUT, `the worker's answer to ${method}`));
  }

  const notify = (method, params) => post({ jsonrpc: '2.0', method, params });

  function waitForNotification(method, predicate = () => true) {
    const promise = new Promise((resolve) => waiters.push({ method, predicate, resolve, from: notifications.length }));
    check();
    return withTimeout(promise, TIMEOUT, `notification ${method}`);
  }

  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else if (req.url === '/server.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        fs.createReadStream(WORKER_JS).pipe(res);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.exposeFunction('__fromWorker', onMessage);
    await page.exposeFunction('__workerError', onWorkerError);
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load', timeout: 30_000 });
  });

  after(async () => {
    if (context) await context.close().catch(() => undefined);
    if (server) await new Promise((resolve) => server.close(resolve));
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  let initializeResult;

  test('initialize: a diagnostic provider and the server name and version', async () => {
    initializeResult = await request('initialize', {
      processId: null,
      rootUri: null,
      clientInfo: { name: 'Visual Studio Code', version: '1.100.0' },
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: true } }, workspace: {} },
      workspaceFolders: null,
    });
    assert.deepEqual(initializeResult.serverInfo, { name: 'security-md-language-server', version: VERSION });
    assert.deepEqual(initializeResult.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
    await notify('initialized', {});
    assert.deepEqual(workerErrors, []);
  });

  test('didOpen file:///w/SECURITY.md, then textDocument/diagnostic: the vague promise', async () => {
    assert.ok(initializeResult, 'initialized');
    const uri = 'file:///w/SECURITY.md';
    await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: POLICY } });
    const status = waitForNotification('securityMd/status', (p) => p.uri === uri);
    const report = await request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    const vague = report.items.filter((d) => d.code === 'vague-sla');
    assert.equal(vague.length, 1);
    assert.deepEqual(vague[0].range, { start: { line: 4, character: 46 }, end: { line: 4, character: 65 } });
    assert.equal(vague[0].severity, 2);
    assert.equal(vague[0].source, 'security-md');
    assert.equal(
      vague[0].message,
      '"as soon as possible" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".',
    );
    assert.ok(vague[0].codeDescription.href.endsWith('/docs/rules/vague-sla.md'));
    assert.deepEqual(
      report.items.map((d) => d.code),
      ['missing-disclosure-policy', 'missing-response-time', 'missing-supported-versions', 'vague-sla'],
    );
    const s = await status;
    assert.equal(s.findings, 4);
    assert.equal(s.errors, 0);
  });

  test('the quick fixes for the vague promise work in the worker too', async () => {
    const uri = 'file:///w/SECURITY.md';
    const report = await request('textDocument/diagnostic', { textDocument: { uri } });
    const vague = report.items.find((d) => d.code === 'vague-sla');
    const actions = await request('textDocument/codeAction', {
      textDocument: { uri },
      range: vague.range,
      context: { diagnostics: [vague], only: ['quickfix'] },
    });
    assert.ok(Array.isArray(actions) && actions.length > 0);
    const edit = actions[0].edit.changes[uri][0];
    assert.deepEqual(edit.range, vague.range);
    assert.match(edit.newText, /within/);
  });

  test('a security.txt in the worker gets RFC 9116 diagnostics', async () => {
    const uri = 'vscode-vfs://github/lanternworks/beacon/.well-known/security.txt';
    await notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'securitytxt', version: 1, text: 'Contact: http://lanternworks.io/report\n' },
    });
    const report = await request('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(
      report.items.map((d) => d.code),
      ['securitytxt/no-expires', 'securitytxt/not-signed', 'securitytxt/not-https'],
    );
  });

  test('a signed security.txt in the worker: the framing is checked; the signature is not read there', async () => {
    const signed = fs.readFileSync(path.join(ROOT, 'test/unit/securitytxt/signed/security.txt'), 'utf8');
    const lines = signed.split('\n');
    const blockLine = lines.indexOf('-----BEGIN PGP SIGNATURE-----') + 2;
    lines[blockLine] = 'A'.repeat(lines[blockLine].length); // unreadable, which only OpenPGP.js would tell
    const uri = 'vscode-vfs://github/lanternworks/beacon/static/.well-known/security.txt';
    await notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'securitytxt', version: 1, text: `\n${lines.join('\n')}` },
    });
    const report = await request('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(
      report.items.map((d) => [d.code, d.range.start.line]),
      [['securitytxt/signature-format', 0]],
    );
  });

  test('the create-policy requests are answered in the worker too (the web client asks them)', async () => {
    assert.deepEqual(await request('securityMd/checkEmail', { address: 'security@lanternworks.con' }), {
      problem: '".con" is not a top-level domain (".com" was probably meant)',
      placeholder: false,
    });
    assert.deepEqual(await request('securityMd/checkEmail', { address: 'you@example.com' }), { placeholder: true });
    assert.deepEqual(await request('securityMd/versionsFromTags', { tags: ['v1.2.0', 'v3.1.0'] }), {
      versions: [
        { version: '3.x', supported: true },
        { version: '< 3.0', supported: false },
      ],
    });
    const answers = { githubAdvisories: false, email: 'security@lanternworks.io', disclosureDays: 60 };
    const { text } = await request('securityMd/createPolicy', answers);
    const core = require(path.join(ROOT, 'dist', 'core.js'));
    assert.equal(text, core.createPolicy(answers));
    const { profiles } = await request('securityMd/profiles', {});
    assert.deepEqual(
      profiles.map((p) => p.id),
      core.PROFILE_IDS,
    );
    const withProfiles = { ...answers, profiles: ['cra-manufacturer', 'cisa-bod-20-01'] };
    assert.equal((await request('securityMd/createPolicy', withProfiles)).text, core.createPolicy(withProfiles));
  });

  test('the compliance requests are answered in the worker too (the web client asks them)', async () => {
    const core = require(path.join(ROOT, 'dist', 'core.js'));
    const { profiles, fromConfigFile } = await request('securityMd/profiles', { uri: 'file:///w/SECURITY.md' });
    assert.deepEqual(
      profiles.map((p) => p.id),
      core.PROFILE_IDS,
    );
    assert.deepEqual(fromConfigFile, [], 'no config file on the web');
    // This client sends no settings, so no profile is selected.
    const report = await request('securityMd/complianceReport', { uri: 'file:///w/SECURITY.md' });
    assert.deepEqual(report.profiles, []);
    assert.match(report.markdown, /^## No compliance profile is selected\n/);
  });

  test('no errors in the worker or the page', () => {
    assert.deepEqual(workerErrors, []);
    assert.deepEqual(pageErrors, []);
  });

  test('shutdown is answered', async () => {
    assert.equal(await request('shutdown', null), null);
  });
});
