import type { RuleDefinition } from '../rule';
import { missingElementRule } from '../rule';
import { appendParagraph } from '../fixes';
import type { PolicyModel, Span } from '../model';
import { distinctWords, grammarOfSentence, sentencesWith, spanOf, withLeadIn } from '../statements';

/**
 * Where the policy says what a report should contain: a request that names one element ("Please
 * include a proof of concept"), or two elements named anywhere (a list under "Your report:").
 */
function reportContents(model: PolicyModel): Span | undefined {
  const sentences = sentencesWith(model, 'reportContents');
  const requested = sentences.find((s) => grammarOfSentence(model, s).isRequest(withLeadIn(s)));
  if (requested) return spanOf(requested);
  const words = new Set(sentences.flatMap((s) => [...distinctWords(model, 'reportContents', s.text)]));
  return words.size >= 2 ? spanOf(sentences[0]!) : undefined;
}

export const missingReportContents: RuleDefinition = missingElementRule({
  code: 'missing-report-contents',
  message: 'Nothing says what a report should contain: ask for the affected versions, the steps to reproduce and the impact.',
  evidence: reportContents,
  fix: (model) => appendParagraph(model, 'reporting', 'report-contents', 'Say what a report should include'),
});
