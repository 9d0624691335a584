// Where a command writes inside a workspace folder (.well-known/security.txt, .github/SECURITY.md),
// and never outside it, whatever symbolic links lie on the way. Pure over an injected file-system
// probe so that it can be tested without VS Code.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FsProbe {
  /** The real path (links resolved), or undefined when nothing is there. */
  realpath(p: string): string | undefined;
  /** Where a symbolic link points (as written), or undefined when p is not a link. */
  readlink(p: string): string | undefined;
}

export type FolderTarget = { target: string; exists: boolean } | { error: string };

function inside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Where a path leads: its real path, or for a link to nothing yet, where the link points. */
function destination(p: string, probe: FsProbe): string | undefined {
  const real = probe.realpath(p);
  if (real) return real;
  const link = probe.readlink(p);
  if (link === undefined) return undefined;
  const parent = probe.realpath(path.dirname(p)) ?? path.dirname(p);
  return path.resolve(parent, link);
}

/** `folder`/`parts…`, unless the folder is missing or a link on the way leads out of it. */
export function targetInFolder(folder: string, parts: string[], probe: FsProbe): FolderTarget {
  const root = probe.realpath(folder);
  if (!root) return { error: `The workspace folder ${folder} does not exist.` };
  let p = folder;
  for (const part of parts) {
    p = path.join(p, part);
    const real = destination(p, probe);
    if (real && !inside(root, real)) return { error: `${p} is a link to ${real}, outside the workspace folder; nothing was written.` };
  }
  return { target: p, exists: probe.realpath(p) !== undefined || probe.readlink(p) !== undefined };
}

/** The probe over the real file system. */
export function diskProbe(): FsProbe {
  return {
    realpath: (p) => (fs.existsSync(p) ? fs.realpathSync(p) : undefined),
    readlink: (p) => {
      try {
        return fs.readlinkSync(p);
      } catch {
        return undefined;
      }
    },
  };
}

/** Where "Save security.txt" writes: <folder>/.well-known/security.txt, never outside the folder. */
export function wellKnownTarget(folder: string, probe: FsProbe): FolderTarget {
  return targetInFolder(folder, ['.well-known', 'security.txt'], probe);
}

/** Where "Create security policy" writes: <folder>/<dir>/SECURITY.md, never outside the folder. */
export function policyTarget(folder: string, dir: string, probe: FsProbe): FolderTarget {
  return targetInFolder(folder, dir === 'root' ? ['SECURITY.md'] : [dir, 'SECURITY.md'], probe);
}
