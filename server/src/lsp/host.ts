// What the language server needs from where it runs: the Node server (../server.ts) reads the
// disk and lints large documents in a worker thread; the web worker (../browser-server.ts) has
// neither, and every optional part is absent.

import type { ComplianceScore, Finding, LintOptions, Span } from '../core/index';
import type { RepositoryResult, WriteTarget, WriteTargetParams } from '../../../shared/protocol';
import type { Settings } from '../../../shared/settings';

/** Documents from this many characters on are linted by host.lintInWorker. */
export const WORKER_THRESHOLD = 128 * 1024;

/** How long host.lintInWorker may take for one document. */
export const LINT_TIMEOUT_MS = 30_000;

/** What the server needs from where it runs. */
export interface ServerHost {
  version: string;
  /** The repository and folder of a document (links in fixes, the security.txt Policy). */
  location(uri: string): { repository?: string; policyDir: string };
  /** Settings from the nearest config file, looking no higher than the folder. */
  configFile?(uri: string, folderUri: string | undefined): { settings: Partial<Settings>; warnings: string[] } | undefined;
  /**
   * Lints off the main thread, with the scores of the selected profiles for a policy; undefined when
   * a newer job for the same document replaced it.
   */
  lintInWorker?(
    uri: string,
    kind: 'policy' | 'securitytxt',
    text: string,
    options: LintOptions,
  ): Promise<{ findings: Finding[]; tables: Span[]; profiles?: ComplianceScore[]; error?: string } | undefined>;
  /** The repository's SECURITY.md that a security.txt mirrors (for securitytxt/out-of-sync). */
  policyBeside?(uri: string, folderUri: string | undefined): { uri: string; path: string; text: string } | undefined;
  /** The policy GitHub shows instead of this SECURITY.md, when another comes first (shadowed-policy). */
  shadowingPolicy?(uri: string): string | undefined;
  /** Public keys near a security.txt that may have signed it (armored text or binary). */
  signingKeys?(uri: string): (string | Uint8Array)[];
  /** The GitHub repository of a folder on disk (securityMd/repository). */
  repository?(folder: string): RepositoryResult;
  /** The tags of the git repository in a folder on disk (securityMd/gitTags). */
  gitTags?(folder: string): string[];
  /** Where a command may write its file in a folder on disk (securityMd/writeTarget). */
  writeTarget?(params: WriteTargetParams): WriteTarget;
  dispose?(): void;
}
