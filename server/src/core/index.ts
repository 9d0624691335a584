// The core: SECURITY.md and security.txt logic with no editor dependencies.

export * from './model';
export type { Rule, Report, RuleContext } from './rule';
export { rules } from './rules/index';
export { parsePolicy, lineStartsOf } from './parse';
export { clearParseCache } from './markdown/parse-chunks';
export { lint, lintModel, INTERNAL_ERROR } from './lint';
export { privateChannels } from './contacts';
export { generateSecurityTxt, rfc3339, DEFAULT_EXPIRES_DAYS } from './securitytxt/generate';
export type { GenerateOptions, SecurityTxt, SecurityTxtField } from './securitytxt/generate';
export { PRODUCT, RULE_DOCS_BASE, ruleDocsUrl, MAX_LINT_CHARS, NOT_LINTED } from './meta';
export { isPolicyPath, findPolicyIn, findPoliciesIn, securityTxtPlaces, securityTxtRootDepths, POLICY_DIRS } from './paths';
export { positionAt } from './positions';
export type { Position } from './positions';
export { SECTION_TEMPLATES, renderTemplate, snippetsFile } from './templates';
export type { SectionTemplate } from './templates';
export { fixAll, preferredFix } from './fix-all';
export type { FixAllResult, Linter } from './fix-all';
export { applyEdits } from './fixes';
export { lintSecurityTxt, lintSecurityTxtSigned, isSecurityTxtName } from './securitytxt/lint';
export { checkSignature } from './securitytxt/signature';
export { parseSecurityTxt, KNOWN_FIELDS } from './securitytxt/parse';
export type { SecurityTxtModel, TxtField } from './securitytxt/parse';
export { securityTxtRules } from './securitytxt/rules/index';
export { scorecardScore, describeScorecard } from './scorecard';
export type { ScorecardResult, ScorecardPart } from './scorecard';
export { createPolicy, versionsFromTags } from './create-policy';
export type { PolicyAnswers } from './create-policy';
