// The GitHub repository a file belongs to, read from the origin remote in .git/config.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** owner/name from a GitHub remote URL (https, ssh or git@ form), else undefined. */
export function githubRepositoryFromUrl(url: string): string | undefined {
  const m = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * The shared git folder of a repository whose .git is at `dotGit`: a folder, or for submodules and
 * worktrees a file "gitdir: PATH" (a worktree's PATH names the shared folder in "commondir").
 */
export function gitDirectory(dotGit: string): string | undefined {
  try {
    if (fs.statSync(dotGit).isDirectory()) return dotGit;
    const gitdir = /^gitdir:\s*(.+)$/m.exec(fs.readFileSync(dotGit, 'utf8'))?.[1]?.trim();
    if (!gitdir) return undefined;
    const resolved = path.resolve(path.dirname(dotGit), gitdir);
    try {
      return path.resolve(resolved, fs.readFileSync(path.join(resolved, 'commondir'), 'utf8').trim());
    } catch {
      return resolved; // no commondir: a submodule, whose gitdir holds its own config and refs
    }
  } catch {
    return undefined;
  }
}

function readGitConfig(dotGit: string): string | undefined {
  const dir = gitDirectory(dotGit);
  try {
    return dir ? fs.readFileSync(path.join(dir, 'config'), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the origin remote of the nearest enclosing git repository. */
export function findRepository(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (let depth = 0; depth < 32; depth++) {
    const text = readGitConfig(path.join(dir, '.git'));
    if (text !== undefined) {
      const origin = /\[remote "origin"\]([^[]*)/.exec(text)?.[1] ?? '';
      // Line by line: a multi-line regex with \s* would retry across every blank line.
      const url = origin
        .split('\n')
        .map((line) => /^[ \t]*url[ \t]*=[ \t]*(.+)$/.exec(line)?.[1])
        .find((u) => u !== undefined);
      return url ? githubRepositoryFromUrl(url) : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}
