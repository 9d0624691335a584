// The title heading of a policy tells the Scorecard score it would get, and what is missing.

import { MarkupKind } from 'vscode-languageserver';
import { lint, parsePolicy, scorecardScore, type ScorecardResult } from '../core/index';
import type { ServerContext } from './context';
import { WORKER_THRESHOLD } from './host';

/** The hover text for a policy's title: its Scorecard score and what each point needs. */
export function scorecardHover(result: ScorecardResult): string {
  const lines = result.parts.map(
    (p) => `- ${p.points === p.max ? '✓' : '✗'} ${p.label}: ${p.points}/${p.max}${p.points < p.max ? ` (${p.advice})` : ''}`,
  );
  return [`**OpenSSF Scorecard Security-Policy: ${result.score}/${result.max}**`, '', ...lines].join('\n');
}

export function registerHover({ connection, documents, workspace }: ServerContext): void {
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || workspace.linterFor(document.uri) !== lint) return null;
    const text = document.getText();
    if (text.length > WORKER_THRESHOLD) return null; // a hover is no reason to parse a large file
    // The title as Markdown sees it: not a "#" line in a code fence; setext titles too.
    const title = parsePolicy(text).sections[0];
    if (!title || document.positionAt(title.heading.start).line !== params.position.line) return null;
    return { contents: { kind: MarkupKind.Markdown, value: scorecardHover(scorecardScore(text)) } };
  });
}
