// "SECURITY.md: Create security policy": asks a few questions and writes a complete policy, and
// the notification that offers it, once per workspace, for a repository without one.

import * as vscode from 'vscode';
import { createPolicy } from '../../server/src/core/create-policy';
import { askPolicyAnswers, shouldOfferCreate, type FlowUi, type FlowContext } from './create-policy-flow';

/** What needs a file system on disk: the repository and its tags (absent on the web). */
export interface RepositoryProbe {
  repository(folder: string): string | undefined;
  tags(folder: string): string[];
  /** The file to write for `dir` (root, .github, docs), or why it must not be written. */
  policyTarget(folder: string, dir: string): { target: string } | { error: string };
}

const ui: FlowUi = {
  async pick(title, items) {
    const chosen = await vscode.window.showQuickPick(
      items.map((i) => ({ label: i.label, ...(i.description ? { description: i.description } : {}), value: i.value })),
      { title, ignoreFocusOut: true },
    );
    return chosen?.value;
  },
  async pickMany(title, items) {
    const chosen = await vscode.window.showQuickPick(
      items.map((i) => ({ label: i.label, value: i.value, picked: i.picked ?? false })),
      { title, canPickMany: true, ignoreFocusOut: true },
    );
    return chosen?.map((c) => c.value);
  },
  async input(title, options) {
    return vscode.window.showInputBox({
      title,
      ignoreFocusOut: true,
      ...(options.value ? { value: options.value } : {}),
      ...(options.placeHolder ? { placeHolder: options.placeHolder } : {}),
      validateInput: (v) => options.validate(v),
    });
  },
};

/** The policy GitHub would already use in this folder, if any. */
async function existingPolicy(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (const dir of ['.github', '', 'docs']) {
    const uri = dir ? vscode.Uri.joinPath(folder, dir) : folder;
    const entries = await vscode.workspace.fs.readDirectory(uri).then(
      (e) => e,
      () => [] as [string, vscode.FileType][],
    );
    // A link to a file reports File | SymbolicLink.
    const name = entries.find(([n, type]) => /^security\.md$/i.test(n) && (type & vscode.FileType.File) !== 0)?.[0];
    if (name) return vscode.Uri.joinPath(uri, name);
  }
  return undefined;
}

async function isGitRepository(folder: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, '.git')).then(
    () => true,
    () => false,
  );
}

export async function createPolicyCommand(probe: RepositoryProbe | undefined): Promise<void> {
  const folder =
    (vscode.workspace.workspaceFolders?.length ?? 0) > 1
      ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the policy?' })
      : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length)
      void vscode.window.showInformationMessage('Open a folder first: the policy is written into it.');
    return;
  }
  const existing = await existingPolicy(folder.uri);
  if (existing) {
    const open = await vscode.window.showInformationMessage(
      `${vscode.workspace.asRelativePath(existing)} exists already; it is never overwritten.`,
      'Open it',
    );
    if (open) await vscode.window.showTextDocument(existing);
    return;
  }
  const onDisk = folder.uri.scheme === 'file' && probe;
  const repository = onDisk ? probe.repository(folder.uri.fsPath) : undefined;
  const context: FlowContext = { ...(repository ? { repository } : {}), tags: onDisk ? probe.tags(folder.uri.fsPath) : [] };
  const answers = await askPolicyAnswers(ui, context);
  if (!answers) return; // cancelled: nothing was written
  const dir = answers.dir === 'root' ? folder.uri : vscode.Uri.joinPath(folder.uri, answers.dir);
  const target = vscode.Uri.joinPath(dir, 'SECURITY.md');
  // On disk, a symbolic link (.github -> elsewhere) must not take the policy out of the folder.
  const checked = onDisk ? probe.policyTarget(folder.uri.fsPath, answers.dir) : undefined;
  if (checked && 'error' in checked) {
    void vscode.window.showErrorMessage(checked.error);
    return;
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(createPolicy(answers)));
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not write ${vscode.workspace.asRelativePath(target)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  await vscode.window.showTextDocument(target);
  const next = await vscode.window.showInformationMessage(
    'Security policy written. Preview the security.txt it implies?',
    'Preview security.txt',
  );
  if (next) await vscode.commands.executeCommand('securityMd.previewSecurityTxt');
}

const DISMISSED_HERE = 'securityMd.createPolicy.dismissed';
const NEVER_AGAIN = 'securityMd.createPolicy.neverAgain';

/** Offers the command once per workspace when a git repository has no policy. */
export async function offerCreatePolicy(context: vscode.ExtensionContext): Promise<void> {
  const state = {
    dismissedHere: context.workspaceState.get<boolean>(DISMISSED_HERE) === true,
    neverAgain: context.globalState.get<boolean>(NEVER_AGAIN) === true,
  };
  if (state.dismissedHere || state.neverAgain) return;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const offer = shouldOfferCreate(state, {
      isGitRepository: await isGitRepository(folder.uri),
      hasPolicy: (await existingPolicy(folder.uri)) !== undefined,
    });
    if (!offer) continue;
    const answer = await vscode.window.showInformationMessage(
      `${folder.name} has no security policy, so GitHub shows "No security policy detected". Create a SECURITY.md?`,
      'Create SECURITY.md',
      'Not now',
      "Don't ask again",
    );
    if (answer === 'Create SECURITY.md') await vscode.commands.executeCommand('securityMd.createPolicy');
    else if (answer === "Don't ask again") await context.globalState.update(NEVER_AGAIN, true);
    else await context.workspaceState.update(DISMISSED_HERE, true);
    return;
  }
}
