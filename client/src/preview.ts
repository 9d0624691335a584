// The security.txt preview: a read-only virtual document beside the policy, refreshed as the
// policy changes, and the command that saves it to .well-known/.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { SecurityTxtRequest, type SecurityTxtResult } from '../../shared/protocol';
import type { WellKnownTarget } from './disk';

/** Resolves the save target in a folder on disk, following links (the Node server only; see disk.ts). */
export type DiskTarget = (folder: string) => Promise<WellKnownTarget>;

export const PREVIEW_SCHEME = 'security-md-preview';

/** security-md-preview:/security.txt?<policy URI>: one preview per policy. */
export function previewUri(policy: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: '/security.txt', query: policy.toString() });
}

async function generate(client: LanguageClient, policy: vscode.Uri): Promise<SecurityTxtResult> {
  return client.sendRequest(SecurityTxtRequest, { uri: policy.toString() });
}

export class SecurityTxtPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient | undefined) {
    // Refresh open previews as their policy is edited, at most every 200 ms.
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      const uri = previewUri(e.document.uri);
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      clearTimeout(this.timers.get(uri.toString()));
      this.timers.set(
        uri.toString(),
        setTimeout(() => this.changed.fire(uri), 200),
      );
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const client = this.client();
    if (!client) return '# The SECURITY.md language server is not running yet: open a SECURITY.md.\n';
    const result = await generate(client, vscode.Uri.parse(uri.query));
    if (result.text !== undefined) return result.text + result.notes.map((n) => `# Note: ${n}\n`).join('');
    return `# No security.txt can be generated from this policy.\n# ${result.reason ?? 'The policy is not open.'}\n`;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.timers.forEach((t) => clearTimeout(t));
  }
}

/** The policy the command is about: the active editor's, or the one behind an active preview. */
function activePolicy(isPolicy: (d: vscode.TextDocument) => boolean): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  if (document.uri.scheme === PREVIEW_SCHEME) return vscode.Uri.parse(document.uri.query);
  return isPolicy(document) ? document.uri : undefined;
}

export async function showPreview(isPolicy: (d: vscode.TextDocument) => boolean): Promise<void> {
  const policy = activePolicy(isPolicy);
  if (!policy) {
    void vscode.window.showInformationMessage('Open a SECURITY.md to preview the security.txt it implies.');
    return;
  }
  const document = await vscode.workspace.openTextDocument(previewUri(policy));
  await vscode.languages.setTextDocumentLanguage(document, 'securitytxt');
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
}

export async function saveSecurityTxt(
  client: LanguageClient | undefined,
  isPolicy: (d: vscode.TextDocument) => boolean,
  diskTarget: DiskTarget | undefined,
): Promise<void> {
  const policy = activePolicy(isPolicy);
  if (!policy || !client) {
    void vscode.window.showInformationMessage('Open a SECURITY.md to save the security.txt it implies.');
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(policy);
  if (!folder) {
    void vscode.window.showErrorMessage(
      'The policy is not in a workspace folder, so there is no .well-known/ to save to. Open its folder first.',
    );
    return;
  }
  const result = await generate(client, policy);
  if (result.text === undefined) {
    void vscode.window.showErrorMessage(`No security.txt was saved: ${result.reason ?? 'the policy is not open.'}`);
    return;
  }
  let target: vscode.Uri;
  let exists: boolean;
  if (folder.uri.scheme === 'file' && diskTarget) {
    const where = await diskTarget(folder.uri.fsPath);
    if ('error' in where) {
      void vscode.window.showErrorMessage(where.error);
      return;
    }
    target = vscode.Uri.file(where.target);
    exists = where.exists;
  } else {
    // Virtual workspaces have no links to follow; the path is built inside the folder.
    target = vscode.Uri.joinPath(folder.uri, '.well-known', 'security.txt');
    exists = await vscode.workspace.fs.stat(target).then(
      () => true,
      () => false,
    );
  }
  if (exists) {
    const answer = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(target)} exists. Overwrite it?`,
      { modal: true },
      'Overwrite',
    );
    if (answer !== 'Overwrite') return;
  }
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not write ${target.fsPath || target.toString()}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  const saved = await vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (saved === 'Open') await vscode.window.showTextDocument(target);
}
