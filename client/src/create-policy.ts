// "SECURITY.md: Create security policy": asks a few questions and writes a complete policy, and
// the notification that offers it, once per workspace, for a repository without one. The
// language server checks the address and writes the text (see ask-server.ts).

import * as vscode from 'vscode';
import { askPolicyAnswers, shouldOfferCreate, type FlowUi, type FlowContext, type PolicyServer } from './create-policy-flow';

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

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `connect` gives the language server once it has started (starting it when no document has);
 * it rejects with an Error whose message completes "Cannot create a policy: <message>".
 */
export async function createPolicyCommand(probe: RepositoryProbe | undefined, connect: () => Promise<PolicyServer>): Promise<void> {
  const folder =
    (vscode.workspace.workspaceFolders?.length ?? 0) > 1
      ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the policy?' })
      : vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length)
      void vscode.window.showInformationMessage('Open a folder first: the policy is written into it.');
    return;
  }
  // The server starts while the folder is looked at; the questions wait for it.
  const connecting = connect();
  connecting.catch(() => undefined); // reported below, or not needed when a policy exists
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
  let server: PolicyServer;
  try {
    server = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Starting the SECURITY.md language server' },
      () => connecting,
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot create a policy: ${reason(error)}. "SECURITY.md: Show output" shows its log.`);
    return;
  }
  let answers: Awaited<ReturnType<typeof askPolicyAnswers>>;
  try {
    answers = await askPolicyAnswers(ui, context, server);
  } catch (error) {
    void vscode.window.showErrorMessage(`No policy was written: ${reason(error)}.`);
    return;
  }
  if (!answers) return; // cancelled: nothing was written
  const { dir: where, ...policy } = answers;
  const dir = where === 'root' ? folder.uri : vscode.Uri.joinPath(folder.uri, where);
  const target = vscode.Uri.joinPath(dir, 'SECURITY.md');
  // On disk, a symbolic link (.github -> elsewhere) must not take the policy out of the folder.
  const checked = onDisk ? probe.policyTarget(folder.uri.fsPath, where) : undefined;
  if (checked && 'error' in checked) {
    void vscode.window.showErrorMessage(checked.error);
    return;
  }
  let text: string;
  try {
    text = await server.createPolicy(policy);
  } catch (error) {
    void vscode.window.showErrorMessage(`No policy was written: ${reason(error)}.`);
    return;
  }
  try {
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not write ${vscode.workspace.asRelativePath(target)}: ${reason(error)}`);
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
