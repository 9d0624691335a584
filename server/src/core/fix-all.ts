// "Fix all": apply the preferred fix of every finding, then lint again, until nothing fixable is
// left. Fixes that touch each other wait for the next pass, so each one is applied to text it
// was computed for.

import type { Finding, Fix, LintOptions, TextEdit } from './model';

/** A linter of one file type: SECURITY.md (lint) or security.txt (lintSecurityTxt). */
export type Linter = (text: string, options: LintOptions) => Finding[];
import { lint } from './lint';
import { applyEdits } from './fixes';

export interface FixAllResult {
  text: string;
  /** How many fixes were applied. */
  applied: number;
  /** What is left after fixing. */
  findings: Finding[];
}

const MAX_PASSES = 20;

/** Whole sections are added only once the local repairs are in: a repaired sentence may make them unnecessary. */
const SECTION_RULES = new Set([
  'no-contact',
  'missing-reporting-section',
  'missing-supported-versions',
  'missing-response-time',
  'missing-disclosure-policy',
]);

export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.isPreferred) ?? finding.fixes?.[0];
}

/** Fixes every finding (or only those whose code is in `codes`) that has a fix. */
export function fixAll(text: string, options: LintOptions = {}, codes?: ReadonlySet<string>, linter: Linter = lint): FixAllResult {
  let current = text;
  let applied = 0;
  let findings = linter(current, options);
  // A section is added once: where the text ends inside an unclosed fence or comment the
  // inserted section is swallowed and would otherwise be added on every pass.
  const inserted = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen: TextEdit[] = [];
    let lastEnd = -1;
    const wanted = findings.filter(
      (f) => (!codes || codes.has(f.code)) && preferredFix(f) !== undefined && !(SECTION_RULES.has(f.code) && inserted.has(f.code)),
    );
    const local = wanted.filter((f) => !SECTION_RULES.has(f.code));
    const fixes = (local.length > 0 ? local : wanted)
      .map(preferredFix)
      .filter((f): f is Fix => f !== undefined && f.edits.length > 0)
      .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
    for (const fix of fixes) {
      const start = Math.min(...fix.edits.map((e) => e.start));
      if (start <= lastEnd) continue; // touches the previous fix: next pass
      chosen.push(...fix.edits);
      const finding = wanted.find((f) => preferredFix(f) === fix);
      if (finding && SECTION_RULES.has(finding.code)) inserted.add(finding.code);
      lastEnd = Math.max(...fix.edits.map((e) => e.end));
      applied++;
    }
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen);
    if (next === current) break;
    current = next;
    findings = linter(current, options);
  }
  return { text: current, applied, findings };
}
