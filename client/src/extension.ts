// The desktop client: the language server runs in Node, over IPC.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { activateWith, deactivateClient } from './activate';
import { diskProbe, policyTarget, wellKnownTarget } from './well-known';
import { findRepository } from '../../server/src/node/repository';
import { readGitTags } from '../../server/src/node/git-tags';

export { isPolicyDocument, POLICY_GLOB } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  activateWith(context, {
    // The id equals the settings prefix, so securityMd.trace.server works.
    createClient: (options) => new LanguageClient('securityMd', 'SECURITY.md', serverOptions, options),
    diskTarget: (folder) => wellKnownTarget(folder, diskProbe()),
    repository: { repository: findRepository, tags: readGitTags, policyTarget: (folder, dir) => policyTarget(folder, dir, diskProbe()) },
  });
}

export const deactivate = deactivateClient;
