// "SECURITY.md: Create security policy": asks a few questions and writes a complete policy, and
// the notification that offers it, once per workspace, for a repository without one. The
// language server checks the address and writes the text (see ask-server.ts).

import * as vscode from 'vscode';
import {
  askPolicyAnswers,
  profilesConfigStep,
  shouldOfferCreate,
  type CreateAnswers,
  type FlowUi,
  type FlowContext,
  type PolicyServer,
} from './create-policy-flow';

/** What needs a file system on disk, asked of the Node server: the repository and its tags (absent on the web). */
export interface RepositoryProbe {
  repository(folder: string): Promise<string | undefined>;
  tags(folder: string): Promise<string[]>;
  /** The file to write for `dir` (root, .github, docs), or why it must not be written. */
  policyTarget(folder: string, dir: 'root' | '.github' | 'docs'): Promise<{ target: string } | { error: string }>;
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
      items.map((i) => ({
        label: i.label,
        ...(i.description ? { description: i.description } : {}),
        value: i.value,
        picked: i.picked ?? false,
      })),
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

/** The folder that gets the policy: the only one, or the one picked; undefined when there is none. */
async function targetFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folder =
    (vscode.workspace.workspaceFolders?.length ?? 0) > 1
      ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder gets the policy?' })
      : vscode.workspace.workspaceFolders?.[0];
  if (!folder && !vscode.workspace.workspaceFolders?.length)
    void vscode.window.showInformationMessage('Open a folder first: the policy is written into it.');
  return folder;
}

/** Shows the policy GitHub already uses in the folder and says true, or says false when there is none. */
async function showExisting(folder: vscode.Uri): Promise<boolean> {
  const existing = await existingPolicy(folder);
  if (!existing) return false;
  const open = await vscode.window.showInformationMessage(
    `${vscode.workspace.asRelativePath(existing)} exists already; it is never overwritten.`,
    'Open it',
  );
  if (open) await vscode.window.showTextDocument(existing);
  return true;
}

/** The started server and what the flow knows of the folder; undefined when the user was told why not. */
async function connectFor(
  folder: vscode.Uri,
  probe: RepositoryProbe | undefined,
  connecting: Promise<PolicyServer>,
): Promise<{ server: PolicyServer; context: FlowContext } | undefined> {
  try {
    const server = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Starting the SECURITY.md language server' },
      () => connecting,
    );
    // On disk, the Node server reads the repository and its tags from .git.
    const repository = probe ? await probe.repository(folder.fsPath) : undefined;
    const chosen = vscode.workspace.getConfiguration('securityMd', folder).get<unknown>('profiles');
    const context: FlowContext = {
      ...(repository ? { repository } : {}),
      tags: probe ? await probe.tags(folder.fsPath) : [],
      profiles: await server.profiles(),
      ...(Array.isArray(chosen) ? { chosenProfiles: chosen.filter((p): p is string => typeof p === 'string') } : {}),
    };
    return { server, context };
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot create a policy: ${reason(error)}. "SECURITY.md: Show output" shows its log.`);
    return undefined;
  }
}

/** The policy text for the answers, once the target is known to be inside the folder; undefined when the user was told why not. */
async function policyFor(
  answers: CreateAnswers,
  folder: vscode.Uri,
  probe: RepositoryProbe | undefined,
  server: PolicyServer,
): Promise<string | undefined> {
  const { dir: where, ...policy } = answers;
  try {
    // On disk, a symbolic link (.github -> elsewhere) must not take the policy out of the folder.
    const checked = probe ? await probe.policyTarget(folder.fsPath, where) : undefined;
    if (checked && 'error' in checked) {
      void vscode.window.showErrorMessage(checked.error);
      return undefined;
    }
    return await server.createPolicy(policy);
  } catch (error) {
    void vscode.window.showErrorMessage(`No policy was written: ${reason(error)}.`);
    return undefined;
  }
}

/**
 * `connect` gives the language server once it has started (starting it when no document has);
 * it rejects with an Error whose message completes "Cannot create a policy: <message>".
 */
export async function createPolicyCommand(probe: RepositoryProbe | undefined, connect: () => Promise<PolicyServer>): Promise<void> {
  const folder = await targetFolder();
  if (!folder) return;
  // The server starts while the folder is looked at; the questions wait for it.
  const connecting = connect();
  connecting.catch(() => undefined); // reported below, or not needed when a policy exists
  if (await showExisting(folder.uri)) return;
  const onDisk = folder.uri.scheme === 'file' ? probe : undefined;
  const connected = await connectFor(folder.uri, onDisk, connecting);
  if (!connected) return;
  let answers: CreateAnswers | undefined;
  try {
    answers = await askPolicyAnswers(ui, connected.context, connected.server);
  } catch (error) {
    void vscode.window.showErrorMessage(`No policy was written: ${reason(error)}.`);
    return;
  }
  if (!answers) return; // cancelled: nothing was written
  const text = await policyFor(answers, folder.uri, onDisk, connected.server);
  if (text === undefined) return;
  const dir = answers.dir === 'root' ? folder.uri : vscode.Uri.joinPath(folder.uri, answers.dir);
  const target = vscode.Uri.joinPath(dir, 'SECURITY.md');
  try {
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not write ${vscode.workspace.asRelativePath(target)}: ${reason(error)}`);
    return;
  }
  await vscode.window.showTextDocument(target);
  const config = await writeProfilesConfig(folder.uri, answers);
  const next = await vscode.window.showInformationMessage(
    `Security policy written${config ? `. ${config}` : ''}. Preview the security.txt it implies?`,
    'Preview security.txt',
  );
  if (next) await vscode.commands.executeCommand('securityMd.previewSecurityTxt');
}

/**
 * With profiles chosen: a .securitymd.json that turns them on, in the folder, unless one applies to
 * the policy already (it is never changed). What was done or is left to do, as a sentence without
 * its full stop; undefined when nothing was.
 */
async function writeProfilesConfig(folder: vscode.Uri, answers: CreateAnswers): Promise<string | undefined> {
  const profiles = answers.profiles ?? [];
  if (profiles.length === 0) return undefined;
  // The config the server reads for the policy: the nearest from its folder up to the workspace folder.
  const places = answers.dir === 'root' ? [folder] : [vscode.Uri.joinPath(folder, answers.dir), folder];
  let existing: { name: string; text: string } | undefined;
  for (const place of places) {
    const uri = vscode.Uri.joinPath(place, '.securitymd.json');
    const there = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    if (!there) continue;
    // One that cannot be read still applies and is never written over.
    const bytes = await vscode.workspace.fs.readFile(uri).then(
      (b) => b,
      () => new Uint8Array(),
    );
    existing = { name: vscode.workspace.asRelativePath(uri), text: new TextDecoder().decode(bytes) };
    break;
  }
  const step = profilesConfigStep(profiles, existing);
  if (!step) return undefined;
  if ('note' in step) return step.note;
  const uri = vscode.Uri.joinPath(folder, '.securitymd.json');
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(step.write));
    return `Wrote ${vscode.workspace.asRelativePath(uri)}, which turns the profiles on`;
  } catch (error) {
    return `Could not write ${vscode.workspace.asRelativePath(uri)} (${reason(error)}); add "profiles" there yourself`;
  }
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
