// Inline disable comments, as in markdownlint and ESLint:
//   <!-- security-md-disable-next-line vague-sla -->   the line after the comment
//   <!-- security-md-disable vague-sla mojibake -->    the whole file
// A comment without codes applies to every rule.

import type { Finding, PolicyModel } from './model';
import { positionAt } from './positions';

const DIRECTIVE_RE = /<!--\s*security-md-(disable-next-line|disable)\b([^>]*?)-->/g;

interface Directives {
  /** Codes disabled for the whole file; '*' for all. */
  file: Set<string>;
  /** Line number -> codes disabled on it. */
  lines: Map<number, Set<string>>;
}

function readDirectives(model: PolicyModel): Directives {
  const directives: Directives = { file: new Set(), lines: new Map() };
  for (const comment of model.comments) {
    for (const m of model.text.slice(comment.start, comment.end).matchAll(DIRECTIVE_RE)) {
      const codes = m[2]!.split(/[\s,]+/).filter(Boolean);
      const list = codes.length > 0 ? codes : ['*'];
      if (m[1] === 'disable') {
        list.forEach((c) => directives.file.add(c));
      } else {
        const line = positionAt(model.lineStarts, comment.start + m.index! + m[0].length).line + 1;
        const set = directives.lines.get(line) ?? new Set<string>();
        list.forEach((c) => set.add(c));
        directives.lines.set(line, set);
      }
    }
  }
  return directives;
}

/** Drops the findings that a disable comment names. */
export function applyDisableComments(model: PolicyModel, findings: Finding[]): Finding[] {
  if (model.comments.length === 0) return findings;
  const { file, lines } = readDirectives(model);
  if (file.size === 0 && lines.size === 0) return findings;
  return findings.filter((f) => {
    if (file.has('*') || file.has(f.code)) return false;
    const set = lines.get(positionAt(model.lineStarts, f.start).line);
    return !(set && (set.has('*') || set.has(f.code)));
  });
}
