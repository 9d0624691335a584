import type { Finding, LintOptions, PolicyModel, Span } from './model';
import type { Rule, RuleContext } from './rule';
import { documentAnchor } from './rule';
import { rules } from './rules/index';
import { parsePolicy } from './parse';
import { applyDisableComments } from './disable-comments';
import { effectiveSeverity, ruleParameters } from './profiles/index';

/** Code of the finding that stands in for a rule that crashed. */
export const INTERNAL_ERROR = 'internal-error';

/** Runs rules over a model. Never throws: a rule that fails becomes one finding of its own. */
export function runRules<M>(ruleList: readonly Rule<M>[], model: M, options: LintOptions, anchor: Span): Finding[] {
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  for (const rule of ruleList) {
    const severity = effectiveSeverity(rule, options.rules?.[rule.code], options.profiles);
    if (severity === 'off') continue;
    const ctx: RuleContext = { options, now, parameters: ruleParameters(rule.code, options.profiles, options.ruleOptions?.[rule.code]) };
    try {
      for (const report of rule.check(model, ctx)) findings.push({ code: rule.code, severity, ...report });
    } catch (error) {
      findings.push({
        code: INTERNAL_ERROR,
        severity: 'error',
        ...anchor,
        message: `Rule ${rule.code} failed: ${error instanceof Error ? error.message : String(error)}. Please report this.`,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** Lints a parsed policy. */
export function lintModel(model: PolicyModel, options: LintOptions = {}): Finding[] {
  return applyDisableComments(model, runRules(rules, model, options, documentAnchor(model)));
}

/** Lints SECURITY.md text. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  let model: PolicyModel;
  try {
    model = parsePolicy(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        code: INTERNAL_ERROR,
        severity: 'error',
        start: 0,
        end: 0,
        message: `The policy could not be parsed: ${message}. Please report this.`,
      },
    ];
  }
  return lintModel(model, options);
}
