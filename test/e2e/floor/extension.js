'use strict';
// The latency floor's client: starts the floor server for files named FLOOR.md, over IPC with
// pull diagnostics, as the linter's client does for SECURITY.md.

const path = require('node:path');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

module.exports.activate = async function activate(context) {
  const module = context.asAbsolutePath(path.join('server.js'));
  client = new LanguageClient(
    'latencyFloor',
    'Latency floor',
    { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } },
    { documentSelector: [{ scheme: 'file', language: 'markdown', pattern: '**/FLOOR.md' }] },
  );
  await client.start();
};

module.exports.deactivate = () => client?.stop();
