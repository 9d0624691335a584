// The language server's LSP wiring, shared by the Node server (server.ts) and the web worker
// (browser-server.ts). Linting lives in ../core, conversion in ../convert; what needs a file
// system (config files, the repository, a worker thread) comes from the host.

import {
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI_PATH_RE } from '../uri';
import {
  lint,
  lintModel,
  lintSecurityTxt,
  checkSignature,
  isSecurityTxtName,
  parsePolicy,
  generateSecurityTxt,
  isPolicyPath,
  PRODUCT,
  MAX_LINT_CHARS,
  scorecardScore,
  NOT_LINTED,
  type Finding,
  type Linter,
  type LintOptions,
  type Span,
} from '../core/index';
import { toDiagnostic, scorecardHover } from '../convert';
import { codeActions, fixAllAction, FIX_ALL_KIND } from '../code-actions';
import { readSettings, defaultSettings, lintOptionsFrom, mergeSettings } from '../settings';
import { checkEmail, policyText, tagVersions } from './create-policy';
import {
  CHECK_EMAIL_REQUEST,
  CREATE_POLICY_REQUEST,
  VERSIONS_FROM_TAGS_REQUEST,
  SECURITY_TXT_REQUEST,
  STATUS_NOTIFICATION,
  TIMED_OUT,
  type SecurityTxtParams,
  type SecurityTxtResult,
  type Settings,
  type StatusParams,
} from '../protocol';

/** Name of the config file whose changes the client reports. */
const CONFIG_FILE = '.securitymd.json';

/** What the server needs from where it runs. */
export interface ServerHost {
  version: string;
  /** The repository and folder of a document (links in fixes, the security.txt Policy). */
  location(uri: string): { repository?: string; policyDir: string };
  /** Settings from the nearest config file, looking no higher than the folder. */
  configFile?(uri: string, folderUri: string | undefined): { settings: Partial<Settings>; warnings: string[] } | undefined;
  /** Lints off the main thread; undefined when a newer job for the same document replaced it. */
  lintInWorker?(
    uri: string,
    kind: 'policy' | 'securitytxt',
    text: string,
    options: LintOptions,
  ): Promise<{ findings: Finding[]; tables: Span[]; error?: string } | undefined>;
  /** The repository's SECURITY.md that a security.txt mirrors (for securitytxt/out-of-sync). */
  policyBeside?(uri: string, folderUri: string | undefined): { uri: string; path: string; text: string } | undefined;
  /** The policy GitHub shows instead of this SECURITY.md, when another comes first (shadowed-policy). */
  shadowingPolicy?(uri: string): string | undefined;
  /** Public keys near a security.txt that may have signed it (armored text or binary). */
  signingKeys?(uri: string): (string | Uint8Array)[];
  dispose?(): void;
}

/** Documents from this many characters on are linted by host.lintInWorker. */
const WORKER_THRESHOLD = 128 * 1024;
export const LINT_TIMEOUT_MS = 30_000;

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

/** Command any client can run with the document's URI: apply every fix. */
const FIX_ALL_COMMAND = 'securityMd.applyFixAll';

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);

  let workspaceFolders: WorkspaceFolder[] = [];
  let pullDiagnostics = false;
  let refreshSupport = false;
  let configurationRequests = false;
  let folderNotifications = false;
  /** Bumped on every settings change so cached results of older settings are not reused. */
  let settingsGeneration = 0;
  const settingsCache = new Map<string, Promise<Settings>>();
  const resultCache = new Map<string, { version: number; generation: number; policy?: string; diagnostics: Diagnostic[] }>();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
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
      serverInfo: { name: `${PRODUCT}-language-server`, version: host.version },
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

  /** The workspace folder a document belongs to. */
  function folderOf(uri: string): string | undefined {
    return workspaceFolders
      .filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
      .sort((a, b) => b.uri.length - a.uri.length)[0]?.uri;
  }

  /** Editor settings overlaid with the nearest .securitymd.json, where the host can read files. */
  function withConfigFile(uri: string, settings: Settings): Settings {
    const overlay = host.configFile?.(uri, folderOf(uri));
    if (!overlay) return settings;
    for (const w of overlay.warnings) connection.console.warn(w);
    return mergeSettings(settings, overlay.settings);
  }

  function lintOptions(uri: string, settings: Settings): LintOptions {
    const options = lintOptionsFrom(settings, host.location(uri));
    const shadowedBy = host.shadowingPolicy?.(uri);
    if (shadowedBy) options.shadowedBy = shadowedBy;
    return options;
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

  async function diagnose(current: TextDocument): Promise<Diagnostic[]> {
    const linter = linterFor(current.uri);
    if (!linter) return [];
    // A security.txt is compared with the repository's policy: as it is in the editor, if open.
    const beside = linter === lintSecurityTxt ? host.policyBeside?.(current.uri, folderOf(current.uri)) : undefined;
    const policy = beside ? { path: beside.path, text: documents.get(beside.uri)?.getText() ?? beside.text } : undefined;
    const cached = resultCache.get(current.uri);
    if (cached && cached.version === current.version && cached.generation === settingsGeneration && cached.policy === policy?.text)
      return cached.diagnostics;
    const generation = settingsGeneration;
    const settings = await getSettings(current.uri);
    // TextDocuments changes its documents in place: lint and convert a snapshot, so that ranges,
    // fixes and the cache all belong to the text that was linted, whatever arrives meanwhile.
    const document = TextDocument.create(current.uri, current.languageId, current.version, current.getText());
    const started = Date.now();
    const options = lintOptions(document.uri, settings);
    if (policy) options.policy = policy;
    let diagnostics: Diagnostic[];
    const text = document.getText();
    if (linter === lintSecurityTxt && text.length <= MAX_LINT_CHARS) {
      // OpenPGP.js reads (and with a key at hand verifies) the signature before the rules run.
      const signature = await checkSignature(text, host.signingKeys?.(document.uri) ?? []);
      if (signature) options.signature = signature;
    }
    if (text.length > MAX_LINT_CHARS) {
      diagnostics = [
        notLinted(
          `This file has ${(text.length / 1048576).toFixed(1)} million characters; ${PRODUCT} lints files up to ${MAX_LINT_CHARS / 1048576} MB.`,
        ),
      ];
    } else if (host.lintInWorker && text.length >= WORKER_THRESHOLD) {
      // Large documents are linted in a worker thread, so the server keeps answering meanwhile.
      const result = await host.lintInWorker(document.uri, linter === lint ? 'policy' : 'securitytxt', text, options);
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
    // Cached only while the document is still open and at the version that was linted.
    const open = documents.get(document.uri);
    if (open === current && open.version === document.version)
      resultCache.set(document.uri, { version: document.version, generation, ...(policy ? { policy: policy.text } : {}), diagnostics });
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
    if (typeof params?.textDocument?.uri !== 'string')
      throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument/diagnostic needs textDocument.uri');
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
        const version = current.version;
        diagnose(current).then(
          (diagnostics) => {
            // Closed or changed meanwhile: the empty list sent on close, or the next push, has the last word.
            if (documents.get(current.uri) !== current || current.version !== version) return;
            void connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
          },
          () => undefined, // superseded by a newer version, which schedules its own push
        );
      }, 50),
    );
  }

  documents.onDidOpen((e) => schedulePush(e.document));
  documents.onDidChangeContent((e) => {
    schedulePush(e.document);
    if (isPolicyDocument(e.document.uri)) relintSecurityTxtSoon();
  });

  /** A policy edit changes what its security.txt files are compared with: lint them again, once typing pauses. */
  let securityTxtTimer: ReturnType<typeof setTimeout> | undefined;
  function relintSecurityTxtSoon(): void {
    const open = documents.all().filter((d) => isSecurityTxtName(fileName(d.uri)));
    if (open.length === 0) return;
    clearTimeout(securityTxtTimer);
    securityTxtTimer = setTimeout(() => {
      if (!pullDiagnostics) open.forEach(schedulePush);
      else relint();
    }, 300);
  }
  documents.onDidClose((e) => {
    resultCache.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pending.get(e.document.uri));
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /** After a settings change: ask a pull client to pull again, or push anew. */
  function relint(): void {
    if (!pullDiagnostics) documents.all().forEach(schedulePush);
    // A client that cannot refresh pulls again on its next edit; one that fails to is no reason to stop.
    else if (refreshSupport)
      connection.languages.diagnostics
        .refresh()
        .catch((error: unknown) => connection.console.warn(`Diagnostic refresh failed: ${String(error)}`));
  }

  // .securitymd.json created, changed or deleted: settings of every document may change.
  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) return;
    settingsGeneration++;
    settingsCache.clear();
    relint();
  });

  connection.onDidChangeConfiguration(() => {
    settingsGeneration++;
    settingsCache.clear();
    relint();
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
    if (text.length > WORKER_THRESHOLD) return null; // a hover is no reason to parse a large file
    // The title as Markdown sees it: not a "#" line in a code fence; setext titles too.
    const title = parsePolicy(text).sections[0];
    if (!title || document.positionAt(title.heading.start).line !== params.position.line) return null;
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
    const { repository } = host.location(document.uri);
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

  // "Create security policy" in the client: address checks, versions from tags, the policy itself.
  connection.onRequest(CHECK_EMAIL_REQUEST, checkEmail);
  connection.onRequest(VERSIONS_FROM_TAGS_REQUEST, tagVersions);
  connection.onRequest(CREATE_POLICY_REQUEST, policyText);

  connection.onShutdown(() => host.dispose?.());

  documents.listen(connection);
  connection.listen();
}
