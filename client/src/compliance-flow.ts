// Compliance profiles in the editor, without VS Code so that it can be tested: the score the
// status item shows, the report page (the server's checklist, with each line link turned into a
// command the webview may run), and what "Choose compliance profiles" offers and writes.

import { policyLineLink, type ProfileInfo, type ProfileScore } from '../../shared/protocol';

/** The command a report's line links run: opens the policy at a line. Arguments: the policy's URI, the one-based line. */
export const OPEN_LINE_COMMAND = 'securityMd.openPolicyLine';

/** "CRA 5/6 · ISO 29147 7/8": the short label and score of each profile; empty for none. */
export function scoreLabel(profiles: readonly ProfileScore[] | undefined): string {
  return (profiles ?? []).map((p) => `${p.short} ${p.met}/${p.total}`).join(' · ');
}

/** "EU Cyber Resilience Act: manufacturer: 5 of 6 requirements met", one clause a profile. */
export function scoreDetail(profiles: readonly ProfileScore[] | undefined): string {
  return (profiles ?? []).map((p) => `${p.title}: ${p.met} of ${p.total} requirement${p.total === 1 ? '' : 's'} met`).join('; ');
}

/** A command URI for the webview: `command:<id>?<JSON arguments>`. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * The server's checklist as the report page renders it: each link to a line of the policy (the
 * policy's URI with #L<n>, which a webview does not follow) runs OPEN_LINE_COMMAND instead, and
 * the task-list boxes, which VS Code's Markdown renders as plain "[x]", become ✓ and ✗.
 */
export function reportMarkdown(markdown: string, policyUri: string): string {
  const prefix = policyLineLink(policyUri, 0).slice(0, -1); // the URI and "#L"
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return markdown
    .replace(
      new RegExp(`\\]\\(${escaped}(\\d{1,9})\\)`, 'g'),
      (_, line: string) => `](${commandUri(OPEN_LINE_COMMAND, [policyUri, Number(line)])})`,
    )
    .replace(/^- \[x\] /gm, '- ✓ ')
    .replace(/^- \[ \] /gm, '- ✗ ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Markdown as preformatted text, when it cannot be rendered. */
export function plainHtml(markdown: string): string {
  return `<pre>${escapeHtml(markdown)}</pre>`;
}

/**
 * The report page: rendered Markdown in a page that runs no script and loads nothing but the
 * stylesheets given (the Markdown preview's, from the webview's own source).
 */
export function reportPage(body: string, options: { title: string; cspSource: string; stylesheets: readonly string[] }): string {
  const csp = `default-src 'none'; style-src ${options.cspSource} 'unsafe-inline'; img-src ${options.cspSource} https: data:;`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    ...options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    '<style>ul { padding-left: 1.5em; } li > ul { list-style: disc; }</style>',
    `<title>${escapeHtml(options.title)}</title>`,
    '</head>',
    `<body class="vscode-body">${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** An item of the profile quick pick. */
export interface ProfileItem {
  id: string;
  label: string;
  description?: string;
  detail: string;
  picked: boolean;
}

/**
 * The quick pick of every profile: its title, its short label, its summary as detail, picked when
 * the setting or the policy's .securitymd.json selects it (the latter said, since only the file can
 * unselect it).
 */
export function profileItems(
  profiles: readonly ProfileInfo[],
  setting: readonly string[],
  fromConfigFile: readonly string[],
): ProfileItem[] {
  return profiles.map((p) => ({
    id: p.id,
    label: p.title,
    description: fromConfigFile.includes(p.id) ? `${p.short} · selected in .securitymd.json` : p.short,
    detail: p.summary,
    picked: setting.includes(p.id) || fromConfigFile.includes(p.id),
  }));
}

/**
 * What to write to `securityMd.profiles` for the profiles picked: those picked that the
 * .securitymd.json does not already select (unless the setting has them too); `kept` are those
 * the file selects that were not picked, which stay selected.
 */
export function profilesToWrite(
  picked: readonly string[],
  setting: readonly string[],
  fromConfigFile: readonly string[],
): { value: string[]; kept: string[] } {
  return {
    value: picked.filter((id) => !fromConfigFile.includes(id) || setting.includes(id)),
    kept: fromConfigFile.filter((id) => !picked.includes(id)),
  };
}

/** Where the profiles are written: the workspace, the global settings when no folder is open, or the folder when its own settings name profiles (they would hide the workspace's). */
export function settingsTarget(options: { folderOpen: boolean; folderValueSet: boolean }): 'global' | 'workspace' | 'workspaceFolder' {
  if (!options.folderOpen) return 'global';
  return options.folderValueSet ? 'workspaceFolder' : 'workspace';
}

const TARGET_NAMES = { global: 'your user settings', workspace: 'the workspace settings', workspaceFolder: "the folder's settings" };

/** The message when writing the setting fails. */
export function writeFailedMessage(target: keyof typeof TARGET_NAMES, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not save the compliance profiles (securityMd.profiles) in ${TARGET_NAMES[target]}: ${reason}`;
}

/** The message when profiles the .securitymd.json selects were unpicked. */
export function keptMessage(kept: readonly string[], profiles: readonly ProfileInfo[]): string {
  const names = kept.map((id) => profiles.find((p) => p.id === id)?.title ?? id);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} stay${kept.length === 1 ? 's' : ''} selected: the .securitymd.json of the policy selects ${kept.length === 1 ? 'it' : 'them'}. Edit its "profiles" to unselect.`;
}
