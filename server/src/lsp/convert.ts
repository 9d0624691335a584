// Pure converters between core findings and LSP types.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PRODUCT, ruleDocsUrl, type Finding, type Severity } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, document: TextDocument, inTable = false): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    source: PRODUCT,
    message: finding.message,
    // Stateless fixes: the edits and the version they were computed for travel with the diagnostic.
    data: {
      ...finding.data,
      version: document.version,
      ...(finding.fixes ? { fixes: finding.fixes } : {}),
      ...(inTable ? { inTable } : {}),
    },
  };
}
