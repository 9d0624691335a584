import type { Finding, PolicyModel, SectionKind, RuleParameters, RuleSetting, Span, Fix, LintOptions } from './model';
import { everyLanguage, isSupportedLanguage } from './language/grammar';

/** What a rule may report; lint() adds the code and the configured severity. */
export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  data?: Record<string, unknown>;
}

export interface RuleContext {
  options: LintOptions;
  now: Date;
  /** This rule's parameters: the profiles' and the user's (see profiles/index.ts). */
  parameters: RuleParameters;
}

/**
 * What a rule file defines: its code and what it checks, over a model of type M (a SECURITY.md
 * PolicyModel, or a security.txt model).
 */
export interface RuleDefinition<M = PolicyModel> {
  code: string;
  check(model: M, ctx: RuleContext): Report[];
  /** Where the policy meets what the rule asks for (for the compliance checklist), when it does. */
  evidence?(model: M, ctx: RuleContext): Span | undefined;
}

/**
 * A rule as the lists hold it: its definition, and what its docs page says of it (the generated
 * rule lists take that from the page's first paragraph, scripts/rule-index.mjs).
 */
export interface Rule<M = PolicyModel> extends RuleDefinition<M> {
  /** The default; 'off' for the rules that only compliance profiles turn on. */
  severity: RuleSetting;
  /** One sentence: what the rule finds. */
  description: string;
  /** Whether the rule offers a quick fix. */
  fixable: boolean;
}

export type { Finding };

/** Where document-level findings (a missing section, no contact) are shown: the title line. */
export function documentAnchor(model: PolicyModel): Span {
  const first = model.sections[0];
  if (first) return first.heading;
  const text = model.text;
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/**
 * Whether the policy has a section of this kind. Headings are read in the policy's languages
 * first; a section the rules would report missing is looked for in every language too (an
 * English policy with headings in another language), so that nothing is claimed missing that a
 * heading names. Only that kind's words are compiled for the other languages, only then.
 */
export function hasSection(model: PolicyModel, kind: SectionKind): boolean {
  return model.sections.some((s) => s.kinds.includes(kind)) || model.sections.some((s) => everyLanguage().namesSection(s.title, kind));
}

/** What a rule that asks for one element of a policy needs to know. */
export interface MissingElement {
  code: string;
  message: string;
  /** Where the policy has the element, when it does. */
  evidence(model: PolicyModel): Span | undefined;
  /** The quick fix that adds it. */
  fix(model: PolicyModel, ctx: RuleContext): Fix | undefined;
}

/**
 * A rule that only profiles turn on and that asks for one element (a scope, report contents, a
 * support period...): it fires once, on the title line, when the element is missing, and its
 * quick fix adds it. In a language the linter cannot read, absence proves nothing (and
 * unsupported-language says so), so it stays silent there.
 */
export function missingElementRule(element: MissingElement): RuleDefinition {
  return {
    code: element.code,
    evidence: element.evidence,
    check(model, ctx) {
      if (!isSupportedLanguage(model.language) || element.evidence(model)) return [];
      const fix = element.fix(model, ctx);
      return [{ ...documentAnchor(model), fixes: fix ? [fix] : [], message: element.message }];
    },
  };
}
