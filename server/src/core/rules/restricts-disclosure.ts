import type { RuleDefinition } from '../rule';
import { isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Sentence } from '../model';
import { grammarOfSentence, spanOf, withLeadIn } from '../statements';

/**
 * A sentence that forbids reporters to disclose for good: disclosure only with the project's
 * permission, or never, and no time or event that ends it ("until a fix is out", "90 days"). What
 * the project says of itself ("we never disclose your identity without consent") binds no reporter.
 */
function restricts(model: PolicyModel, sentence: Sentence, timed: ReadonlySet<Sentence>): boolean {
  const grammar = grammarOfSentence(model, sentence);
  const text = withLeadIn(sentence);
  if (!grammar.has('disclosure', sentence.text) || timed.has(sentence)) return false;
  // "until we give permission" is no time limit: the limit is looked for outside the permission.
  let rest = text;
  for (const m of grammar.find('permission', text)) rest = rest.replace(m.text, ' ');
  if (grammar.has('timeLimit', rest)) return false;
  if (grammar.has('firstPerson', rest) && !grammar.isRequest(rest)) return false;
  if (grammar.has('permission', sentence.text)) return true;
  return grammar.has('indefinite', sentence.text) && (grammar.has('prohibition', text) || grammar.has('negation', text));
}

export const restrictsDisclosure: RuleDefinition = {
  code: 'restricts-disclosure',
  check(model) {
    if (!isSupportedLanguage(model.language)) return [];
    const timed = new Set(model.times.map((t) => t.sentence));
    return model.sentences
      .filter((s) => restricts(model, s, timed))
      .map((s) => ({
        ...spanOf(s),
        message:
          'Disclosure is forbidden without a time limit: ask for a reasonable embargo instead (until a fix is released, or 90 days at most).',
      }));
  },
};
