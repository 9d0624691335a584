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
  MarkupKind,
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
  scorecardScore,
  NOT_LINTED,
  type Linter,
} from './core/index';
import { toDiagnostic } from './convert';
import { codeActions, fixAllAction, FIX_ALL_KIND } from './code-actions';
import { scorecardHover } from './convert';
import type { LintOptions } from './core/index';
import { readSettings, defaultSettings, lintOptionsFrom } from './settings';
import {
  SECURITY_TXT_REQUEST,
  STATUS_NOTIFICATION,
  type SecurityTxtParams,
  type SecurityTxtResult,
  type Settings,
  type StatusParams,
} from './protocol';
import { findRepository } from './node/repository';
import { policyLocation, type PolicyLocation } from './node/location';
import { findConfigFile, readConfigFile, mergeSettings, CONFIG_FILE } from './node/config-file';
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
      hoverProvider: true,
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

const locationCache = new Map<string, PolicyLocation>();
function policyLocationCached(file: string): PolicyLocation {
  if (!locationCache.has(file)) locationCache.set(file, policyLocation(file));
  return locationCache.get(file)!;
}

/** The folder a document belongs to, as a path, so that config files are looked for no higher. */
function folderPath(uri: string): string | undefined {
  const folder = workspaceFolders
    .filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
    .sort((a, b) => b.uri.length - a.uri.length)[0];
  return folder ? uriToPath(folder.uri) : undefined;
}

/** Editor settings overlaid with the nearest .securitymd.json. */
function withConfigFile(uri: string, settings: Settings): Settings {
  const file = uriToPath(uri);
  const config = file ? findConfigFile(path.dirname(file), folderPath(uri)) : undefined;
  if (!config) return settings;
  const read = readConfigFile(config);
  for (const w of read.warnings) connection.console.warn(w);
  return mergeSettings(settings, read.settings);
}

function lintOptions(uri: string, settings: Settings): LintOptions {
  const file = uriToPath(uri);
  // Virtual documents: the folder from the URI, no repository on disk.
  const folder = (URI_PATH_RE.exec(uri)?.[1] ?? '').split('/').slice(-2, -1)[0]?.toLowerCase() ?? '';
  const location = file ? policyLocationCached(file) : { policyDir: folder === '.github' || folder === 'docs' ? folder : '' };
  return lintOptionsFrom(settings, location);
}

function getSettings(uri: string): Promise<Settings> {
  let cached = settingsCache.get(uri);
  if (!cached) {
    const editor: Promise<Settings> = configurationRequests
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'securityMd' }).then(
          (raw: unknown) => {
            const warnings: string[] = [];
            const settings = readSettings(raw, warnings);
            for (const w of warnings) connection.console.warn(w);
            return settings;
          },
          () => defaultSettings(),
        )
      : Promise.resolve(defaultSettings());
    cached = editor.then((settings) => withConfigFile(uri, settings));
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
  const ms = Date.now() - started;
  connection.console.log(`Linted ${document.uri} (version ${document.version}) in ${ms} ms: ${diagnostics.length} findings.`);
  const status: StatusParams = {
    uri: document.uri,
    findings: diagnostics.length,
    errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
    ms,
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
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

// .securitymd.json created, changed or deleted: settings of every document may change.
connection.onDidChangeWatchedFiles((params) => {
  if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) return;
  settingsGeneration++;
  settingsCache.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else documents.all().forEach(schedulePush);
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

// The title heading of a policy tells the Scorecard score it would get, and what is missing.
connection.onHover((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document || linterFor(document.uri) !== lint) return null;
  const text = document.getText();
  const title = /^#{1,6}[ \t].*$/m.exec(text.length > MAX_LINT_CHARS ? '' : text.slice(0, 65536));
  if (!title || document.positionAt(title.index).line !== params.position.line) return null;
  return { contents: { kind: MarkupKind.Markdown, value: scorecardHover(scorecardScore(text)) } };
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
