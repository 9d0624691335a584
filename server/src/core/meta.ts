// Facts about the product that several places print. Change them here only.

export const PRODUCT = 'security-md';

/** Where each rule's page lives; a diagnostic links to RULE_DOCS_BASE + code + '.md'. */
export const RULE_DOCS_BASE = 'https://github.com/security-md/security-md/blob/main/docs/rules/';

export function ruleDocsUrl(code: string): string {
  return `${RULE_DOCS_BASE}${code}.md`;
}

/** The largest text linted: real policies are a small fraction of it. */
export const MAX_LINT_CHARS = 2 * 1024 * 1024;

/** Code of the notice given instead of findings for a file that was not linted. */
export const NOT_LINTED = 'not-linted';

/** The error of a lint job in a worker that ran out of time. */
export const TIMED_OUT = 'timed out';
