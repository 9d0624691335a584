// The language server: LSP wiring only. Linting lives in ./core, conversion in ./convert.
// Runs over IPC from the VS Code client, or over stdio for any other editor (--stdio).

import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  ResponseError,
  LSPErrorCodes,
  CodeActionKind,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI_PATH_RE, uriToPath } from './uri';
import {
  lint,
  lintModel,
  lintSecurityTxt,
  isSecurityTxtName,
  parsePolicy,
  generateSecurityTxt,
  isPolicyPath,
  PRODUCT,
  MAX_LINT_CHARS,
  NOT_LINTED,
  type Linter,
} from './core/index';
import { toDiagnostic } from './convert';
import { codeActions, fixAllAction, FIX_ALL_KIND } from './code-actions';
import type { LintOptions } from './core/index';
import { readSettings, defaultSettings } from './settings';
import { SECURITY_TXT_REQUEST, type SecurityTxtParams, type SecurityTxtResult, type Settings } from './protocol';
import { findRepository } from './node/repository';
import { LintWorker, TIMED_OUT } from './worker-pool';

/** Documents from this many characters on are linted in the worker thread. */
const WORKER_THRESHOLD = 64 * 1024;
const LINT_TIMEOUT_MS = 30_000;
const lintWorker = new LintWorker(LINT_TIMEOUT_MS);

/** The one diagnostic of a document that was not linted, saying why. */
function notLinted(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: NOT_LINTED,
    source: PRODUCT,
    message: `Not linted: ${message}`,
  };
}
import * as path from 'node:path';

declare const PACKAGE_VERSION: string;

const USAGE = `Usage: ${PRODUCT}-language-server --stdio | --node-ipc | --socket=PORT

The SECURITY.md language server. Editors start it; it speaks the Language Server Protocol.`;

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  console.log(PACKAGE_VERSION);
  process.exit(0);
}
if (
  argv.includes('--help') ||
  !argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))
) {
  console.error(USAGE);
  process.exit(argv.includes('--help') ? 0 : 2);
}

/** Command any client can run with the document's URI: apply every fix. */
const FIX_ALL_COMMAND = 'securityMd.applyFixAll';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let workspaceFolders: WorkspaceFolder[] = [];
let pullDiagnostics = false;
let configurationRequests = false;
let folderNotifications = false;
/** Bumped on every settings change so cached results of older settings are not reused. */
let settingsGeneration = 0;
const settingsCache = new Map<string, Promise<Settings>>();
const resultCache = new Map<string, { version: number; generation: number; diagnostics: Diagnostic[] }>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
  configurationRequests = params.capabilities.workspace?.configuration === true;
  folderNotifications = params.capabilities.workspace?.workspaceFolders === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
    },
    serverInfo: { name: `${PRODUCT}-language-server`, version: PACKAGE_VERSION },
  };
});

connection.onInitialized(() => {
  if (configurationRequests) {
    // Ask to be told about settings changes; the values themselves are pulled per document.
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'securityMd' }).catch(() => undefined);
  }
  if (folderNotifications) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      workspaceFolders = workspaceFolders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
    });
  }
});

/** The path of a document relative to its workspace folder, or undefined outside any folder. */
function relativePath(uri: string): string | undefined {
  const folder = workspaceFolders
    .filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
    .sort((a, b) => b.uri.length - a.uri.length)[0];
  return folder ? decodeURIComponent(uri.slice(folder.uri.replace(/\/$/, '').length + 1)) : undefined;
}

function fileName(uri: string): string {
  const match = URI_PATH_RE.exec(uri);
  return match ? decodeURIComponent(match[1]!.split('/').pop() ?? '') : '';
}

/** The linter for a document, or undefined when the server has nothing to say about it. */
function linterFor(uri: string): Linter | undefined {
  // security.txt anywhere: the web root, .well-known/, a static folder.
  if (isSecurityTxtName(fileName(uri))) return lintSecurityTxt;
  return isPolicyDocument(uri) ? lint : undefined;
}

/** Only SECURITY.md files in a folder's root, .github/ or docs/ are policies. */
function isPolicyDocument(uri: string): boolean {
  const match = URI_PATH_RE.exec(uri);
  if (!match) return false;
  const name = decodeURIComponent(match[1]!.split('/').pop() ?? '');
  if (!/^security\.md$/i.test(name)) return false;
  const relative = relativePath(uri);
  return relative === undefined || isPolicyPath(relative); // a file opened on its own counts
}

const repositoryCache = new Map<string, string | undefined>();
function repositoryOf(uri: string): string | undefined {
  const file = uriToPath(uri);
  if (!file) return undefined;
  const dir = path.dirname(file);
  if (!repositoryCache.has(dir)) repositoryCache.set(dir, findRepository(dir));
  return repositoryCache.get(dir);
}

function lintOptions(uri: string, settings: Settings): LintOptions {
  const repository = repositoryOf(uri);
  const dir = path.posix.dirname(relativePath(uri) ?? 'SECURITY.md');
  return {
    rules: settings.rules,
    ...(settings.stalePolicyMonths !== undefined ? { stalePolicyMonths: settings.stalePolicyMonths } : {}),
    ...(repository ? { repository } : {}),
    policyDir: dir === '.' ? '' : dir,
    ...(settings.securityTxt.expiresInDays !== undefined ? { expiresInDays: settings.securityTxt.expiresInDays } : {}),
  };
}

function getSettings(uri: string): Promise<Settings> {
  if (!configurationRequests) return Promise.resolve(defaultSettings());
  let cached = settingsCache.get(uri);
  if (!cached) {
    cached = connection.workspace.getConfiguration({ scopeUri: uri, section: 'securityMd' }).then(
      (raw: unknown) => {
        const warnings: string[] = [];
        const settings = readSettings(raw, warnings);
        for (const w of warnings) connection.console.warn(w);
        return settings;
      },
      () => defaultSettings(),
    );
    settingsCache.set(uri, cached);
  }
  return cached;
}

async function diagnose(document: TextDocument): Promise<Diagnostic[]> {
  const linter = linterFor(document.uri);
  if (!linter) return [];
  const cached = resultCache.get(document.uri);
  if (cached && cached.version === document.version && cached.generation === settingsGeneration) return cached.diagnostics;
  const generation = settingsGeneration;
  const settings = await getSettings(document.uri);
  const started = Date.now();
  const options = lintOptions(document.uri, settings);
  let diagnostics: Diagnostic[];
  const text = document.getText();
  if (text.length > MAX_LINT_CHARS) {
    diagnostics = [
      notLinted(
        `This file has ${(text.length / 1048576).toFixed(1)} million characters; ${PRODUCT} lints files up to ${MAX_LINT_CHARS / 1048576} MB.`,
      ),
    ];
  } else if (text.length >= WORKER_THRESHOLD) {
    // Large documents are linted in a worker thread, so the server keeps answering meanwhile.
    const result = await lintWorker.lint(document.uri, linter === lint ? 'policy' : 'securitytxt', text, options);
    if (!result)
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'A newer version of the document is being linted.', {
        retriggerRequest: true,
      });
    if (result.error) connection.console.error(`Linting ${document.uri} failed in the worker: ${result.error}`);
    const inTable = (offset: number) => result.tables.some((t) => t.start <= offset && offset < t.end);
    diagnostics =
      result.error === TIMED_OUT
        ? [
            notLinted(
              `Linting this file took longer than ${LINT_TIMEOUT_MS / 1000} s (deeply nested or heavily marked-up text), so it was stopped.`,
            ),
          ]
        : result.findings.map((f) => toDiagnostic(f, document, inTable(f.start)));
  } else if (linter === lint) {
    const model = parsePolicy(text);
    const inTable = (offset: number) => model.tables.some((t) => t.start <= offset && offset < t.end);
    diagnostics = lintModel(model, options).map((f) => toDiagnostic(f, document, inTable(f.start)));
  } else {
    diagnostics = linter(text, options).map((f) => toDiagnostic(f, document));
  }
  // The document may have been closed or reopened while the settings were on their way.
  if (documents.get(document.uri) === document) resultCache.set(document.uri, { version: document.version, generation, diagnostics });
  connection.console.log(
    `Linted ${document.uri} (version ${document.version}) in ${Date.now() - started} ms: ${diagnostics.length} findings.`,
  );
  return diagnostics;
}

connection.languages.diagnostics.on(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const items = document ? await diagnose(document) : [];
  return { kind: DocumentDiagnosticReportKind.Full, items };
});

// Clients without pull diagnostics (older Neovim, many others) get the same results pushed.
const pending = new Map<string, ReturnType<typeof setTimeout>>();
function schedulePush(document: TextDocument): void {
  if (pullDiagnostics) return;
  clearTimeout(pending.get(document.uri));
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      diagnose(current).then(
        (diagnostics) => {
          // Closed (or replaced) meanwhile: its last word was the empty list sent on close.
          if (documents.get(current.uri) !== current) return;
          void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
        },
        () => undefined, // superseded by a newer version, which schedules its own push
      );
    }, 50),
  );
}

documents.onDidOpen((e) => schedulePush(e.document));
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  resultCache.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  clearTimeout(pending.get(e.document.uri));
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsGeneration++;
  settingsCache.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else documents.all().forEach(schedulePush);
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const linter = document ? linterFor(document.uri) : undefined;
  if (!document || !linter) return [];
  const all = await diagnose(document);
  const options = lintOptions(document.uri, await getSettings(document.uri));
  return codeActions(document, params.context.diagnostics, all, options, linter, params.context.only);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_COMMAND) return;
  const uri = params.arguments?.[0];
  const document = typeof uri === 'string' ? documents.get(uri) : undefined;
  const linter = document ? linterFor(document.uri) : undefined;
  if (!document || !linter) return;
  const action = fixAllAction(document, lintOptions(document.uri, await getSettings(document.uri)), linter);
  if (action?.edit) await connection.workspace.applyEdit({ label: 'Fix all SECURITY.md problems', edit: action.edit });
});

connection.onRequest(SECURITY_TXT_REQUEST, async (params: SecurityTxtParams): Promise<SecurityTxtResult> => {
  const document = documents.get(params.uri);
  if (!document) return { reason: 'The policy is not open in the editor.', notes: [] };
  const settings = await getSettings(document.uri);
  const file = uriToPath(document.uri);
  const repository = file ? findRepository(path.dirname(file)) : undefined;
  const result = generateSecurityTxt(parsePolicy(document.getText()), {
    ...settings.securityTxt,
    ...(repository ? { repository } : {}),
    sourceName: decodeURIComponent(document.uri.split('/').pop() ?? 'SECURITY.md'),
  });
  return {
    ...(result.text !== undefined ? { text: result.text } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    notes: result.notes,
  };
});

connection.onShutdown(() => lintWorker.dispose());

documents.listen(connection);
connection.listen();
