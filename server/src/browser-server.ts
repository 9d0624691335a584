// The language server in a web worker (vscode.dev, github.dev): the same wiring as the Node
// server, without what needs a file system (config files, .git/config, worker threads).
//
// This script also carries the one copy of the core that the extension ships: required from
// Node (dist/server.js does), it starts nothing and exports the core.

import { createConnection, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startServer } from './lsp/start-server';
import { policyDirOfUri } from './lsp/workspace';

export * from './core/index';

declare const PACKAGE_VERSION: string;
// The worker's global scope; typed loosely because the project does not build against DOM types.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];
// Defined in a classic web worker only.
declare const importScripts: unknown;

if (typeof importScripts === 'function') {
  startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
    version: PACKAGE_VERSION,
    location: (uri) => ({ policyDir: policyDirOfUri(uri) }),
  });
}
