// The language server in a web worker (vscode.dev, github.dev): the same wiring as the Node
// server, without what needs a file system (config files, .git/config, worker threads).

import { createConnection, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startServer } from './lsp/start-server';
import { policyDirOfUri } from './lsp/workspace';

declare const PACKAGE_VERSION: string;
// The worker's global scope; typed loosely because the project does not build against DOM types.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  version: PACKAGE_VERSION,
  location: (uri) => ({ policyDir: policyDirOfUri(uri) }),
});
