// What the desktop client asks the Node language server about the disk, which the client does not
// read itself: where "Save security.txt" and "Create security policy" may write (never outside
// the workspace folder, whatever symbolic links lie on the way; see server/src/node/folder-target.ts),
// and the repository and tags of a folder. The web client has no such server and asks none of it.

import { GitTagsRequest, RepositoryRequest, WriteTargetRequest, type WriteTarget } from '../../shared/protocol';
import type { Ask } from './ask-server';
import type { RepositoryProbe } from './create-policy';

export type WellKnownTarget = WriteTarget;

/** Where "Save security.txt" writes: <folder>/.well-known/security.txt, or why it must not. */
export function wellKnownTarget(ask: Ask, folder: string): Promise<WellKnownTarget> {
  return ask(WriteTargetRequest, { folder, file: 'security.txt' });
}

/** The repository, its tags and the policy's target, for "Create security policy". */
export function repositoryProbe(ask: Ask): RepositoryProbe {
  return {
    repository: async (folder) => (await ask(RepositoryRequest, { folder })).repository,
    tags: async (folder) => (await ask(GitTagsRequest, { folder })).tags,
    policyTarget: (folder, dir) => ask(WriteTargetRequest, { folder, file: 'SECURITY.md', dir }),
  };
}
