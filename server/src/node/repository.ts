// The GitHub repository a file belongs to, read from the origin remote in .git/config.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** owner/name from a GitHub remote URL (https, ssh or git@ form), else undefined. */
export function githubRepositoryFromUrl(url: string): string | undefined {
  const m = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** Reads the origin remote of the nearest enclosing git repository. */
export function findRepository(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (let depth = 0; depth < 32; depth++) {
    const config = path.join(dir, '.git', 'config');
    let text: string | undefined;
    try {
      text = fs.readFileSync(config, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const origin = /\[remote "origin"\]([^[]*)/.exec(text)?.[1] ?? '';
      const url = /^\s*url\s*=\s*(.+)$/m.exec(origin)?.[1];
      return url ? githubRepositoryFromUrl(url) : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}
