// Activation shared by the desktop client (extension.ts, server over IPC) and the web client
// (browser.ts, server in a web worker): the client starts when the first policy or security.txt
// is opened; commands, the preview and the status item are the same.

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { isPolicyPath } from '../../server/src/core/paths';
import { PREVIEW_SCHEME, SecurityTxtPreview, saveSecurityTxt, showPreview, type DiskTarget } from './preview';
import { createStatusItem } from './status';
import { createPolicyCommand, offerCreatePolicy, type RepositoryProbe } from './create-policy';
import { policyServer, whenStarted } from './ask-server';

/** SECURITY.md in any letter case; the server narrows it to root, .github/ and docs/. */
export const POLICY_GLOB = '**/[sS][eE][cC][uU][rR][iI][tT][yY].[mM][dD]';

export const DOCUMENT_SELECTOR = [
  { language: 'markdown', pattern: POLICY_GLOB },
  { language: 'securitytxt', scheme: 'file' },
  { language: 'securitytxt', scheme: 'untitled' },
  { language: 'securitytxt', scheme: 'vscode-vfs' },
  { language: 'securitytxt', scheme: PREVIEW_SCHEME },
];

export function isSecurityTxtDocument(document: vscode.TextDocument): boolean {
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

export interface Platform {
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /** Save target on disk with link checks; absent on the web, where folders are virtual. */
  diskTarget?: DiskTarget;
  /** The repository and its tags from .git on disk; absent on the web. */
  repository?: RepositoryProbe;
}

let client: BaseLanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

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

export function activateWith(context: vscode.ExtensionContext, platform: Platform): void {
  const status = createStatusItem(DOCUMENT_SELECTOR);
  const startClient = (): BaseLanguageClient => {
    output ??= vscode.window.createOutputChannel('SECURITY.md', { log: true });
    const started = platform.createClient({
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: output,
      // .securitymd.json changes reach the server, which then reads it again.
      synchronize: { configurationSection: 'securityMd', fileEvents: vscode.workspace.createFileSystemWatcher('**/.securitymd.json') },
    });
    client = started;
    void started.start();
    context.subscriptions.push(status.attach(started));
    return started;
  };
  const maybeStart = (document: vscode.TextDocument) => {
    if (client || !(isPolicyDocument(document) || isSecurityTxtDocument(document))) return;
    startClient();
  };
  /** The server for "Create security policy", which is run before any policy is open: started now if need be. */
  const connect = async () => {
    const running = client ?? startClient();
    await whenStarted(running);
    return policyServer(running);
  };
  vscode.workspace.textDocuments.forEach(maybeStart);
  const preview = new SecurityTxtPreview(() => client);
  context.subscriptions.push(
    status.item,
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.commands.registerCommand('securityMd.fixAll', fixAllCommand),
    vscode.commands.registerCommand('securityMd.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('securityMd.restartServer', async () => {
      if (client) {
        await client.stop();
        await client.start();
      } else vscode.workspace.textDocuments.forEach(maybeStart);
    }),
    preview,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, preview),
    vscode.commands.registerCommand('securityMd.previewSecurityTxt', () => showPreview(isPolicyDocument)),
    vscode.commands.registerCommand('securityMd.saveSecurityTxt', () => saveSecurityTxt(client, isPolicyDocument, platform.diskTarget)),
    vscode.commands.registerCommand('securityMd.createPolicy', () => createPolicyCommand(platform.repository, connect)),
  );
  void offerCreatePolicy(context);
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
