import type { RuleDefinition } from '../rule';
import { missingElementRule } from '../rule';
import { appendParagraph } from '../fixes';
import { grammarFor } from '../language/grammar';
import type { PolicyModel, Span } from '../model';
import { grammarOfSentence, sectionTitleOf, sentencesWith, spanOf, withLeadIn } from '../statements';

/**
 * Where the policy forbids a testing method: the method in a prohibition ("Do not perform denial of
 * service attacks"), in a list under one ("Not allowed:"), or under an "Out of scope" heading.
 */
function testRestriction(model: PolicyModel): Span | undefined {
  const sentence = sentencesWith(model, 'testingMethod').find((s) => {
    const grammar = grammarOfSentence(model, s);
    const text = withLeadIn(s);
    if (grammar.has('prohibition', text) || grammar.has('negation', text)) return true;
    const title = sectionTitleOf(model, s);
    return title !== '' && grammarFor(model, title, true).has('prohibition', title);
  });
  return sentence && spanOf(sentence);
}

export const missingTestRestrictions: RuleDefinition = missingElementRule({
  code: 'missing-test-restrictions',
  message: 'Nothing says which testing methods are not allowed: rule out denial of service, social engineering, spam and physical testing.',
  evidence: testRestriction,
  fix: (model) => appendParagraph(model, 'scope', 'test-restrictions', 'Say which testing methods are not allowed'),
});
