import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';
import { DISCLOSURE_RE, isSupportedLanguage } from '../language/grammar';

export const missingDisclosurePolicy: Rule = {
  code: 'missing-disclosure-policy',
  severity: 'info',
  description: 'Nothing says how and when a fixed vulnerability is disclosed.',
  fixable: true,
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (model.sections.some((s) => s.kinds.includes('disclosure'))) return [];
    if (model.sentences.some((s) => DISCLOSURE_RE.test(s.text))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'disclosure', ctx.options, 'Add a "Disclosure Policy" section')!],
        message: 'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      },
    ];
  },
};
