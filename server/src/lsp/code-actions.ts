// Code actions from findings: the fixes carried in diagnostic.data, "fix all of this rule",
// source.fixAll.securityMd, and "disable this rule here". Pure (document and findings in,
// CodeActions out) but for registerCodeActions, which answers textDocument/codeAction.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, PRODUCT, type Fix, type Linter, type LintOptions } from '../core/index';
import type { ServerContext } from './context';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.securityMd`;

/** What the server puts in diagnostic.data, so that fixes need no second lint. */
export interface DiagnosticData {
  version: number;
  fixes?: Fix[];
  /** The diagnostic lies in a table row, where a comment line would break the table. */
  inTable?: boolean;
}

function toTextEdits(document: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
}

/** One edit that turns the document's text into `next`: the changed middle only. */
export function wholeTextEdit(document: TextDocument, next: string): TextEdit | undefined {
  const text = document.getText();
  if (text === next) return undefined;
  let start = 0;
  while (start < text.length && start < next.length && text[start] === next[start]) start++;
  let end = 0;
  while (end < text.length - start && end < next.length - start && text[text.length - 1 - end] === next[next.length - 1 - end]) end++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(text.length - end) },
    newText: next.slice(start, next.length - end),
  };
}

function eol(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

function disableActions(document: TextDocument, diagnostic: Diagnostic, code: string, data: DiagnosticData | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(lineText)![0].replace(/[^ \t]/g, ' ');
  if (!data?.inTable) {
    actions.push({
      title: `Disable ${code} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [document.uri]: [
            {
              range: { start: { line, character: 0 }, end: { line, character: 0 } },
              newText: `${indent}<!-- ${PRODUCT}-disable-next-line ${code} -->${eol(document)}`,
            },
          ],
        },
      },
    });
  }
  actions.push({
    title: `Disable ${code} for the entire file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            newText: `<!-- ${PRODUCT}-disable ${code} -->${eol(document)}`,
          },
        ],
      },
    },
  });
  return actions;
}

export function fixAllAction(
  document: TextDocument,
  options: LintOptions,
  linter: Linter,
  codes?: ReadonlySet<string>,
  title = 'Fix all SECURITY.md problems',
  kind: string = FIX_ALL_KIND,
): CodeAction | undefined {
  const edit = wholeTextEdit(document, fixAll(document.getText(), options, codes, linter).text);
  if (!edit) return undefined;
  return { title, kind, edit: { changes: { [document.uri]: [edit] } } };
}

export function codeActions(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  allDiagnostics: readonly Diagnostic[],
  options: LintOptions,
  linter: Linter,
  only?: readonly string[],
): CodeAction[] {
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix && k !== CodeActionKind.Empty);
  const wantsQuickFixes = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  const actions: CodeAction[] = [];
  if (wantsQuickFixes) {
    const fixAllOffered = new Set<string>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== PRODUCT || typeof diagnostic.code !== 'string') continue;
      const code = diagnostic.code;
      const data = diagnostic.data as DiagnosticData | undefined;
      // Fixes computed for another version of the text would land in the wrong place.
      const fixes = data?.version === document.version ? (data.fixes ?? []) : [];
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          ...(fix.isPreferred ? { isPreferred: true } : {}),
          edit: { changes: { [document.uri]: toTextEdits(document, fix) } },
        });
      }
      const sameCode = allDiagnostics.filter((d) => d.code === code && (d.data as DiagnosticData | undefined)?.fixes?.length);
      if (fixes.length > 0 && sameCode.length > 1 && !fixAllOffered.has(code)) {
        fixAllOffered.add(code);
        const all = fixAllAction(
          document,
          options,
          linter,
          new Set([code]),
          `Fix all ${code} problems in this file`,
          CodeActionKind.QuickFix,
        );
        if (all) actions.push(all);
      }
      // security.txt has no disable comments.
      if (!code.startsWith('securitytxt/')) actions.push(...disableActions(document, diagnostic, code, data));
    }
  }
  if (wantsFixAll) {
    const all = fixAllAction(document, options, linter);
    if (all) actions.push(all);
  }
  return actions;
}

/** textDocument/codeAction: the actions for the diagnostics in the request, from a fresh (or cached) lint. */
export function registerCodeActions({ connection, documents, workspace, configuration, diagnostics }: ServerContext): void {
  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const linter = document ? workspace.linterFor(document.uri) : undefined;
    if (!document || !linter) return [];
    const all = await diagnostics.diagnose(document);
    const options = configuration.lintOptions(document.uri, await configuration.settings(document.uri));
    return codeActions(document, params.context.diagnostics, all, options, linter, params.context.only);
  });
}
