// The language status item, as ESLint's: the server is running, how many findings the open file
// has and how long its last lint took; a click shows the output channel.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { StatusNotification, type StatusParams } from '../../shared/protocol';

export function createStatusItem(selector: vscode.DocumentSelector): {
  item: vscode.LanguageStatusItem;
  attach(client: LanguageClient): vscode.Disposable;
} {
  const item = vscode.languages.createLanguageStatusItem('securityMd.status', selector);
  item.name = 'SECURITY.md';
  item.text = '$(loading~spin) SECURITY.md';
  item.detail = 'starting the server';
  item.command = { title: 'Show output', command: 'securityMd.showOutput' };
  const latest = new Map<string, StatusParams>();
  const show = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? latest.get(uri) : undefined;
    item.busy = false;
    item.severity = status && status.errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    item.text = status ? `$(check) SECURITY.md: ${status.findings} finding${status.findings === 1 ? '' : 's'}` : '$(check) SECURITY.md';
    item.detail = status ? `linted in ${status.ms} ms` : 'server running';
  };
  return {
    item,
    attach(client) {
      const subscriptions = [
        client.onNotification(StatusNotification, (params) => {
          latest.set(params.uri, params);
          show();
        }),
        vscode.window.onDidChangeActiveTextEditor(show),
      ];
      show();
      return vscode.Disposable.from(...subscriptions);
    },
  };
}
