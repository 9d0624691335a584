import type { Rule } from '../rule';
import { isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Sentence } from '../model';
import { grammarOfSentence, sentencesWith, spanOf, withLeadIn } from '../statements';

/** Anonymous reports allowed ("may be submitted anonymously"): no negation beside the word. */
function anonymityAllowed(model: PolicyModel): Sentence | undefined {
  return sentencesWith(model, 'anonymous').find((s) => !grammarOfSentence(model, s).has('negation', s.text));
}

/** What makes reporters give personal data: a required name or number, or a refusal of anonymous reports. */
function demands(model: PolicyModel): Sentence[] {
  const refused = sentencesWith(model, 'anonymous').filter((s) => grammarOfSentence(model, s).has('negation', s.text));
  const required = sentencesWith(model, 'personalData').filter((s) => {
    const grammar = grammarOfSentence(model, s);
    const text = withLeadIn(s);
    return grammar.has('mandatory', text) && !grammar.has('optional', text) && !grammar.has('optional', s.text);
  });
  return [...refused, ...required].sort((a, b) => a.start - b.start);
}

export const requiresPersonalData: Rule = {
  code: 'requires-personal-data',
  severity: 'off',
  description: 'Reporters must give personal data (full name, phone, address, ID), or anonymous reports are refused.',
  fixable: false,
  evidence(model) {
    const allowed = anonymityAllowed(model);
    return allowed && spanOf(allowed);
  },
  check(model) {
    if (!isSupportedLanguage(model.language)) return [];
    const found = demands(model);
    if (found.length === 0 || (anonymityAllowed(model) && found.every((s) => sentencesWith(model, 'personalData').includes(s)))) return [];
    return found.map((s) => ({
      ...spanOf(s),
      message: 'Reporters are made to give personal data: accept reports without a name or other personal details, and say so.',
    }));
  },
};
