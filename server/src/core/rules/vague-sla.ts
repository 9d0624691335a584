import type { Rule, Report } from '../rule';
import type { PolicyModel, Sentence } from '../model';
import { VAGUE_RE, isCommitment, isCommitmentLeadIn, isRequest } from '../lexicon/timing';

/** A sentence ending with a colon takes in the list or table it introduces ("promptly:" + times). */
function introducesConcreteTimes(model: PolicyModel, sentence: Sentence): boolean {
  const { block } = sentence;
  const span = block.introduces;
  if (!span || !sentence.text.trimEnd().endsWith(':')) return false;
  return model.times.some((t) => t.start >= span.start && t.end <= span.end);
}

function promises(sentence: Sentence): boolean {
  if (isCommitment(sentence.text)) return true;
  const lead = sentence.block.leadIn;
  return lead !== undefined && isCommitmentLeadIn(lead.text) && !isRequest(sentence.text);
}

export const vagueSla: Rule = {
  code: 'vague-sla',
  severity: 'warning',
  description: 'A promise about timing uses vague wording and no concrete time.',
  fixable: true,
  check(model) {
    const reports: Report[] = [];
    const timed = new Set(model.times.map((t) => t.sentence));
    for (const sentence of model.sentences) {
      if (timed.has(sentence) || sentence.block.type === 'heading') continue;
      const matches = [...sentence.text.matchAll(VAGUE_RE)];
      if (matches.length === 0 || !promises(sentence) || introducesConcreteTimes(model, sentence)) continue;
      const { offsets } = sentence.block;
      for (const m of matches) {
        const from = sentence.from + m.index!;
        reports.push({
          start: offsets[from]!,
          end: offsets[from + m[0].length - 1]! + 1,
          message: `"${m[0]}" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".`,
          data: { phrase: m[0] },
        });
      }
    }
    return reports;
  },
};
