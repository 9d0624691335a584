// The language server's LSP wiring, shared by the Node server (../server.ts) and the web worker
// (../browser-server.ts): initialize, then the parts that answer it. Linting lives in ../core;
// what needs a file system (config files, the repository, a worker thread) comes from the host.

import {
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PRODUCT } from '../core/index';
import { FIX_ALL_COMMAND } from '../../../shared/protocol';
import { FIX_ALL_KIND, registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompliance } from './compliance';
import { Configuration } from './configuration';
import type { ServerContext } from './context';
import { Diagnostics } from './diagnostics';
import type { ServerHost } from './host';
import { registerHover } from './hover';
import { Workspace } from './workspace';

export { LINT_TIMEOUT_MS, type ServerHost } from './host';

export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const configuration = new Configuration(connection, host, workspace);
  const diagnostics = new Diagnostics(connection, documents, host, workspace, configuration);
  const context: ServerContext = { connection, documents, host, workspace, configuration, diagnostics };
  let folderNotifications = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspace.setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    diagnostics.pull = params.capabilities.textDocument?.diagnostic !== undefined;
    diagnostics.refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    configuration.configurationRequests = params.capabilities.workspace?.configuration === true;
    folderNotifications = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(diagnostics.pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: `${PRODUCT}-language-server`, version: host.version },
    };
  });

  connection.onInitialized(() => {
    configuration.register();
    if (folderNotifications) connection.workspace.onDidChangeWorkspaceFolders((event) => workspace.foldersChanged(event));
  });

  diagnostics.listen();
  registerCodeActions(context);
  registerHover(context);
  registerCommands(context);
  registerCompliance(context);
  connection.onShutdown(() => host.dispose?.());

  documents.listen(connection);
  connection.listen();
}
