// The compliance checklist: each requirement of a profile, met or not, with the line that meets it
// or what is missing. A requirement is met when none of its rules reports anything; its rules run
// at the profile's parameters whatever the severity settings say, since compliance is a fact about
// the text, not a preference.

import type { PolicyModel, LintOptions, Span } from './model';
import type { Rule, RuleContext } from './rule';
import { documentAnchor } from './rule';
import { rules } from './rules/index';
import { profileById, type Profile } from './profiles/index';
import { isSupportedLanguage } from './language/grammar';
import { positionAt } from './positions';
import { ruleDocsUrl } from './meta';

export interface Evidence {
  /** One-based line number. */
  line: number;
  /** The text of that line, trimmed. */
  text: string;
}

export interface RequirementResult {
  id: string;
  title: string;
  source: string;
  url?: string;
  met: boolean;
  /** Optional in its source: not counted in `met` and `total`. */
  optional: boolean;
  evidence: Evidence | null;
  rules: string[];
  /** What is missing or wrong: the findings of its rules, with their line (null: the whole policy lacks it). */
  problems: { rule: string; line: number | null; message: string }[];
}

export interface ComplianceReport {
  profile: string;
  title: string;
  short: string;
  met: number;
  total: number;
  requirements: RequirementResult[];
}

const RULE_OF = new Map<string, Rule>(rules.map((r) => [r.code, r]));
const MAX_EVIDENCE = 160;

function evidenceAt(model: PolicyModel, span: Span): Evidence {
  const { line } = positionAt(model.lineStarts, span.start);
  const start = model.lineStarts[line]!;
  const next = model.lineStarts[line + 1];
  let text = model.text.slice(start, next ?? model.text.length).trim();
  if (text.length > MAX_EVIDENCE) text = `${text.slice(0, MAX_EVIDENCE - 1)}…`;
  return { line: line + 1, text };
}

/** The parameters a rule runs at under one profile: the profile's, over the user's own. */
function parametersUnder(profile: Profile, code: string, options: LintOptions): RuleContext['parameters'] {
  const fromProfile = Object.assign({}, ...profile.requirements.map((r) => r.parameters?.[code] ?? {}));
  return { ...options.ruleOptions?.[code], ...fromProfile };
}

/** Checks a parsed policy against one profile. Throws on an unknown profile id. */
export function checkCompliance(model: PolicyModel, profileId: string, options: LintOptions = {}): ComplianceReport {
  const profile = profileById(profileId);
  if (!profile) throw new Error(`unknown profile "${profileId}"`);
  const now = options.now ?? new Date();
  const readable = isSupportedLanguage(model.language);
  const anchor = documentAnchor(model);
  // A finding on the title line says the policy as a whole lacks something: no line of its own.
  const lineOf = (span: Span) =>
    span.start === anchor.start && span.end === anchor.end ? null : positionAt(model.lineStarts, span.start).line + 1;
  const requirements = profile.requirements.map((requirement): RequirementResult => {
    const problems: RequirementResult['problems'] = [];
    let evidence: Evidence | null = null;
    for (const code of requirement.rules) {
      const rule = RULE_OF.get(code);
      if (!rule) throw new Error(`profile ${profile.id}: no rule ${code}`);
      const ctx: RuleContext = { options, now, parameters: parametersUnder(profile, code, options) };
      for (const report of rule.check(model, ctx)) problems.push({ rule: code, line: lineOf(report), message: report.message });
      const span = evidence ? undefined : rule.evidence?.(model, ctx);
      if (span) evidence = evidenceAt(model, span);
    }
    // In a language the linter cannot read, silence proves nothing: only evidence counts.
    if (problems.length === 0 && !readable && !evidence)
      problems.push({
        rule: requirement.rules[0]!,
        line: null,
        message: `Not confirmed: the policy's language (${model.language}) is not one the linter reads; check this requirement by hand.`,
      });
    return {
      id: requirement.id,
      title: requirement.title,
      source: requirement.source,
      ...(requirement.url ? { url: requirement.url } : {}),
      met: problems.length === 0,
      optional: requirement.optional === true,
      evidence: problems.length === 0 ? evidence : null,
      rules: requirement.rules,
      problems,
    };
  });
  return {
    profile: profile.id,
    title: profile.title,
    short: profile.short,
    met: requirements.filter((r) => r.met && !r.optional).length,
    total: requirements.filter((r) => !r.optional).length,
    requirements,
  };
}

/** How far a policy meets one profile: the figures of its report. */
export interface ComplianceScore {
  id: string;
  short: string;
  title: string;
  met: number;
  total: number;
}

/** The score of each profile `options.profiles` selects, in that order; undefined when it selects none. */
export function complianceScores(model: PolicyModel, options: LintOptions): ComplianceScore[] | undefined {
  if (!options.profiles?.length) return undefined;
  return options.profiles.map((id) => {
    const { short, title, met, total } = checkCompliance(model, id, options);
    return { id, short, title, met, total };
  });
}

/** The checklist as plain text, for a terminal. */
export function complianceText(report: ComplianceReport, file: string): string {
  const lines = [`${file}: ${report.title} (${report.profile}): ${report.met} of ${report.total} requirements met`, ''];
  for (const r of report.requirements) {
    lines.push(`  ${r.met ? 'met    ' : r.optional ? 'not met' : 'NOT MET'}  ${r.title}${r.optional ? ' (optional)' : ''}`);
    if (r.evidence) lines.push(`           line ${r.evidence.line}: ${r.evidence.text}`);
    for (const p of r.problems) lines.push(`           ${p.line === null ? 'missing' : `line ${p.line}`}: ${p.message} (${p.rule})`);
    lines.push(`           source: ${r.source}${r.url ? ` <${r.url}>` : ''}`);
  }
  return lines.join('\n');
}

/** Escapes text for a Markdown table cell or list item. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/**
 * The checklist as Markdown. `lineLink` turns a line number into a link target (the editor links
 * each requirement to its line); without it lines are plain numbers.
 */
export function complianceMarkdown(report: ComplianceReport, file: string, lineLink?: (line: number) => string): string {
  const at = (line: number | null) => (line === null ? 'Missing' : lineLink ? `[line ${line}](${lineLink(line)})` : `line ${line}`);
  const out = [`## ${escapeMarkdown(report.title)}: ${report.met} of ${report.total} met`, '', `Policy: \`${file.replace(/`/g, '')}\``, ''];
  for (const r of report.requirements) {
    out.push(`- [${r.met ? 'x' : ' '}] **${escapeMarkdown(r.title)}**${r.optional ? ' (optional)' : ''}`);
    if (r.evidence) out.push(`  - ${at(r.evidence.line)}: ${escapeMarkdown(r.evidence.text)}`);
    for (const p of r.problems) out.push(`  - ${at(p.line)}: ${escapeMarkdown(p.message)} ([${p.rule}](${ruleDocsUrl(p.rule)}))`);
    out.push(`  - Source: ${r.url ? `[${escapeMarkdown(r.source)}](${r.url})` : escapeMarkdown(r.source)}`);
  }
  return out.join('\n') + '\n';
}
