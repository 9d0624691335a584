// @ts-check
'use strict';
// .securitymd.json: the CLI (`lint --format json`) and the language server over stdio read it the
// same way and give identical findings; the server rereads it on workspace/didChangeWatchedFiles.
// The schema in schemas/ lists every rule. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { LspClient, ROOT } = require('./lsp-client');
const { ONE_SECTION_POLICY, runCliSync } = require('../cli/fixtures.js');

const core = require(path.join(ROOT, 'dist', 'core.js'));
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const CONFIG = '.securitymd.json';
const PULL = { textDocument: { diagnostic: {} }, workspace: { configuration: true } };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "Month YYYY", `months` months before today: the CLI and the server both judge it against now. */
function monthsAgo(months) {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

// An invented policy: 3 warnings (one a vague promise), an info, and a date 18 months back.
const POLICY = `${ONE_SECTION_POLICY}\nLast updated: ${monthsAgo(18)}\n`;

const DEFAULT_CODES = ['missing-disclosure-policy', 'missing-response-time', 'missing-supported-versions', 'vague-sla', 'stale-policy'];

let tmp;
const clients = [];
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-config-'));
});
after(async () => {
  await Promise.all(clients.map((c) => c.kill()));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

let counter = 0;
/** A new folder under tmp holding files (relative path -> content); '.git/' entries make folders. */
function project(files) {
  const dir = path.join(tmp, `p${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    if (rel.endsWith('/')) {
      fs.mkdirSync(file, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

function cli(file) {
  const r = runCliSync(['lint', '--format', 'json', path.basename(file)], { cwd: path.dirname(file) });
  const results = JSON.parse(r.stdout);
  assert.equal(results.length, 1);
  return { status: r.status, stderr: r.stderr, findings: results[0].findings };
}

/**
 * A server over stdio whose workspace folder is `folder`; workspace/configuration gets {}.
 * @param {string} folder
 * @param {{ capabilities?: object, onRefresh?: (params: unknown) => unknown }} [options]
 */
async function server(folder, { capabilities = PULL, onRefresh } = {}) {
  const client = new LspClient();
  clients.push(client);
  client.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  if (onRefresh) client.onRequest('workspace/diagnostic/refresh', onRefresh);
  const uri = pathToFileURL(folder).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri: uri,
    capabilities,
    workspaceFolders: [{ uri, name: path.basename(folder) }],
  });
  client.notify('initialized', {});
  return client;
}

function open(client, file, text = fs.readFileSync(file, 'utf8')) {
  const uri = pathToFileURL(file).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return uri;
}

async function pull(client, uri) {
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.items.map((d) => ({ code: d.code, severity: SEVERITY[d.severity], message: d.message, range: d.range }));
}

/** Lints `file` with the CLI and with a server whose folder is `folder`; asserts they agree. */
async function both(folder, file) {
  const fromCli = cli(file);
  const client = await server(folder);
  const fromServer = await pull(client, open(client, file));
  assert.deepEqual(fromServer, fromCli.findings, 'the server and the CLI give identical findings');
  return { cli: fromCli, server: fromServer, client };
}

const codes = (findings) => findings.map((f) => f.code);
const find = (findings, code) => findings.find((f) => f.code === code);

describe('.securitymd.json: the CLI and the server agree', () => {
  test('no config file: the defaults', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY });
    const r = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.deepEqual(codes(r.cli.findings), DEFAULT_CODES);
    assert.equal(r.cli.stderr, '');
  });

  test('a rule turned off', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off' } }) });
    const r = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.deepEqual(
      codes(r.cli.findings),
      DEFAULT_CODES.filter((c) => c !== 'vague-sla'),
    );
  });

  test('severities changed, up and down', async () => {
    const config = { rules: { 'missing-supported-versions': 'error', 'missing-disclosure-policy': 'hint', 'vague-sla': 'info' } };
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: JSON.stringify(config) });
    const r = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.equal(find(r.cli.findings, 'missing-supported-versions').severity, 'error');
    assert.equal(find(r.cli.findings, 'missing-disclosure-policy').severity, 'hint');
    assert.equal(find(r.cli.findings, 'vague-sla').severity, 'info');
    assert.equal(r.cli.status, 1, 'an error now: the CLI exits 1');
  });

  test('stalePolicyMonths: 24 silences an 18-month-old date, 6 keeps it', async () => {
    const quiet = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: JSON.stringify({ stalePolicyMonths: 24 }) });
    const r1 = await both(quiet, path.join(quiet, 'SECURITY.md'));
    assert.equal(find(r1.cli.findings, 'stale-policy'), undefined);
    const loud = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: JSON.stringify({ stalePolicyMonths: 6 }) });
    const r2 = await both(loud, path.join(loud, 'SECURITY.md'));
    assert.ok(find(r2.cli.findings, 'stale-policy'));
  });

  test('the README example config (rules, stalePolicyMonths, securityTxt) is read by both', async () => {
    const config = {
      rules: { 'stale-policy': 'off', 'vague-sla': 'error', 'securitytxt/no-encryption': 'off' },
      stalePolicyMonths: 24,
      securityTxt: { expiresInDays: 180, canonicalUrl: 'https://lanternworks.io/.well-known/security.txt' },
    };
    const dir = project({ '.git/': '', '.github/SECURITY.md': POLICY, [CONFIG]: JSON.stringify(config) });
    const r = await both(dir, path.join(dir, '.github', 'SECURITY.md'));
    assert.equal(find(r.cli.findings, 'stale-policy'), undefined);
    assert.equal(find(r.cli.findings, 'vague-sla').severity, 'error');
    assert.equal(r.cli.stderr, '', 'a valid config gives no warnings');
  });

  test("a nested folder's nearer config wins over the one at the root", async () => {
    const dir = project({
      '.git/': '',
      [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off', 'missing-response-time': 'off' } }),
      'docs/SECURITY.md': POLICY,
      [`docs/${CONFIG}`]: JSON.stringify({ rules: { 'vague-sla': 'error' } }),
    });
    const r = await both(dir, path.join(dir, 'docs', 'SECURITY.md'));
    assert.equal(find(r.cli.findings, 'vague-sla').severity, 'error', 'the nearer file decides vague-sla');
    // Only the nearest file counts: the root's settings do not cascade into docs/.
    assert.ok(find(r.cli.findings, 'missing-response-time'), 'the root config is not read at all');
    // The root policy still gets the root's config.
    fs.writeFileSync(path.join(dir, 'SECURITY.md'), POLICY);
    const root = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.equal(find(root.cli.findings, 'vague-sla'), undefined);
    assert.equal(find(root.cli.findings, 'missing-response-time'), undefined);
  });

  test('invalid JSON: a warning naming the file (CLI stderr, server window/logMessage) and the defaults', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: '{ "rules": { "vague-sla": "off", } ' });
    const configPath = path.join(dir, CONFIG);
    const r = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.deepEqual(codes(r.cli.findings), DEFAULT_CODES);
    const lines = r.cli.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, r.cli.stderr);
    assert.ok(lines[0].includes(configPath), lines[0]);
    assert.match(lines[0], /^security-md: warning: .*not valid JSON.*ignored/);
    const warnings = r.client.logMessages().filter((m) => m.message.includes(configPath));
    assert.ok(warnings.length >= 1, JSON.stringify(r.client.logMessages()));
    assert.equal(warnings[0].type, 2, 'logged as a warning');
    assert.match(warnings[0].message, /not valid JSON/);
  });

  test('values of the wrong kind: warnings from both, the rest of the file still applies', async () => {
    const config = { rules: { 'no-such-rule': 'off', 'vague-sla': 'loud', 'missing-response-time': 'off' }, stalePolicyMonths: 'soon' };
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY, [CONFIG]: JSON.stringify(config) });
    const r = await both(dir, path.join(dir, 'SECURITY.md'));
    assert.deepEqual(
      codes(r.cli.findings),
      DEFAULT_CODES.filter((c) => c !== 'missing-response-time'),
    );
    for (const word of ['no-such-rule', 'vague-sla', 'stalePolicyMonths']) {
      assert.match(r.cli.stderr, new RegExp(`warning: .*${word}`), word);
      assert.ok(
        r.client.logMessages().some((m) => m.type === 2 && m.message.includes(word)),
        `server warns about ${word}`,
      );
    }
  });

  test('a .git folder ends the search: a config above the repository root is ignored', async () => {
    const outer = project({ [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off' } }), 'repo/.git/': '', 'repo/SECURITY.md': POLICY });
    const repo = path.join(outer, 'repo');
    const r = await both(repo, path.join(repo, 'SECURITY.md'));
    assert.ok(find(r.cli.findings, 'vague-sla'), 'the config above .git is not read');
  });

  test(".git ends the server's search even below the workspace folder", async () => {
    // The workspace folder holds the config; docs/ is a repository of its own (docs/.git).
    const outer = project({ [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off' } }), 'docs/.git/': '', 'docs/SECURITY.md': POLICY });
    const r = await both(outer, path.join(outer, 'docs', 'SECURITY.md'));
    assert.ok(find(r.server, 'vague-sla'));
    // Without docs/.git, the same layout reads the folder's config.
    const plain = project({ '.git/': '', [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off' } }), 'docs/SECURITY.md': POLICY });
    const r2 = await both(plain, path.join(plain, 'docs', 'SECURITY.md'));
    assert.equal(find(r2.server, 'vague-sla'), undefined);
  });

  test('a .git file (a submodule or worktree) ends the search too', async () => {
    const outer = project({
      [CONFIG]: JSON.stringify({ rules: { 'vague-sla': 'off' } }),
      '.github/.git': 'gitdir: ../.git/modules/community\n',
      '.github/SECURITY.md': POLICY,
    });
    const r = await both(outer, path.join(outer, '.github', 'SECURITY.md'));
    assert.ok(find(r.cli.findings, 'vague-sla'));
  });

  test('a security.txt is configured by the same file', async () => {
    const txt = 'Contact: mailto:sec@lanternworks.io\nExpires: 2099-01-01T00:00:00Z\n';
    const dir = project({
      '.git/': '',
      '.well-known/security.txt': txt,
      [CONFIG]: JSON.stringify({ rules: { 'securitytxt/no-encryption': 'error', 'securitytxt/long-expiry': 'off' } }),
    });
    const file = path.join(dir, '.well-known', 'security.txt');
    const fromCli = cli(file);
    const client = await server(dir);
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'securitytxt', version: 1, text: txt } });
    const fromServer = await pull(client, uri);
    assert.deepEqual(fromServer, fromCli.findings);
    assert.deepEqual(
      fromCli.findings.map((f) => [f.code, f.severity]),
      [
        ['securitytxt/not-signed', 'hint'],
        ['securitytxt/no-encryption', 'error'],
      ],
    );
  });
});

describe('.securitymd.json changes reach the server (workspace/didChangeWatchedFiles)', () => {
  const REFRESH_CAPS = {
    textDocument: { diagnostic: { dynamicRegistration: false } },
    workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
  };

  test('created, changed, deleted: a refresh request each time, and the next pull follows the file', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY });
    const file = path.join(dir, 'SECURITY.md');
    const configPath = path.join(dir, CONFIG);
    const configUri = pathToFileURL(configPath).href;
    const client = await server(dir, { capabilities: REFRESH_CAPS });
    const uri = open(client, file);
    assert.deepEqual(await pull(client, uri), cli(file).findings);

    /** @type {[number, string | undefined, (f: any) => void][]} */
    const steps = [
      [1, JSON.stringify({ rules: { 'vague-sla': 'off' } }), (f) => assert.equal(find(f, 'vague-sla'), undefined)],
      [
        2,
        JSON.stringify({ rules: { 'vague-sla': 'error' }, stalePolicyMonths: 36 }),
        (f) => {
          assert.equal(find(f, 'vague-sla').severity, 'error');
          assert.equal(find(f, 'stale-policy'), undefined);
        },
      ],
      [3, undefined, (f) => assert.deepEqual(codes(f), DEFAULT_CODES)],
    ];
    for (const [type, content, check] of steps) {
      if (content === undefined) fs.rmSync(configPath);
      else fs.writeFileSync(configPath, content);
      const refresh = client.waitForServerRequest('workspace/diagnostic/refresh');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type }] });
      await refresh;
      const items = await pull(client, uri);
      check(items);
      assert.deepEqual(items, cli(file).findings, `after change type ${type}, the server agrees with the CLI`);
    }
  });

  test("a change to a nested folder's config is picked up too", async () => {
    const dir = project({ '.git/': '', 'docs/SECURITY.md': POLICY });
    const file = path.join(dir, 'docs', 'SECURITY.md');
    const client = await server(dir, { capabilities: REFRESH_CAPS });
    const uri = open(client, file);
    assert.ok(find(await pull(client, uri), 'vague-sla'));
    const nested = path.join(dir, 'docs', CONFIG);
    fs.writeFileSync(nested, JSON.stringify({ rules: { 'vague-sla': 'hint' } }));
    const refresh = client.waitForServerRequest('workspace/diagnostic/refresh');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(nested).href, type: 1 }] });
    await refresh;
    assert.equal(find(await pull(client, uri), 'vague-sla').severity, 'hint');
  });

  test('changes to other files do not ask for a refresh', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY });
    const client = await server(dir, { capabilities: REFRESH_CAPS });
    const uri = open(client, path.join(dir, 'SECURITY.md'));
    await pull(client, uri);
    const before = client.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(path.join(dir, 'package.json')).href, type: 2 },
        { uri: pathToFileURL(path.join(dir, 'not.securitymd.json')).href, type: 2 },
      ],
    });
    // The server handles messages in order: had it asked for a refresh, the request would come
    // before this answer.
    await pull(client, uri);
    assert.equal(client.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh').length, before);
  });

  test('a client without refreshSupport: no refresh request, and the next pull still follows the file', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY });
    const client = await server(dir, { capabilities: PULL });
    const uri = open(client, path.join(dir, 'SECURITY.md'));
    assert.ok(find(await pull(client, uri), 'vague-sla'));
    fs.writeFileSync(path.join(dir, CONFIG), JSON.stringify({ rules: { 'vague-sla': 'off' } }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, CONFIG)).href, type: 1 }] });
    assert.equal(find(await pull(client, uri), 'vague-sla'), undefined);
    assert.deepEqual(
      client.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh'),
      [],
      'workspace/diagnostic/refresh is only for clients that announce refreshSupport',
    );
  });

  test('the server survives a client that answers workspace/diagnostic/refresh with an error', async () => {
    const dir = project({ '.git/': '', 'SECURITY.md': POLICY });
    const client = await server(dir, {
      capabilities: PULL,
      onRefresh: () => {
        throw new Error('method not supported by this client');
      },
    });
    const uri = open(client, path.join(dir, 'SECURITY.md'));
    await pull(client, uri);
    fs.writeFileSync(path.join(dir, CONFIG), JSON.stringify({ rules: { 'vague-sla': 'off' } }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, CONFIG)).href, type: 1 }] });
    let items;
    await assert.doesNotReject(
      async () => {
        items = await pull(client, uri);
        // Once more, after the error answer has surely reached the server.
        items = await pull(client, uri);
      },
      `server stderr: ${client.stderr.slice(0, 400)}`,
    );
    assert.equal(find(items, 'vague-sla'), undefined);
    assert.equal(client.exitInfo, undefined, 'the server still runs');
  });
});

describe('schemas/securitymd.schema.json and package.json', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'securitymd.schema.json'), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const allRules = [...core.rules, ...core.securityTxtRules];

  test('properties.rules.properties lists every rule code and nothing else', () => {
    const props = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), allRules.map((r) => r.code).sort());
    assert.equal(schema.properties.rules.additionalProperties, false);
  });

  test("each rule: the five settings and the rule's default severity", () => {
    const props = schema.properties.rules.properties;
    for (const rule of allRules) {
      const entry = props[rule.code];
      assert.deepEqual([...entry.enum].sort(), ['error', 'hint', 'info', 'off', 'warning'], rule.code);
      assert.equal(entry.default, rule.severity, rule.code);
      if (entry.description !== undefined) assert.equal(entry.description, rule.description, rule.code);
    }
  });

  test('the other settings of the README are in the schema', () => {
    assert.equal(schema.type, 'object');
    assert.ok(schema.properties.stalePolicyMonths);
    assert.ok(schema.properties.securityTxt);
    for (const key of ['expiresInDays', 'policyUrl', 'canonicalUrl']) assert.ok(schema.properties.securityTxt.properties[key], key);
  });

  test('package.json contributes.jsonValidation points at the schema for .securitymd.json', () => {
    const entries = pkg.contributes.jsonValidation.filter((v) => [].concat(v.fileMatch).includes('.securitymd.json'));
    assert.equal(entries.length, 1);
    const url = entries[0].url;
    assert.equal(path.resolve(ROOT, url), path.join(ROOT, 'schemas', 'securitymd.schema.json'));
    assert.ok(fs.existsSync(path.resolve(ROOT, url)));
  });

  test('a security.txt is compared with the SECURITY.md of its folder, as that policy is in the editor', async () => {
    const policy = '# Security\n\n## Reporting\n\nEmail security@lanternworks.io. We answer within 3 business days.\n';
    const txt = 'Contact: mailto:security@lanternworks.io\nExpires: 2099-01-01T00:00:00Z\n';
    const dir = project({ '.git/': '', 'SECURITY.md': policy, 'static/.well-known/security.txt': txt });
    const file = path.join(dir, 'static', '.well-known', 'security.txt');
    const client = await server(dir);
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'securitytxt', version: 1, text: txt } });
    const sync = async () => (await pull(client, uri)).filter((d) => d.code === 'securitytxt/out-of-sync').map((d) => d.message);
    assert.deepEqual(await sync(), []);
    // The policy changes in the editor, not on disk: the security.txt is compared with the open text.
    const policyUri = open(client, path.join(dir, 'SECURITY.md'), policy.replace('security@', 'psirt@'));
    assert.ok(policyUri.endsWith('/SECURITY.md'));
    assert.deepEqual(await sync(), [
      'SECURITY.md no longer gives this contact: remove it here, or add it to the policy.',
      'SECURITY.md gives mailto:psirt@lanternworks.io for reports, but this file has no Contact for it.',
    ]);
  });

  test('a SECURITY.md hidden behind .github/SECURITY.md gets shadowed-policy in the editor too, as on the command line', async () => {
    const policy = '# Security\n\n## Reporting\n\nEmail security@lanternworks.io. We answer within 3 business days.\n';
    const dir = project({ '.git/': '', '.github/SECURITY.md': policy, 'docs/SECURITY.md': policy });
    const client = await server(dir);
    const hidden = await pull(client, open(client, path.join(dir, 'docs', 'SECURITY.md')));
    const shadowed = hidden.filter((d) => d.code === 'shadowed-policy');
    assert.deepEqual(shadowed, [
      {
        code: 'shadowed-policy',
        severity: 'warning',
        message:
          'GitHub shows .github/SECURITY.md and never this file (it looks in .github/, the root, then docs/ and takes the first SECURITY.md it finds). Move what only this file says into .github/SECURITY.md, then delete this one.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
      },
    ]);
    assert.deepEqual(
      cli(path.join(dir, 'docs', 'SECURITY.md'))
        .findings.filter((f) => f.code === 'shadowed-policy')
        .map((f) => f.message),
      shadowed.map((d) => d.message),
    );
    const shown = await pull(client, open(client, path.join(dir, '.github', 'SECURITY.md')));
    assert.deepEqual(
      shown.filter((d) => d.code === 'shadowed-policy'),
      [],
    );
  });
});
