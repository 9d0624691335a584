// @ts-check
'use strict';
// Integration tests of dist/server.js over stdio. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');
const { LspClient, startServer, SERVER, VERSION, SEVERITY, range } = require('./lsp-client');

const DOCS = 'https://github.com/security-md/security-md/blob/main/docs/rules/';

const { ERROR, WARNING, INFO } = SEVERITY;

// An invented policy: a contact and a reporting section, but no versions, no concrete response
// time, no disclosure policy and a vague promise. No date, so the result does not depend on today.
const POLICY = [
  '# Security Policy', // 0
  '', // 1
  '## Reporting a Vulnerability', // 2
  '', // 3
  'Email security@quillstack.dev. We will respond promptly.', // 4
  '',
].join('\n');

const TITLE = range(0, 0, 0, 17);

/** The findings of POLICY as [code, severity, range], in the server's order. */
const POLICY_FINDINGS = [
  ['missing-disclosure-policy', INFO, TITLE],
  ['missing-response-time', WARNING, TITLE],
  ['missing-supported-versions', WARNING, TITLE],
  ['vague-sla', WARNING, range(4, 47, 4, 55)],
];

// A policy without any contact.
const NO_CONTACT_POLICY = [
  '# Security',
  '',
  '## Reporting a Vulnerability',
  '',
  'Tell a maintainer in person at the next meetup.',
  '',
].join('\n');

const summary = (items) => items.map((d) => [d.code, d.severity, d.range]);
const codes = (items) => items.map((d) => d.code);

function open(client, uri, text, version = 1) {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

async function pull(client, uri) {
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.items;
}

/** A promise that resolves when the test calls `release`: settings the server has to wait for. */
function gate() {
  /** @type {(value?: unknown) => void} */
  let release = () => {};
  const opened = new Promise((resolve) => {
    release = resolve;
  });
  return { opened, release };
}

/** Servers started by a test group, killed in its `after` hook even when a test fails. */
function serverPool() {
  const clients = [];
  return {
    async start(options) {
      const started = await startServer(options);
      clients.push(started.client);
      return started;
    },
    track(client) {
      clients.push(client);
      return client;
    },
    async killAll() {
      await Promise.all(clients.map((c) => c.kill()));
    },
  };
}

/** One server for a test group: started with `options` before its tests and handed to `use`, killed after them. */
function groupServer(options, use) {
  const pool = serverPool();
  before(async () => use(await pool.start(options)));
  after(() => pool.killAll());
}

describe('language server with pull diagnostics', () => {
  let client;
  let initializeResult;
  groupServer(
    {
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
      workspaceFolders: [{ uri: 'file:///tmp/proj', name: 'proj' }],
      settings: () => ({ rules: {} }),
    },
    (started) => ({ client, initializeResult } = started),
  );

  test('initialize announces a diagnostic provider, incremental sync and the server version', () => {
    assert.deepEqual(initializeResult.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
    assert.equal(initializeResult.capabilities.textDocumentSync, 2);
    assert.deepEqual(initializeResult.serverInfo, { name: 'security-md-language-server', version: VERSION });
  });

  test('registers for securityMd configuration changes after initialized', async () => {
    const params = await client.waitForServerRequest('client/registerCapability', () => true, { from: 0 });
    assert.equal(params.registrations.length, 1);
    assert.equal(params.registrations[0].method, 'workspace/didChangeConfiguration');
    assert.deepEqual(params.registrations[0].registerOptions, { section: 'securityMd' });
  });

  test('pulled diagnostics of SECURITY.md: codes, ranges, severities, source and rule links', async () => {
    const uri = 'file:///tmp/proj/SECURITY.md';
    const configRequest = client.waitForServerRequest('workspace/configuration', (p) => p.items[0].scopeUri === uri, { from: 0 });
    open(client, uri, POLICY);
    const items = await pull(client, uri);
    assert.deepEqual(summary(items), POLICY_FINDINGS);
    for (const d of items) {
      assert.equal(d.source, 'security-md');
      assert.equal(d.codeDescription.href, `${DOCS}${d.code}.md`);
      assert.ok(d.codeDescription.href.endsWith(`/docs/rules/${d.code}.md`));
      assert.equal(typeof d.message, 'string');
      assert.ok(d.message.length > 0);
    }
    assert.equal(items[3].message, '"promptly" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".');
    // The settings came from the client, scoped to the document.
    const config = await configRequest;
    assert.deepEqual(config.items, [{ scopeUri: uri, section: 'securityMd' }]);
  });

  test('incremental didChange: diagnostics follow the edited text', async () => {
    const uri = 'file:///tmp/proj/SECURITY.md';
    // Replace "promptly" (line 4, characters 47-55) with a concrete time.
    client.didChange(uri, 2, [{ range: range(4, 47, 4, 55), text: 'within 2 business days' }]);
    const items = await pull(client, uri);
    assert.deepEqual(summary(items), [
      ['missing-disclosure-policy', INFO, TITLE],
      ['missing-supported-versions', WARNING, TITLE],
    ]);
  });

  test('full didChange: diagnostics follow the new text', async () => {
    const uri = 'file:///tmp/proj/SECURITY.md';
    const text = [
      '# Policy', // 0
      '', // 1
      'Write to security@quillstack.dev and expect an answer soon.', // 2: what the reader may expect is promised
      '',
      '## Supported Versions', // 4
      '',
      'Only 3.x. We will publish a fix quickly, and disclose it in an advisory.', // 6
      '',
    ].join('\n');
    client.didChange(uri, 3, [{ text }]);
    const items = await pull(client, uri);
    assert.deepEqual(summary(items), [
      ['missing-reporting-section', WARNING, range(0, 0, 0, 8)],
      ['missing-response-time', WARNING, range(0, 0, 0, 8)],
      ['vague-sla', WARNING, range(2, 54, 2, 58)],
      ['vague-sla', WARNING, range(6, 32, 6, 39)],
    ]);
  });

  test('a document that is not open gets an empty report', async () => {
    assert.deepEqual(await pull(client, 'file:///tmp/proj/.github/never-opened/SECURITY.md'), []);
    assert.deepEqual(await pull(client, 'file:///tmp/proj/docs/SECURITY.md'), []);
  });

  test('only policy locations are linted: README.md and sub/dir/SECURITY.md get nothing', async () => {
    for (const rel of [
      'README.md',
      'sub/dir/SECURITY.md',
      'sub/SECURITY.md',
      'docs/sub/SECURITY.md',
      '.github/x/SECURITY.md',
      'SECURITY.markdown',
    ]) {
      const uri = `file:///tmp/proj/${rel}`;
      open(client, uri, POLICY);
      assert.deepEqual(await pull(client, uri), [], rel);
    }
  });

  test('.github/SECURITY.md, docs/security.md and a lower-case root security.md are linted', async () => {
    for (const rel of ['.github/SECURITY.md', 'docs/security.md', 'Security.md']) {
      const uri = `file:///tmp/proj/${rel}`;
      open(client, uri, POLICY);
      assert.deepEqual(summary(await pull(client, uri)), POLICY_FINDINGS, rel);
    }
  });

  test('a SECURITY.md outside every workspace folder counts as a policy opened on its own', async () => {
    const uri = 'file:///elsewhere/deep/inside/SECURITY.md';
    open(client, uri, POLICY);
    assert.deepEqual(summary(await pull(client, uri)), POLICY_FINDINGS);
  });

  test('positions are UTF-16 code units and CRLF line ends count once', async () => {
    const uri = 'file:///tmp/proj/.github/security.md';
    const text = POLICY.replace('Email', '🔒 Email').replace(/\n/g, '\r\n');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 7, text } });
    const items = await pull(client, uri);
    // "🔒 " is three UTF-16 code units.
    assert.deepEqual(items.find((d) => d.code === 'vague-sla').range, range(4, 50, 4, 58));
  });

  test('didClose then pull: no diagnostics for the closed document', async () => {
    const uri = 'file:///tmp/proj/docs/security.md';
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await pull(client, uri), []);
  });

  test('securityMd/securityTxt gives a security.txt for a policy with an e-mail address', async () => {
    const uri = 'file:///tmp/proj/.github/SECURITY.md';
    const result = await client.request('securityMd/securityTxt', { uri });
    assert.equal(result.reason, undefined);
    assert.deepEqual(result.notes, []);
    const lines = result.text.split('\n');
    assert.match(lines[0], /^# Generated by security-md from SECURITY\.md on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(lines[1], 'Contact: mailto:security@quillstack.dev');
    assert.match(lines[2], /^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(lines[3], 'Preferred-Languages: en');
    assert.equal(lines[4], '');
    assert.equal(lines.length, 5);
    // Expires defaults to 365 days after the generation time in the header.
    const generated = Date.parse(lines[0].slice(lines[0].lastIndexOf(' ') + 1));
    const expires = Date.parse(lines[2].slice('Expires: '.length));
    assert.equal(expires - generated, 365 * 86_400_000);
  });

  test('securityMd/securityTxt gives a reason for a policy without a contact', async () => {
    const uri = 'file:///tmp/proj/docs/SECURITY.md';
    open(client, uri, NO_CONTACT_POLICY);
    const result = await client.request('securityMd/securityTxt', { uri });
    assert.equal(result.text, undefined);
    assert.equal(
      result.reason,
      'The policy names no private reporting channel (a valid e-mail address or an https link to a reporting form), so there is no Contact for a security.txt.',
    );
    assert.deepEqual(result.notes, []);
    // The same document has the no-contact error.
    const items = await pull(client, uri);
    assert.deepEqual(summary(items.filter((d) => d.code === 'no-contact')), [['no-contact', ERROR, range(0, 0, 0, 10)]]);
  });

  test('securityMd/securityTxt for a document that is not open', async () => {
    const result = await client.request('securityMd/securityTxt', { uri: 'file:///tmp/proj/not-open/SECURITY.md' });
    assert.deepEqual(result, { reason: 'The policy is not open in the editor.', notes: [] });
  });

  test('the server is still alive after all of the above', () => {
    assert.equal(client.exitInfo, undefined, client.stderr);
  });
});

describe('language server: securityMd/securityTxt reads the GitHub repository', () => {
  const pool = serverPool();
  let dir;
  after(async () => {
    await pool.killAll();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a policy inside a clone of github.com/acme/widgets gets a Policy line', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-lsp-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(
      path.join(dir, '.git', 'config'),
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/acme/widgets.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
    );
    const folder = pathToFileURL(dir).href;
    const { client } = await pool.start({ workspaceFolders: [{ uri: folder, name: 'widgets' }] });
    const uri = `${folder}/SECURITY.md`;
    open(client, uri, POLICY);
    const result = await client.request('securityMd/securityTxt', { uri });
    assert.match(result.text, /^Contact: mailto:security@quillstack\.dev$/m);
    assert.match(result.text, /^Policy: https:\/\/github\.com\/acme\/widgets\/security\/policy$/m);
  });

  test('securityTxt settings from the client (expiresInDays, policyUrl, canonicalUrl) are applied', async () => {
    const { client } = await pool.start({
      workspaceFolders: [{ uri: 'file:///tmp/txtproj', name: 'txt' }],
      settings: () => ({
        rules: {},
        securityTxt: {
          expiresInDays: 30,
          policyUrl: 'https://quillstack.dev/security',
          canonicalUrl: 'https://quillstack.dev/.well-known/security.txt',
        },
      }),
    });
    const uri = 'file:///tmp/txtproj/SECURITY.md';
    open(client, uri, POLICY);
    const result = await client.request('securityMd/securityTxt', { uri });
    const lines = result.text.split('\n');
    assert.equal(lines[1], 'Contact: mailto:security@quillstack.dev');
    assert.equal(lines[3], 'Preferred-Languages: en');
    assert.equal(lines[4], 'Canonical: https://quillstack.dev/.well-known/security.txt');
    assert.equal(lines[5], 'Policy: https://quillstack.dev/security');
    const generated = Date.parse(lines[0].slice(lines[0].lastIndexOf(' ') + 1));
    const expires = Date.parse(lines[2].slice('Expires: '.length));
    assert.equal(expires - generated, 30 * 86_400_000);
  });
});

describe('language server settings through workspace/configuration', () => {
  const pool = serverPool();
  // Each workspace folder gets its own settings, answered by scopeUri.
  /** @type {Record<string, any>} */
  const SETTINGS = {
    off: { rules: { 'vague-sla': 'off' } },
    severity: { rules: { 'vague-sla': 'error', 'missing-disclosure-policy': 'hint' } },
    wrongType: { rules: { 'vague-sla': 42 } },
    rulesNotObject: { rules: 'vague-sla=off' },
    unknownRule: { rules: { 'no-such-rule': 'off' } },
    notObject: 'off',
    nulls: { rules: { 'vague-sla': null }, stalePolicyMonths: null, securityTxt: null },
  };
  let client;
  let failConfiguration = false;
  after(() => pool.killAll());

  before(async () => {
    ({ client } = await pool.start({
      // A client that can be asked to pull again after a settings change.
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
      workspaceFolders: Object.keys(SETTINGS)
        .map((k) => ({ uri: `file:///tmp/settings/${k}`, name: k }))
        .concat([{ uri: 'file:///tmp/settings/failing', name: 'failing' }]),
      settings: (item) => {
        const key = /^file:\/\/\/tmp\/settings\/([^/]+)\//.exec(item.scopeUri)?.[1];
        if (key === 'failing' && failConfiguration) throw new Error('the test client refuses');
        assert.equal(item.section, 'securityMd');
        return SETTINGS[key] ?? { rules: {} };
      },
    }));
  });

  async function lintIn(key) {
    const uri = `file:///tmp/settings/${key}/SECURITY.md`;
    const logsBefore = client.logMessages().length;
    open(client, uri, POLICY);
    const items = await pull(client, uri);
    return { items, logs: client.logMessages().slice(logsBefore) };
  }

  const warnings = (logs) => logs.filter((l) => l.type === 2).map((l) => l.message);

  /** Lints POLICY under the settings `key`: the default findings, and exactly these warnings logged. */
  async function expectDefaults(key, expectedWarnings) {
    const { items, logs } = await lintIn(key);
    assert.deepEqual(summary(items), POLICY_FINDINGS);
    assert.deepEqual(warnings(logs), expectedWarnings);
  }

  test("rules: {'vague-sla': 'off'} removes vague-sla and logs no warning", async () => {
    const { items, logs } = await lintIn('off');
    assert.deepEqual(
      summary(items),
      POLICY_FINDINGS.filter(([code]) => code !== 'vague-sla'),
    );
    assert.deepEqual(warnings(logs), []);
  });

  test('rule severities can be changed', async () => {
    const { items } = await lintIn('severity');
    assert.deepEqual(summary(items), [
      ['missing-disclosure-policy', 4, TITLE],
      ['missing-response-time', WARNING, TITLE],
      ['missing-supported-versions', WARNING, TITLE],
      ['vague-sla', ERROR, range(4, 47, 4, 55)],
    ]);
  });

  test("rules: {'vague-sla': 42} is ignored with a warning; the default severity stays", async () => {
    await expectDefaults('wrongType', ['securityMd.rules.vague-sla: expected off, hint, info, warning or error; ignored.']);
    assert.equal(client.exitInfo, undefined);
  });

  test('rules that are not an object are ignored with a warning', async () => {
    await expectDefaults('rulesNotObject', ['securityMd.rules must be an object; ignored.']);
  });

  test('an unknown rule code is reported', async () => {
    await expectDefaults('unknownRule', ['securityMd.rules.no-such-rule: no rule has this code; ignored.']);
  });

  test('settings that are not an object: defaults and a warning', async () => {
    await expectDefaults('notObject', ['securityMd settings are not an object; using the defaults.']);
  });

  test('null values mean "not set": defaults and no warning', async () => {
    await expectDefaults('nulls', []);
  });

  test('a failed workspace/configuration request falls back to the defaults', async () => {
    failConfiguration = true;
    const { items } = await lintIn('failing');
    assert.deepEqual(summary(items), POLICY_FINDINGS);
  });

  test('didChangeConfiguration: the server asks again, asks the client to refresh, and applies the new settings', async () => {
    const uri = 'file:///tmp/settings/off/SECURITY.md';
    assert.ok(!codes(await pull(client, uri)).includes('vague-sla'));
    SETTINGS.off = { rules: { 'missing-supported-versions': 'off' } };
    const refresh = client.waitForServerRequest('workspace/diagnostic/refresh');
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await refresh;
    const configAgain = client.waitForServerRequest('workspace/configuration', (p) => p.items[0].scopeUri === uri);
    const items = await pull(client, uri);
    await configAgain;
    assert.deepEqual(
      summary(items),
      POLICY_FINDINGS.filter(([code]) => code !== 'missing-supported-versions'),
    );
  });

  test('the server survived every kind of bad setting', () => {
    assert.equal(client.exitInfo, undefined, client.stderr);
  });
});

describe('language server with a push-only client (no textDocument.diagnostic)', () => {
  let client;
  let initializeResult;
  groupServer(
    {
      capabilities: { textDocument: { publishDiagnostics: {} }, workspace: {} },
      workspaceFolders: [{ uri: 'file:///tmp/pushproj', name: 'push' }],
    },
    (started) => ({ client, initializeResult } = started),
  );

  const isFor = (uri) => (p) => p.uri === uri;

  test('initialize result has no diagnosticProvider', () => {
    assert.equal(initializeResult.capabilities.diagnosticProvider, undefined);
    assert.equal(initializeResult.capabilities.textDocumentSync, 2);
  });

  test('didOpen leads to textDocument/publishDiagnostics', async () => {
    const uri = 'file:///tmp/pushproj/SECURITY.md';
    const published = client.waitForNotification('textDocument/publishDiagnostics', isFor(uri));
    open(client, uri, POLICY);
    const params = await published;
    assert.equal(params.version, 1);
    assert.deepEqual(summary(params.diagnostics), POLICY_FINDINGS);
    for (const d of params.diagnostics) {
      assert.equal(d.source, 'security-md');
      assert.equal(d.codeDescription.href, `${DOCS}${d.code}.md`);
    }
  });

  test('didChange leads to a new publishDiagnostics for the new version', async () => {
    const uri = 'file:///tmp/pushproj/SECURITY.md';
    const published = client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    client.didChange(uri, 2, [{ range: range(4, 47, 4, 55), text: 'within 2 business days' }]);
    const params = await published;
    assert.deepEqual(summary(params.diagnostics), [
      ['missing-disclosure-policy', INFO, TITLE],
      ['missing-supported-versions', WARNING, TITLE],
    ]);
  });

  test('a README.md is published with no diagnostics', async () => {
    const uri = 'file:///tmp/pushproj/README.md';
    const published = client.waitForNotification('textDocument/publishDiagnostics', isFor(uri));
    open(client, uri, POLICY);
    assert.deepEqual((await published).diagnostics, []);
  });

  test('didClose clears the diagnostics', async () => {
    const uri = 'file:///tmp/pushproj/SECURITY.md';
    const published = client.waitForNotification('textDocument/publishDiagnostics', isFor(uri));
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await published).diagnostics, []);
  });

  test('without workspace.configuration the server never asks for settings', () => {
    assert.deepEqual(
      client.serverRequests.map((r) => r.method),
      [],
    );
  });

  test('shutdown then exit: the process exits with code 0', async () => {
    assert.equal(await client.request('shutdown', null), null);
    client.notify('exit');
    const { code, signal } = await client.waitForExit();
    assert.equal(signal, null);
    assert.equal(code, 0, client.stderr);
  });
});

describe('language server: push client with settings, closing while settings are pending', () => {
  const pool = serverPool();
  after(() => pool.killAll());

  test('diagnostics computed for a document closed meanwhile are not published after the clearing []', async () => {
    const { opened, release } = gate();
    const { client } = await pool.start({
      capabilities: { workspace: { configuration: true } },
      workspaceFolders: [{ uri: 'file:///tmp/raceproj', name: 'race' }],
      settings: () => opened.then(() => ({ rules: {} })),
    });
    const uri = 'file:///tmp/raceproj/SECURITY.md';
    const asked = client.waitForServerRequest('workspace/configuration', (p) => p.items[0].scopeUri === uri);
    open(client, uri, POLICY);
    await asked; // the push is under way and waits for the settings
    const cleared = client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
    const answerSent = client.waitForAnswerSent('workspace/configuration', (p) => p.items[0].scopeUri === uri);
    release();
    await answerSent;
    // A round trip after the settings answer: anything the server sends for the closed document
    // because of that answer is sent before this reply.
    await client.request('securityMd/securityTxt', { uri: 'file:///tmp/raceproj/other.md' });
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
    assert.deepEqual(
      published.map((n) => n.params.diagnostics.length),
      [0],
      'the closed document must end with no diagnostics in the client',
    );
  });
});

describe('language server: pull client, reopening while settings are pending', () => {
  const pool = serverPool();
  after(() => pool.killAll());

  test('a document closed and reopened (version 1 again) with new text gets the diagnostics of the new text', async () => {
    const { opened, release } = gate();
    let first = true;
    const { client } = await pool.start({
      workspaceFolders: [{ uri: 'file:///tmp/reopenproj', name: 'reopen' }],
      settings: () => {
        if (!first) return { rules: {} };
        first = false;
        return opened.then(() => ({ rules: {} }));
      },
    });
    const uri = 'file:///tmp/reopenproj/SECURITY.md';
    open(client, uri, POLICY);
    const asked = client.waitForServerRequest('workspace/configuration', (p) => p.items[0].scopeUri === uri);
    const firstPull = client.request('textDocument/diagnostic', { textDocument: { uri } });
    await asked; // linting of POLICY waits for the settings
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const text = '# Other\n\nNothing here.\n';
    open(client, uri, text); // editors start again at version 1
    const answerSent = client.waitForAnswerSent('workspace/configuration', (p) => p.items[0].scopeUri === uri);
    release();
    await answerSent;
    await firstPull;
    const items = await pull(client, uri);
    assert.deepEqual(summary(items), [
      ['missing-disclosure-policy', INFO, range(0, 0, 0, 7)],
      ['missing-reporting-section', WARNING, range(0, 0, 0, 7)],
      ['missing-response-time', WARNING, range(0, 0, 0, 7)],
      ['missing-supported-versions', WARNING, range(0, 0, 0, 7)],
      ['no-contact', ERROR, range(0, 0, 0, 7)],
    ]);
  });
});

describe('language server: workspace folders change', () => {
  const pool = serverPool();
  after(() => pool.killAll());

  test('rootUri is used when workspaceFolders is null', async () => {
    const client = pool.track(new LspClient());
    client.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    await client.request('initialize', {
      processId: process.pid,
      rootUri: 'file:///tmp/rootproj',
      capabilities: { textDocument: { diagnostic: {} } },
      workspaceFolders: null,
    });
    client.notify('initialized', {});
    open(client, 'file:///tmp/rootproj/sub/dir/SECURITY.md', POLICY);
    open(client, 'file:///tmp/rootproj/SECURITY.md', POLICY);
    assert.deepEqual(await pull(client, 'file:///tmp/rootproj/sub/dir/SECURITY.md'), []);
    assert.deepEqual(summary(await pull(client, 'file:///tmp/rootproj/SECURITY.md')), POLICY_FINDINGS);
  });

  test('a folder added with didChangeWorkspaceFolders makes its sub-folder SECURITY.md files non-policies', async () => {
    const { client } = await pool.start({
      capabilities: { textDocument: { diagnostic: {} }, workspace: { workspaceFolders: true } },
      workspaceFolders: [{ uri: 'file:///tmp/first', name: 'first' }],
    });
    const uri = 'file:///tmp/second/sub/dir/SECURITY.md';
    open(client, uri, POLICY);
    // Outside every folder: a policy opened on its own.
    assert.deepEqual(summary(await pull(client, uri)), POLICY_FINDINGS);
    client.notify('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: 'file:///tmp/second', name: 'second' }], removed: [] },
    });
    // Now it is sub/dir/SECURITY.md of a workspace folder.
    assert.deepEqual(await pull(client, uri), []);
  });
});

describe('language server command line', () => {
  test('no arguments: exit code 2 and the usage on stderr', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^Usage: security-md-language-server --stdio \| --node-ipc \| --socket=PORT\n/);
  });

  test('--version prints the version of package.json', () => {
    const r = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${VERSION}\n`);
    assert.equal(r.stderr, '');
  });

  test('--help prints the usage on stderr and exits 0', () => {
    const r = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^Usage: security-md-language-server/);
  });

  test('exit without shutdown: the process exits with code 1', async () => {
    const { client } = await startServer();
    try {
      client.notify('exit');
      const { code } = await client.waitForExit();
      assert.equal(code, 1);
    } finally {
      await client.kill();
    }
  });
});
