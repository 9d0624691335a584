// The VS Code client: starts the language server when the first policy or security.txt is
// opened. Thin on purpose; everything about policies lives in the server's core.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { isPolicyPath } from '../../server/src/core/paths';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { PREVIEW_SCHEME, SecurityTxtPreview, saveSecurityTxt, showPreview } from './preview';
import { createStatusItem } from './status';

/** SECURITY.md in any letter case; the server narrows it to root, .github/ and docs/. */
export const POLICY_GLOB = '**/[sS][eE][cC][uU][rR][iI][tT][yY].[mM][dD]';

const DOCUMENT_SELECTOR = [
  { language: 'markdown', pattern: POLICY_GLOB },
  { language: 'securitytxt', scheme: 'file' },
  { language: 'securitytxt', scheme: 'untitled' },
  { language: 'securitytxt', scheme: PREVIEW_SCHEME },
];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

function isSecurityTxtDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'securitytxt';
}

export function isPolicyDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const name = document.uri.path.split('/').pop() ?? '';
  if (!/^security\.md$/i.test(name)) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return true;
  return isPolicyPath(document.uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1));
}

function startClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  output ??= vscode.window.createOutputChannel('SECURITY.md', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    // .securitymd.json changes reach the server, which then reads it again.
    synchronize: { configurationSection: 'securityMd', fileEvents: vscode.workspace.createFileSystemWatcher('**/.securitymd.json') },
  };
  // The id equals the settings prefix, so securityMd.trace.server works.
  const languageClient = new LanguageClient('securityMd', 'SECURITY.md', serverOptions, clientOptions);
  void languageClient.start();
  return languageClient;
}

/** "SECURITY.md: Fix all": runs the server's command, so every LSP client gets the same fix. */
async function fixAllCommand(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !(isPolicyDocument(editor.document) || isSecurityTxtDocument(editor.document))) {
    void vscode.window.showInformationMessage(
      'Open a SECURITY.md (in the root, .github/ or docs/ of a folder) or a security.txt to fix it.',
    );
    return;
  }
  await vscode.commands.executeCommand('securityMd.applyFixAll', editor.document.uri.toString());
}

export function activate(context: vscode.ExtensionContext): void {
  const status = createStatusItem(DOCUMENT_SELECTOR);
  const maybeStart = (document: vscode.TextDocument) => {
    if (client || !(isPolicyDocument(document) || isSecurityTxtDocument(document))) return;
    client = startClient(context);
    context.subscriptions.push(status.attach(client));
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  const preview = new SecurityTxtPreview(() => client);
  context.subscriptions.push(
    status.item,
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.commands.registerCommand('securityMd.fixAll', fixAllCommand),
    vscode.commands.registerCommand('securityMd.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('securityMd.restartServer', async () => {
      if (client) await client.restart();
      else vscode.workspace.textDocuments.forEach(maybeStart);
    }),
    preview,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, preview),
    vscode.commands.registerCommand('securityMd.previewSecurityTxt', () => showPreview(isPolicyDocument)),
    vscode.commands.registerCommand('securityMd.saveSecurityTxt', () => saveSecurityTxt(client, isPolicyDocument)),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
