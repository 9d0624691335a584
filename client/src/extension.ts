// The desktop client: the language server runs in Node, over IPC, and reads the disk for the
// commands (see disk.ts).

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../shared/launch';
import { activateWith, deactivateClient } from './activate';

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
    serverReadsDisk: true,
  });
}

export const deactivate = deactivateClient;
