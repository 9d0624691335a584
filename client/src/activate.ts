// Activation shared by the desktop client (extension.ts, server over IPC) and the web client
// (browser.ts, server in a web worker): the client starts when the first policy or security.txt
// is opened; commands, the preview and the status item are the same.

import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { FIX_ALL_COMMAND } from '../../shared/protocol';
import { isPolicyName, isPolicyPath } from '../../shared/paths';
import { PREVIEW_SCHEME, SecurityTxtPreview, saveSecurityTxt, showPreview, type DiskTarget } from './preview';
import { createStatusItem } from './status';
import { createPolicyCommand, offerCreatePolicy, type RepositoryProbe } from './create-policy';
import { asker, policyServer, whenStarted, type Ask } from './ask-server';
import { repositoryProbe, wellKnownTarget } from './disk';
import { ComplianceReports, chooseProfiles, openPolicyLine, showComplianceReport, type ComplianceCommands } from './compliance';
import { OPEN_LINE_COMMAND } from './compliance-flow';

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
  if (!isPolicyName(document.uri.path.split('/').pop() ?? '')) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return true;
  return isPolicyPath(document.uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1));
}

/** The active editor when it shows a policy. */
function activePolicyEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isPolicyDocument(editor.document) ? editor : undefined;
}

export interface Platform {
  createClient(options: LanguageClientOptions): BaseLanguageClient;
  /**
   * The server reads the disk (the Node server on the desktop): the save targets checked for
   * links, the repository and its tags. Not on the web, where folders are virtual.
   */
  serverReadsDisk?: boolean;
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
  await vscode.commands.executeCommand(FIX_ALL_COMMAND, editor.document.uri.toString());
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
  // What the Node server reads from the disk for the commands, asked once a command needs it.
  const ask: Ask = (type, params) => asker(client ?? startClient())(type, params);
  const diskTarget: DiskTarget | undefined = platform.serverReadsDisk ? (folder) => wellKnownTarget(ask, folder) : undefined;
  const repository: RepositoryProbe | undefined = platform.serverReadsDisk ? repositoryProbe(ask) : undefined;
  vscode.workspace.textDocuments.forEach(maybeStart);
  const preview = new SecurityTxtPreview(() => client);
  const reports = new ComplianceReports(ask);
  const compliance: ComplianceCommands = { ask, reports, editorPolicy: () => activePolicyEditor()?.document.uri };
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
    vscode.commands.registerCommand('securityMd.saveSecurityTxt', () => saveSecurityTxt(client, isPolicyDocument, diskTarget)),
    vscode.commands.registerCommand('securityMd.createPolicy', () => createPolicyCommand(repository, connect)),
    reports,
    status.onDidReceive((params) => reports.linted(params)),
    vscode.commands.registerCommand('securityMd.showComplianceReport', () => showComplianceReport(compliance)),
    vscode.commands.registerCommand('securityMd.chooseProfiles', () => chooseProfiles(compliance)),
    vscode.commands.registerCommand(OPEN_LINE_COMMAND, openPolicyLine),
  );
  void offerCreatePolicy(context);
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
