// The workspace folders the client reported, and which documents the server lints: SECURITY.md
// in a folder's root, .github/ or docs/ (or opened on its own), and security.txt anywhere.

import type { WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { lint, lintSecurityTxt, isSecurityTxtName, type Linter } from '../core/index';
import { isPolicyName, isPolicyPath } from '../../../shared/paths';

/** The URI, or undefined for a string that is none (say, file:////x with no authority). */
function parse(uri: string): URI | undefined {
  try {
    return URI.parse(uri);
  } catch {
    return undefined;
  }
}

/** The decoded file name of a URI's path. */
export function fileName(uri: string): string {
  const parsed = parse(uri);
  return parsed ? Utils.basename(parsed) : '';
}

/** '.github' or 'docs' when the URI's file is in such a folder, else '' (the root). */
export function policyDirOfUri(uri: string): string {
  const parsed = parse(uri);
  const folder = parsed ? Utils.basename(Utils.dirname(parsed)).toLowerCase() : '';
  return folder === '.github' || folder === 'docs' ? folder : '';
}

/** The local file path of a file: URI, else undefined (virtual workspaces, untitled files). */
export function filePathOf(uri: string): string | undefined {
  const parsed = parse(uri);
  return parsed?.scheme === 'file' ? parsed.fsPath : undefined;
}

export class Workspace {
  private folders: WorkspaceFolder[] = [];

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders;
  }

  foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    this.folders = this.folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)).concat(event.added);
  }

  /** The workspace folder a document belongs to (the innermost). */
  folderOf(uri: string): string | undefined {
    return this.folders
      .filter((f) => uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
      .sort((a, b) => b.uri.length - a.uri.length)[0]?.uri;
  }

  /** The path of a document relative to its workspace folder, or undefined outside any folder. */
  relativePath(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    return folder ? decodeURIComponent(uri.slice(folder.replace(/\/$/, '').length + 1)) : undefined;
  }

  /** Only SECURITY.md files in a folder's root, .github/ or docs/ are policies. */
  isPolicyDocument(uri: string): boolean {
    if (!isPolicyName(fileName(uri))) return false;
    const relative = this.relativePath(uri);
    return relative === undefined || isPolicyPath(relative); // a file opened on its own counts
  }

  /** The linter for a document, or undefined when the server has nothing to say about it. */
  linterFor(uri: string): Linter | undefined {
    // security.txt anywhere: the web root, .well-known/, a static folder.
    if (isSecurityTxtName(fileName(uri))) return lintSecurityTxt;
    return this.isPolicyDocument(uri) ? lint : undefined;
  }
}
