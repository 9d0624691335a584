// @ts-check
'use strict';
// dist/server.js --stdio driven the way other editors drive it: Neovim 0.9 (push diagnostics,
// workspace/configuration answered with null) and Helix (no configuration requests at all).
// Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { LspClient, VERSION, SEVERITY, range } = require('./lsp-client');
const { ONE_SECTION_POLICY } = require('../cli/fixtures.js');

const { ERROR, WARNING, INFO, HINT } = SEVERITY;

// Invented fixtures. No dates, so nothing depends on today. POLICY: a reporting section only,
// with a vague promise on line 4 (0-based).
const POLICY = ONE_SECTION_POLICY;
const TITLE = range(0, 0, 0, 17);
const POLICY_FINDINGS = [
  ['missing-disclosure-policy', INFO, TITLE],
  ['missing-response-time', WARNING, TITLE],
  ['missing-supported-versions', WARNING, TITLE],
  ['vague-sla', WARNING, range(4, 46, 4, 65)],
];
const TXT = 'Contact: http://lanternworks.io/report\nContact: mailto:sec@lanternworks.io\nFlavour: vanilla\n';
const TXT_FINDINGS = [
  ['securitytxt/no-expires', ERROR],
  ['securitytxt/not-signed', HINT],
  ['securitytxt/not-https', ERROR],
  ['securitytxt/no-encryption', HINT],
  ['securitytxt/unknown-field', INFO],
];

const summary = (diagnostics) => diagnostics.map((d) => [d.code, d.severity, d.range]);

/** Neovim 0.9's make_client_capabilities(), trimmed to what matters here, with no pull diagnostics. */
const NEOVIM_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: true, willSaveWaitUntil: true, didSave: true },
    codeAction: {
      dynamicRegistration: false,
      codeActionLiteralSupport: {
        codeActionKind: {
          valueSet: [
            '',
            'quickfix',
            'refactor',
            'refactor.extract',
            'refactor.inline',
            'refactor.rewrite',
            'source',
            'source.organizeImports',
          ],
        },
      },
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
    completion: { dynamicRegistration: false, completionItem: { snippetSupport: false }, contextSupport: false },
    hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
    signatureHelp: { dynamicRegistration: false },
    definition: { linkSupport: true },
    references: { dynamicRegistration: false },
    documentHighlight: { dynamicRegistration: false },
    documentSymbol: { dynamicRegistration: false, hierarchicalDocumentSymbolSupport: true },
    rename: { dynamicRegistration: false, prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    callHierarchy: { dynamicRegistration: false },
  },
  workspace: {
    symbol: { dynamicRegistration: false },
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: false },
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] },
    semanticTokens: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: false },
  },
  window: {
    workDoneProgress: true,
    showMessage: { messageActionItem: { additionalPropertiesSupport: false } },
    showDocument: { support: true },
  },
};

/** Helix 23.x: pull diagnostics absent and workspace/configuration not supported. */
const HELIX_CAPABILITIES = {
  general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] },
  workspace: {
    configuration: false,
    didChangeConfiguration: { dynamicRegistration: false },
    workspaceFolders: true,
    applyEdit: true,
    symbol: { dynamicRegistration: false },
    executeCommand: { dynamicRegistration: false },
    inlayHint: { refreshSupport: false },
    workspaceEdit: {
      documentChanges: true,
      resourceOperations: ['create', 'rename', 'delete'],
      failureHandling: 'abort',
      normalizesLineEndings: false,
    },
    fileOperations: { willRename: true, didRename: true },
  },
  textDocument: {
    completion: {
      completionItem: { snippetSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
    },
    hover: { contentFormat: ['markdown'] },
    signatureHelp: { signatureInformation: { documentationFormat: ['markdown'] } },
    rename: { dynamicRegistration: false, prepareSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports'] } },
      isPreferredSupport: true,
      disabledSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit', 'command'] },
    },
    publishDiagnostics: { versionSupport: true, tagSupport: { valueSet: [1, 2] } },
    inlayHint: { dynamicRegistration: false },
  },
  window: { workDoneProgress: true },
};

/** Starts a server and initializes it as `editor` would. */
async function startAs(editor, rootPath) {
  const client = new LspClient();
  const rootUri = `file://${rootPath}`;
  // What both editors send in their initialize request.
  const initialize = { processId: process.pid, rootPath, rootUri, trace: 'off' };
  let initializeResult;
  if (editor === 'neovim') {
    // Neovim answers each item with the value at `section` of its settings: none here, so null.
    client.onRequest('workspace/configuration', (params) => params.items.map(() => null));
    initializeResult = await client.request('initialize', {
      ...initialize,
      initializationOptions: undefined,
      clientInfo: { name: 'Neovim', version: '0.9.5' },
      capabilities: NEOVIM_CAPABILITIES,
      workspaceFolders: [{ uri: rootUri, name: rootPath }],
    });
    client.notify('initialized', {});
    // Neovim sends its settings right after initialized.
    client.notify('workspace/didChangeConfiguration', { settings: {} });
  } else {
    client.onRequest('workspace/configuration', () => {
      throw new Error('helix does not support workspace/configuration');
    });
    initializeResult = await client.request('initialize', {
      ...initialize,
      initializationOptions: null,
      clientInfo: { name: 'helix', version: '23.10' },
      capabilities: HELIX_CAPABILITIES,
      workspaceFolders: [{ uri: rootUri, name: path.basename(rootPath) }],
      locale: 'en-US',
    });
    client.notify('initialized', {});
  }
  return { client, initializeResult, rootUri };
}

function open(client, uri, text, languageId, version = 1) {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

function published(client, uri, predicate = (/** @type {any} */ _p) => true) {
  return client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && predicate(p));
}

for (const editor of ['neovim', 'helix']) {
  describe(`as ${editor === 'neovim' ? 'Neovim 0.9' : 'Helix'} does`, () => {
    let client;
    let initializeResult;
    let rootUri;
    before(async () => {
      ({ client, initializeResult, rootUri } = await startAs(editor, `/tmp/${editor}-project`));
    });
    after(() => client?.kill());

    test('initialize: serverInfo names the server, no pull diagnostics, UTF-16 positions', () => {
      assert.deepEqual(initializeResult.serverInfo, { name: 'security-md-language-server', version: VERSION });
      assert.equal(initializeResult.capabilities.diagnosticProvider, undefined);
      assert.ok([undefined, 'utf-16'].includes(initializeResult.capabilities.positionEncoding));
      assert.equal(initializeResult.capabilities.hoverProvider, true);
      assert.ok(initializeResult.capabilities.textDocumentSync);
    });

    test('SECURITY.md opened as markdown: diagnostics are pushed', async () => {
      const uri = `${rootUri}/SECURITY.md`;
      const diagnostics = published(client, uri);
      open(client, uri, POLICY, 'markdown');
      const params = await diagnostics;
      assert.deepEqual(summary(params.diagnostics), POLICY_FINDINGS);
      assert.equal(params.version, 1);
      for (const d of params.diagnostics) {
        assert.equal(d.source, 'security-md');
        assert.ok(d.codeDescription.href.endsWith(`/docs/rules/${d.code}.md`));
      }
    });

    test('an edit pushes new diagnostics for the new version', async () => {
      const uri = `${rootUri}/SECURITY.md`;
      const diagnostics = published(client, uri, (p) => p.version === 2);
      client.didChange(uri, 2, [{ range: range(4, 46, 4, 65), text: 'within 3 business days' }]);
      const params = await diagnostics;
      assert.deepEqual(summary(params.diagnostics), [
        ['missing-disclosure-policy', INFO, TITLE],
        ['missing-supported-versions', WARNING, TITLE],
      ]);
    });

    for (const languageId of ['text', 'plaintext']) {
      test(`security.txt opened as ${languageId}: RFC 9116 diagnostics`, async () => {
        const uri = `${rootUri}/${languageId}/.well-known/security.txt`;
        const diagnostics = published(client, uri);
        open(client, uri, TXT, languageId);
        const params = await diagnostics;
        assert.deepEqual(
          params.diagnostics.map((d) => [d.code, d.severity]),
          TXT_FINDINGS,
        );
      });
    }

    test('README.md gets no diagnostics', async () => {
      const readme = `${rootUri}/README.md`;
      const policy = `${rootUri}/.github/SECURITY.md`;
      const from = client.notifications.length;
      open(client, readme, POLICY, 'markdown');
      const policyDiagnostics = published(client, policy);
      open(client, policy, POLICY, 'markdown');
      await policyDiagnostics;
      // The README's push (if any) would have come first: the server handles opens in order.
      const forReadme = client.notifications
        .slice(from)
        .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === readme);
      for (const n of forReadme) assert.deepEqual(n.params.diagnostics, []);
    });

    test('closing a document clears its diagnostics', async () => {
      const uri = `${rootUri}/.github/SECURITY.md`;
      const cleared = published(client, uri, (p) => p.diagnostics.length === 0);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      await cleared;
    });

    if (editor === 'neovim') {
      test('settings were asked for per document, and null answers mean the defaults', () => {
        const asked = client.serverRequests.filter((r) => r.method === 'workspace/configuration');
        assert.ok(asked.length >= 1);
        for (const r of asked)
          assert.deepEqual(
            r.params.items.map((i) => i.section),
            ['securityMd'],
          );
      });
    } else {
      test('the server never asks a client without workspace.configuration for settings', async () => {
        // A round trip, so that anything the server meant to send has arrived.
        await client.request('textDocument/hover', {
          textDocument: { uri: `${rootUri}/SECURITY.md` },
          position: { line: 0, character: 0 },
        });
        assert.deepEqual(
          client.serverRequests.filter((r) => r.method === 'workspace/configuration'),
          [],
        );
        assert.deepEqual(
          client.serverRequests.filter(
            (r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('didChangeConfiguration'),
          ),
          [],
        );
      });
    }

    test('shutdown and exit end the server with code 0', async () => {
      await client.request('shutdown', null);
      client.notify('exit', null);
      const info = await client.waitForExit();
      assert.equal(info.code, 0);
    });
  });
}
