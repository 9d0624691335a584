// What a policy says, by compliance concept (PROFILES.md): the sentences and headings whose words
// the language packs name for a concept, each read with the grammar of its own language.

import type { ComplianceConcept } from './language/pack';
import { grammarFor } from './language/grammar';
import type { Grammar } from './language/grammar';
import type { PolicyModel, Sentence, Span } from './model';

/** The sentences of the policy that carry a word of the concept, in order. */
export function sentencesWith(model: PolicyModel, concept: ComplianceConcept): Sentence[] {
  return model.sentences.filter((s) => grammarFor(model, s.text).has(concept, s.text));
}

/** The grammar a sentence is read with. */
export function grammarOfSentence(model: PolicyModel, sentence: Sentence): Grammar {
  return grammarFor(model, sentence.text);
}

/** The words of the concept in a text: their count of distinct (lower-cased) wordings. */
export function distinctWords(model: PolicyModel, concept: ComplianceConcept, text: string): Set<string> {
  return new Set(
    grammarFor(model, text)
      .find(concept, text)
      .map((m) => m.text.toLowerCase()),
  );
}

/** A sentence's whole text with the lead-in of its list ("Do not:" before "- social engineering"). */
export function withLeadIn(sentence: Sentence): string {
  const leadIn = sentence.block.leadIn?.text;
  return leadIn ? `${leadIn} ${sentence.text}` : sentence.text;
}

/** The heading of the section that holds a sentence, lower-cased, or ''. */
export function sectionTitleOf(model: PolicyModel, sentence: Sentence): string {
  return model.sections[sentence.block.section]?.title.toLowerCase() ?? '';
}

/** A sentence as the span the checklist quotes. */
export function spanOf(sentence: Sentence): Span {
  return { start: sentence.start, end: sentence.end };
}

/** The clauses of a sentence that hold a word of the concept ("we accept anonymous reports" of "…, and we do not ask your name"). */
export function clausesWith(model: PolicyModel, sentence: Sentence, concept: ComplianceConcept): string[] {
  const grammar = grammarFor(model, sentence.text);
  const words = grammar.find(concept, sentence.text);
  if (words.length === 0) return [];
  return grammar
    .clauses(sentence.text)
    .filter((c) => words.some((w) => w.index >= c.start && w.index < c.end))
    .map((c) => sentence.text.slice(c.start, c.end));
}
