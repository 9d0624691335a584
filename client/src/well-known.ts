// Where "Save security.txt" writes: <folder>/.well-known/security.txt, and never outside the
// folder, whatever symbolic links lie on the way. Pure over an injected file-system probe so
// that it can be tested without VS Code.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FsProbe {
  /** The real path (links resolved), or undefined when nothing is there. */
  realpath(p: string): string | undefined;
  /** Where a symbolic link points (as written), or undefined when p is not a link. */
  readlink(p: string): string | undefined;
}

export type WellKnownTarget = { target: string; exists: boolean } | { error: string };

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

export function wellKnownTarget(folder: string, probe: FsProbe): WellKnownTarget {
  const root = probe.realpath(folder);
  if (!root) return { error: `The workspace folder ${folder} does not exist.` };
  const dir = path.join(folder, '.well-known');
  const target = path.join(dir, 'security.txt');
  const realDir = destination(dir, probe);
  if (realDir && !inside(root, realDir)) {
    return { error: `${dir} is a link to ${realDir}, outside the workspace folder; nothing was written.` };
  }
  const realTarget = destination(target, probe);
  if (realTarget && !inside(root, realTarget)) {
    return { error: `${target} is a link to ${realTarget}, outside the workspace folder; nothing was written.` };
  }
  return { target, exists: probe.realpath(target) !== undefined || probe.readlink(target) !== undefined };
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
