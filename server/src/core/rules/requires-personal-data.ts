import type { RuleDefinition } from '../rule';
import { isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Sentence } from '../model';
import { clausesWith, grammarOfSentence, segmentsWith, sentencesWith, spanOf, withLeadIn } from '../statements';

/** Whether a clause that speaks of anonymity negates it ("anonymous reports are not accepted"). */
function refusesAnonymity(model: PolicyModel, sentence: Sentence): boolean {
  const grammar = grammarOfSentence(model, sentence);
  return clausesWith(model, sentence, 'anonymous').some((clause) => grammar.has('negation', clause));
}

/** Anonymous reports allowed ("may be submitted anonymously"): no negation in the clause that says so. */
function anonymityAllowed(model: PolicyModel): Sentence | undefined {
  return sentencesWith(model, 'anonymous').find((s) => !refusesAnonymity(model, s));
}

/**
 * Personal data made a condition of a report: a sentence that requires something, where a clause
 * naming the data does not call it optional ("the name is optional, but a phone number is
 * required" requires the number; "reports without a full name will not be handled" requires it).
 */
function requiresData(model: PolicyModel, sentence: Sentence): boolean {
  const grammar = grammarOfSentence(model, sentence);
  const text = withLeadIn(sentence);
  if (!grammar.has('mandatory', text)) return false;
  // About reports: where the policy has a reporting section, in it. Elsewhere a required phone
  // number is the product's own ("required to sign up for the hosted service").
  const inReporting = model.sections[sentence.block.section]?.kinds.includes('reporting') ?? false;
  if (!inReporting && model.sections.some((s) => s.kinds.includes('reporting'))) return false;
  return segmentsWith(model, sentence, 'personalData').some((segment) => !grammar.has('optional', segment));
}

/** What makes reporters give personal data: a required name or number, or a refusal of anonymous reports. */
function demands(model: PolicyModel): { refused: Sentence[]; required: Sentence[] } {
  return {
    refused: sentencesWith(model, 'anonymous').filter((s) => refusesAnonymity(model, s)),
    required: sentencesWith(model, 'personalData').filter((s) => requiresData(model, s)),
  };
}

export const requiresPersonalData: RuleDefinition = {
  code: 'requires-personal-data',
  evidence(model) {
    const allowed = anonymityAllowed(model);
    return allowed && spanOf(allowed);
  },
  check(model) {
    if (!isSupportedLanguage(model.language)) return [];
    const { refused, required } = demands(model);
    // A policy that accepts anonymous reports asks for personal data only of those who give it.
    const found = new Set([...refused, ...(anonymityAllowed(model) ? [] : required)]);
    return [...found]
      .sort((a, b) => a.start - b.start)
      .map((s) => ({
        ...spanOf(s),
        message: 'Reporters are made to give personal data: accept reports without a name or other personal details, and say so.',
      }));
  },
};
