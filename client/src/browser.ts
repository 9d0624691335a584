// The web client (vscode.dev, github.dev): the language server runs in a web worker.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient } from './activate';

// The web worker constructor; the project builds without DOM types.
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, {
    createClient: (options) => {
      const main = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
      // The id equals the settings prefix, so securityMd.trace.server works.
      return new LanguageClient('securityMd', 'SECURITY.md', options, new Worker(main.toString(true)));
    },
  });
}

export const deactivate = deactivateClient;
