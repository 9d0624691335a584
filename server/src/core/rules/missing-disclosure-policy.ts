import type { Rule } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';
import { DISCLOSURE_RE, clauseAt, clauses, isSupportedLanguage } from '../language/grammar';
import type { Sentence } from '../model';

/**
 * The sentence says how fixes are disclosed: a disclosure word in a clause that states or promises,
 * not in a request or a condition ("do not disclose it in the issue", "if you report a public CVE").
 */
function statesDisclosure(sentence: Sentence): boolean {
  const words = [...sentence.text.matchAll(new RegExp(DISCLOSURE_RE.source, 'giu'))];
  if (words.length === 0) return false;
  const parts = clauses(sentence.text);
  return words.some((m) => {
    const stance = clauseAt(parts, m.index!)?.stance;
    return stance === 'promise' || stance === 'plain';
  });
}

export const missingDisclosurePolicy: Rule = {
  code: 'missing-disclosure-policy',
  severity: 'info',
  description: 'Nothing says how and when a fixed vulnerability is disclosed.',
  fixable: true,
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (model.sections.some((s) => s.kinds.includes('disclosure'))) return [];
    if (model.sentences.some(statesDisclosure)) return [];
    // A disclosure timeline, even asked of the reporter ("give us 90 days before public disclosure").
    if (model.times.some((t) => DISCLOSURE_RE.test(t.sentence.text))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'disclosure', ctx.options, 'Add a "Disclosure Policy" section')!],
        message: 'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      },
    ];
  },
};
