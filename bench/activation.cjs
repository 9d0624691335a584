// Prints how long the client bundle takes to load and activate, against a stand-in of the vscode
// API (no policy is open, so the language server is not started: that is the common case).

const Module = require('node:module');
const path = require('node:path');

const disposable = { dispose() {} };
class EventEmitter {
  constructor() {
    this.event = () => disposable;
  }
  fire() {}
  dispose() {}
}
const vscode = new Proxy(
  {
    EventEmitter,
    Disposable: class {
      static from() {
        return disposable;
      }
    },
    workspace: {
      textDocuments: [],
      onDidOpenTextDocument: () => disposable,
      onDidChangeTextDocument: () => disposable,
      registerTextDocumentContentProvider: () => disposable,
      getConfiguration: () => ({ get: () => undefined }),
    },
    commands: { registerCommand: () => disposable },
    window: { onDidChangeActiveTextEditor: () => disposable, createOutputChannel: () => ({ show() {}, dispose() {} }) },
    languages: { createLanguageStatusItem: () => ({ dispose() {} }) },
    Uri: { parse: (s) => ({ toString: () => s }) },
  },
  // Anything else: a class for capitalised names (the client extends some), a namespace otherwise.
  {
    get: (target, key) =>
      key in target ? target[key] : /^[A-Z]/.test(String(key)) ? class {} : new Proxy({}, { get: () => () => disposable }),
  },
);

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const start = process.hrtime.bigint();
const extension = require(path.join(__dirname, '../dist/client.js'));
const memento = { get: () => undefined, update: async () => undefined };
extension.activate({
  subscriptions: [],
  workspaceState: memento,
  globalState: memento,
  asAbsolutePath: (p) => path.join(__dirname, '..', p),
});
console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(1));
