// Where "Save security.txt" writes: <folder>/.well-known/security.txt, and never outside the
// folder, whatever symbolic links lie on the way. Pure over an injected file-system probe so
// that it can be tested without VS Code.

import * as path from 'node:path';

export interface FsProbe {
  /** The real path (links resolved), or undefined when nothing is there. */
  realpath(p: string): string | undefined;
}

export type WellKnownTarget = { target: string; exists: boolean } | { error: string };

function inside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function wellKnownTarget(folder: string, probe: FsProbe): WellKnownTarget {
  const root = probe.realpath(folder);
  if (!root) return { error: `The workspace folder ${folder} does not exist.` };
  const dir = path.join(folder, '.well-known');
  const target = path.join(dir, 'security.txt');
  const realDir = probe.realpath(dir);
  if (realDir && !inside(root, realDir)) {
    return { error: `${dir} is a link to ${realDir}, outside the workspace folder; nothing was written.` };
  }
  const realTarget = probe.realpath(target);
  if (realTarget && !inside(root, realTarget)) {
    return { error: `${target} is a link to ${realTarget}, outside the workspace folder; nothing was written.` };
  }
  return { target, exists: realTarget !== undefined };
}
