// The tags of a git repository, read from .git (loose refs and packed-refs) without running git.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { gitDirectory } from './repository';

export function readGitTags(root: string): string[] {
  // Worktrees and submodules have a .git file pointing at the folder that holds the refs.
  const git = gitDirectory(path.join(root, '.git'));
  if (!git) return [];
  const tags = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${prefix}${e.name}/`);
      else tags.add(`${prefix}${e.name}`);
    }
  };
  walk(path.join(git, 'refs', 'tags'), '');
  try {
    for (const line of fs.readFileSync(path.join(git, 'packed-refs'), 'utf8').split('\n')) {
      const m = /^[0-9a-f]{40,64} refs\/tags\/(.+)$/.exec(line.trim());
      if (m) tags.add(m[1]!);
    }
  } catch {
    // no packed refs
  }
  return [...tags];
}
