// The language status item, as ESLint's: the server is running, how many findings the open file
// has and how long its last lint took, and the score of each selected compliance profile
// ("CRA 5/6"); a click shows the output channel. Every status the server sends is passed on to
// `onDidReceive` (the compliance report follows the lints with it).

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { StatusNotification, type StatusParams } from '../../shared/protocol';
import { scoreDetail, scoreLabel } from './compliance-flow';

export function createStatusItem(selector: vscode.DocumentSelector): {
  item: vscode.LanguageStatusItem;
  onDidReceive: vscode.Event<StatusParams>;
  attach(client: LanguageClient): vscode.Disposable;
} {
  const item = vscode.languages.createLanguageStatusItem('securityMd.status', selector);
  item.name = 'SECURITY.md';
  item.text = '$(loading~spin) SECURITY.md';
  item.detail = 'starting the server';
  item.command = { title: 'Show output', command: 'securityMd.showOutput' };
  const received = new vscode.EventEmitter<StatusParams>();
  const latest = new Map<string, StatusParams>();
  const show = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? latest.get(uri) : undefined;
    item.busy = false;
    item.severity = status && status.errors > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    const score = scoreLabel(status?.profiles);
    item.text = status
      ? `$(check) SECURITY.md: ${status.findings} finding${status.findings === 1 ? '' : 's'}${score ? ` · ${score}` : ''}`
      : '$(check) SECURITY.md';
    item.detail = status ? `linted in ${status.ms} ms${score ? `; ${scoreDetail(status.profiles)}` : ''}` : 'server running';
  };
  return {
    item,
    onDidReceive: received.event,
    attach(client) {
      const subscriptions = [
        client.onNotification(StatusNotification, (params) => {
          latest.set(params.uri, params);
          show();
          received.fire(params);
        }),
        vscode.window.onDidChangeActiveTextEditor(show),
      ];
      show();
      return vscode.Disposable.from(...subscriptions);
    },
  };
}
