// "SECURITY.md: Show compliance report": the checklist of a policy against the selected profiles,
// as the language server writes it, rendered by VS Code's Markdown beside the policy and rendered
// again after each lint of the policy, so that it follows edits and settings. Its line links open
// the policy at the line. A webview of its own rather than the Markdown preview: the preview
// follows no command link and opens a link to a Markdown file in itself, not in the editor.
// "SECURITY.md: Choose compliance profiles" writes securityMd.profiles.

import * as vscode from 'vscode';
import {
  ComplianceReportRequest,
  ProfilesRequest,
  type ComplianceReportResult,
  type ProfilesResult,
  type StatusParams,
} from '../../shared/protocol';
import type { Ask } from './ask-server';
import {
  OPEN_LINE_COMMAND,
  keptMessage,
  plainHtml,
  profileItems,
  profilesToWrite,
  reportMarkdown,
  reportPage,
  settingsTarget,
  writeFailedMessage,
} from './compliance-flow';

const VIEW_TYPE = 'securityMd.complianceReport';
/** How long after the last lint of a policy its report is rendered again. */
const REFRESH_DELAY_MS = 150;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Report {
  panel: vscode.WebviewPanel;
  /** Bumped by each refresh, so that a slower, older answer does not replace a newer one. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** The report panels, one a policy. */
export class ComplianceReports implements vscode.Disposable {
  private readonly reports = new Map<string, Report>();

  constructor(
    private readonly ask: Ask,
    private readonly refreshDelayMs = REFRESH_DELAY_MS,
  ) {}

  /** The policy of the active report panel, if one is active. */
  activePolicy(): vscode.Uri | undefined {
    for (const [uri, report] of this.reports) if (report.panel.active) return vscode.Uri.parse(uri);
    return undefined;
  }

  /** Opens (or reveals) the report of `policy` beside it. */
  show(policy: vscode.Uri): void {
    const key = policy.toString();
    const open = this.reports.get(key);
    if (open) {
      open.panel.reveal(undefined, true);
      void this.refresh(key);
      return;
    }
    const markdownMedia = vscode.extensions.getExtension('vscode.markdown-language-features')?.extensionUri;
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      `Compliance: ${policy.path.split('/').pop() ?? 'SECURITY.md'}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableCommandUris: [OPEN_LINE_COMMAND],
        enableFindWidget: true,
        localResourceRoots: markdownMedia ? [vscode.Uri.joinPath(markdownMedia, 'media')] : [],
      },
    );
    this.reports.set(key, { panel, generation: 0 });
    panel.onDidDispose(() => {
      clearTimeout(this.reports.get(key)?.timer);
      this.reports.delete(key);
    });
    void this.refresh(key);
  }

  /** After a lint of a policy whose report is open: render it again once the lints pause. */
  linted(status: StatusParams): void {
    const report = this.reports.get(status.uri);
    if (!report) return;
    clearTimeout(report.timer);
    report.timer = setTimeout(() => void this.refresh(status.uri), this.refreshDelayMs);
  }

  private async refresh(key: string): Promise<void> {
    const report = this.reports.get(key);
    if (!report) return;
    const generation = ++report.generation;
    let body: string;
    try {
      const result: ComplianceReportResult = await this.ask(ComplianceReportRequest, { uri: key });
      body = await render(reportMarkdown(result.markdown, key));
    } catch (error) {
      body = plainHtml(`The compliance report could not be made: ${reason(error)}.`);
    }
    if (this.reports.get(key) !== report || report.generation !== generation) return;
    const { webview } = report.panel;
    const markdownMedia = vscode.extensions.getExtension('vscode.markdown-language-features')?.extensionUri;
    const stylesheets = markdownMedia ? [webview.asWebviewUri(vscode.Uri.joinPath(markdownMedia, 'media', 'markdown.css')).toString()] : [];
    webview.html = reportPage(body, { title: report.panel.title, cspSource: webview.cspSource, stylesheets });
  }

  dispose(): void {
    for (const report of this.reports.values()) {
      clearTimeout(report.timer);
      report.panel.dispose();
    }
    this.reports.clear();
  }
}

/** Markdown to HTML with VS Code's own renderer (the Markdown extension), or as plain text without it. */
async function render(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    return typeof html === 'string' ? html : plainHtml(markdown);
  } catch {
    return plainHtml(markdown);
  }
}

/** Opens the policy at a one-based line: in the editor group that shows it already, else the first. */
export async function openPolicyLine(uri: unknown, line: unknown): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 1) return;
  const target = vscode.Uri.parse(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  const position = new vscode.Position(line - 1, 0);
  const editor = await vscode.window.showTextDocument(target, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** What the commands need: the server, and the policy they are about. */
export interface ComplianceCommands {
  ask: Ask;
  reports: ComplianceReports;
  /** The policy of the active editor, if it is one. */
  editorPolicy(): vscode.Uri | undefined;
}

async function profilesOf(ask: Ask, policy: vscode.Uri | undefined): Promise<ProfilesResult | undefined> {
  try {
    return await ask(ProfilesRequest, policy ? { uri: policy.toString() } : {});
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot choose compliance profiles: ${reason(error)}.`);
    return undefined;
  }
}

/**
 * "SECURITY.md: Choose compliance profiles": a multi-select quick pick of every profile, written to
 * securityMd.profiles. Gives the profiles that apply now, or undefined when cancelled or not written.
 */
export async function chooseProfiles(deps: ComplianceCommands, known?: ProfilesResult): Promise<string[] | undefined> {
  const policy = deps.reports.activePolicy() ?? deps.editorPolicy();
  const available = known ?? (await profilesOf(deps.ask, policy));
  if (!available) return undefined;
  const config = vscode.workspace.getConfiguration('securityMd', policy);
  const ids = new Set(available.profiles.map((p) => p.id));
  const raw = config.get<unknown>('profiles');
  const setting = Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string' && ids.has(id)) : [];
  const chosen = await vscode.window.showQuickPick(profileItems(available.profiles, setting, available.fromConfigFile), {
    title: 'Compliance profiles the policy must meet',
    placeHolder: 'Their rules turn on; the status bar shows their score',
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!chosen) return undefined;
  const { value, kept } = profilesToWrite(
    chosen.map((c) => c.id),
    setting,
    available.fromConfigFile,
  );
  if (value.join() !== setting.join()) {
    const target = settingsTarget({
      folderOpen: (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
      folderValueSet: config.inspect('profiles')?.workspaceFolderValue !== undefined,
    });
    const where = { global: vscode.ConfigurationTarget.Global, workspace: vscode.ConfigurationTarget.Workspace };
    try {
      await config.update('profiles', value, target === 'workspaceFolder' ? vscode.ConfigurationTarget.WorkspaceFolder : where[target]);
    } catch (error) {
      void vscode.window.showErrorMessage(writeFailedMessage(target, error));
      return undefined;
    }
  }
  if (kept.length > 0) void vscode.window.showInformationMessage(keptMessage(kept, available.profiles));
  return [...new Set([...value, ...available.fromConfigFile])];
}

/** "SECURITY.md: Show compliance report": the report of the active policy; first the profiles, when none is selected. */
export async function showComplianceReport(deps: ComplianceCommands): Promise<void> {
  const policy = deps.reports.activePolicy() ?? deps.editorPolicy();
  if (!policy) {
    void vscode.window.showInformationMessage(
      'Open a SECURITY.md (in the root, .github/ or docs/ of a folder) to see its compliance report.',
    );
    return;
  }
  const setting = vscode.workspace.getConfiguration('securityMd', policy).get<unknown>('profiles');
  if (!Array.isArray(setting) || setting.length === 0) {
    const available = await profilesOf(deps.ask, policy);
    if (!available) return;
    if (available.fromConfigFile.length === 0) {
      const chosen = await chooseProfiles(deps, available);
      if (!chosen?.length) return;
    }
  }
  deps.reports.show(policy);
}
