import type { RuleDefinition } from '../rule';
import { missingElementRule } from '../rule';
import { appendParagraph } from '../fixes';
import type { PolicyModel, Span } from '../model';
import { grammarOfSentence, sentencesWith, spanOf } from '../statements';

/**
 * Where the policy names the place fixed vulnerabilities are published: a statement or promise, not
 * a request or a condition ("report it through a GitHub Security Advisory", "if a CVE exists").
 */
function advisoryPlace(model: PolicyModel): Span | undefined {
  const sentence = sentencesWith(model, 'advisoryChannel').find((s) => {
    const grammar = grammarOfSentence(model, s);
    const words = grammar.find('advisoryChannel', s.text);
    const parts = grammar.clauses(s.text);
    return words.some((m) => {
      const stance = parts.find((c) => m.index >= c.start && m.index < c.end)?.stance;
      return stance === 'promise' || stance === 'plain';
    });
  });
  return sentence && spanOf(sentence);
}

export const missingAdvisoryPublication: RuleDefinition = missingElementRule({
  code: 'missing-advisory-publication',
  message:
    'Nothing says where fixed vulnerabilities are published: name the place (GitHub security advisories, CVE records, release notes or an announcement list).',
  evidence: advisoryPlace,
  fix: (model) => appendParagraph(model, 'disclosure', 'advisory-publication', 'Say where fixed vulnerabilities are published'),
});
