'use strict';
// The latency floor's server: every pull is answered at once with a fixed "ready" diagnostic and a
// warning on each line where the probe's phrase ("promptly") stands, coded as the linter codes a
// vague promise so that the same probe measures both. No parsing, no rules: what is left of a
// keystroke-to-squiggle time here is VS Code, the protocol and the rendering.

const { createConnection, ProposedFeatures, TextDocuments, DiagnosticSeverity } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: 2, diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
}));

connection.languages.diagnostics.on((params) => {
  const document = documents.get(params.textDocument.uri);
  const items = [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      severity: DiagnosticSeverity.Information,
      code: 'floor-ready',
      message: 'ready',
    },
  ];
  const lines = document ? document.getText().split('\n') : [];
  lines.forEach((text, line) => {
    const at = text.indexOf('promptly');
    if (at >= 0)
      items.push({
        range: { start: { line, character: at }, end: { line, character: at + 8 } },
        severity: DiagnosticSeverity.Warning,
        code: 'vague-sla',
        message: 'floor',
      });
  });
  return { kind: 'full', items };
});

documents.listen(connection);
connection.listen();
