// Where "Save security.txt" writes: <folder>/.well-known/security.txt, and never outside the
// folder, whatever symbolic links lie on the way (see server/src/node/folder-target.ts).

import { diskProbe, targetInFolder, type FolderTarget, type FsProbe } from '../../server/src/node/folder-target';

export { diskProbe, type FsProbe };
export type WellKnownTarget = FolderTarget;

export function wellKnownTarget(folder: string, probe: FsProbe): WellKnownTarget {
  return targetInFolder(folder, ['.well-known', 'security.txt'], probe);
}

/** Where "Create security policy" writes: <folder>/<dir>/SECURITY.md, never outside the folder. */
export function policyTarget(folder: string, dir: string, probe: FsProbe): FolderTarget {
  return targetInFolder(folder, dir === 'root' ? ['SECURITY.md'] : [dir, 'SECURITY.md'], probe);
}
