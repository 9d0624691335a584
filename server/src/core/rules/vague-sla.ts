import type { RuleDefinition, Report } from '../rule';
import type { PolicyModel, Sentence } from '../model';
import { grammarFor, vagueLanguage, type Grammar } from '../language/grammar';
import { timeChoices, type TimeChoices } from '../lexicon/replacements';
import type { Fix, Span } from '../model';

/** Which concrete time to offer first: an answer comes quickly, a fix takes longer. */
function preferredChoice(clause: string, grammar: Grammar): keyof TimeChoices {
  if (grammar.has('responseContext', clause)) return 'acknowledge';
  return grammar.has('fix', clause) || grammar.has('disclosure', clause) ? 'fix' : 'week';
}

/** Concrete times to offer, the likeliest first. */
function replacements(span: Span, phrase: string, preferred: keyof TimeChoices, language: string): Fix[] {
  const t = timeChoices(vagueLanguage(phrase, language));
  const options = [t.acknowledge, t.business, t.week, t.fix];
  const first = t[preferred];
  return [first, ...options.filter((o) => o !== first)].map((text, i) => ({
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

export const vagueSla: RuleDefinition = {
  code: 'vague-sla',
  check(model) {
    const reports: Report[] = [];
    const timed = new Set(model.times.map((t) => t.sentence));
    for (const sentence of model.sentences) {
      if (timed.has(sentence) || sentence.block.type === 'heading') continue;
      const grammar = grammarFor(model, sentence.text);
      const matches = grammar.find('vague', sentence.text);
      if (matches.length === 0 || introducesConcreteTimes(model, sentence)) continue;
      const lead = sentence.block.leadIn;
      const parts = grammar.clauses(sentence.text, lead !== undefined && grammarFor(model, lead.text).isPromiseLeadIn(lead.text));
      const { offsets } = sentence.block;
      const preferred = new Map<number, keyof TimeChoices>();
      let at = 0;
      for (const m of matches) {
        // Judged by the clause the phrase stands in: "Let us know quickly, and we will fix it promptly".
        // Matches come in order, so one pointer walks the clauses.
        while (at + 1 < parts.length && parts[at]!.end <= m.index) at++;
        const clause = parts[at];
        if (!clause?.promise) continue;
        if (!preferred.has(at)) preferred.set(at, preferredChoice(sentence.text.slice(clause.start, clause.end), grammar));
        const from = sentence.from + m.index;
        const span = { start: offsets[from]!, end: offsets[from + m.text.length - 1]! + 1 };
        reports.push({
          ...span,
          fixes: replacements(span, m.text, preferred.get(at)!, model.language),
          message: `"${m.text}" is not a time: promise a concrete one, e.g. "within 3 business days" or "within 90 days".`,
          data: { phrase: m.text },
        });
      }
    }
    return reports;
  },
};
