import type { RuleDefinition } from '../rule';
import { documentAnchor, hasSection } from '../rule';
import { insertSection } from '../fixes';
import { grammarFor, isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Sentence } from '../model';

/**
 * The sentence says how fixes are disclosed: a disclosure word in a clause that states or promises,
 * not in a request or a condition ("do not disclose it in the issue", "if you report a public CVE");
 * or, even in a request, one tied to the fix or to a time ("give us 90 days before public
 * disclosure", "do not disclose it before a fix is available").
 */
function statesDisclosure(model: PolicyModel, sentence: Sentence, timed: ReadonlySet<Sentence>): boolean {
  const grammar = grammarFor(model, sentence.text);
  const words = grammar.find('disclosure', sentence.text);
  if (words.length === 0) return false;
  if (timed.has(sentence) || grammar.has('fix', sentence.text)) return true;
  const parts = grammar.clauses(sentence.text);
  return words.some((m) => {
    const stance = parts.find((c) => m.index >= c.start && m.index < c.end)?.stance;
    return stance === 'promise' || stance === 'plain';
  });
}

export const missingDisclosurePolicy: RuleDefinition = {
  code: 'missing-disclosure-policy',
  evidence(model) {
    const section = model.sections.find((s) => s.kinds.includes('disclosure'));
    if (section) return section.heading;
    const timed = new Set(model.times.map((t) => t.sentence));
    return model.sentences.find((s) => statesDisclosure(model, s, timed));
  },
  check(model, ctx) {
    // In a language the linter cannot read, absence proves nothing (unsupported-language says so).
    if (!isSupportedLanguage(model.language)) return [];
    if (hasSection(model, 'disclosure')) return [];
    const timed = new Set(model.times.map((t) => t.sentence));
    if (model.sentences.some((s) => statesDisclosure(model, s, timed))) return [];
    return [
      {
        ...documentAnchor(model),
        fixes: [insertSection(model, 'disclosure', ctx.options, 'Add a "Disclosure Policy" section')!],
        message: 'No disclosure policy: say how fixed vulnerabilities are published (e.g. a GitHub security advisory with a CVE) and when.',
      },
    ];
  },
};
