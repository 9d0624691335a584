import type { Rule, Report } from '../rule';
import type { PolicyModel, Sentence } from '../model';
import { VAGUE_RE, clauseAt, clauses, isPromiseLeadIn, vagueLanguage } from '../language/grammar';
import { timeChoices } from '../lexicon/replacements';
import type { Fix, Span } from '../model';

/** Concrete times to offer, the likeliest first: acknowledgements are quick, fixes take longer. */
function replacements(span: Span, phrase: string, sentence: string, language: string): Fix[] {
  const t = timeChoices(vagueLanguage(phrase, language));
  const options = [t.acknowledge, t.business, t.week, t.fix];
  const preferred =
    /acknowledg|respon|repl|answer|hear|triage|confirm|receipt|bestätig|antwort|répon|respuesta|resposta|回复|响应|返信|回答|응답|답변|ответ/i.test(
      sentence,
    )
      ? t.acknowledge
      : /fix|patch|release|resolv|address|disclos|publish|correct|beheb|corrig|corrig|修复|修正|수정|исправ/i.test(sentence)
        ? t.fix
        : t.week;
  return [preferred, ...options.filter((o) => o !== preferred)].map((text, i) => ({
    title: `Replace "${phrase}" with "${text}"`,
    edits: [{ start: span.start, end: span.end, newText: text }],
    ...(i === 0 ? { isPreferred: true } : {}),
  }));
}

/** A sentence ending with a colon takes in the list or table it introduces ("promptly:" + times). */
function introducesConcreteTimes(model: PolicyModel, sentence: Sentence): boolean {
  const { block } = sentence;
  const span = block.introduces;
  if (!span || !sentence.text.trimEnd().endsWith(':')) return false;
  return model.times.some((t) => t.start >= span.start && t.end <= span.end);
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
      if (matches.length === 0 || introducesConcreteTimes(model, sentence)) continue;
      const lead = sentence.block.leadIn;
      const parts = clauses(sentence.text, lead !== undefined && isPromiseLeadIn(lead.text));
      const { offsets } = sentence.block;
      for (const m of matches) {
        // Judged by the clause the phrase stands in: "Let us know quickly, and we will fix it promptly".
        if (!clauseAt(parts, m.index!)?.promise) continue;
        const from = sentence.from + m.index!;
        const span = { start: offsets[from]!, end: offsets[from + m[0].length - 1]! + 1 };
        reports.push({
          ...span,
          fixes: replacements(span, m[0], sentence.text, model.language),
          message: `"${m[0]}" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".`,
          data: { phrase: m[0] },
        });
      }
    }
    return reports;
  },
};
