import type { RuleDefinition } from '../rule';
import { documentAnchor } from '../rule';
import { insertSection } from '../fixes';
import { isSupportedLanguage } from '../language/grammar';
import type { PolicyModel, Sentence } from '../model';
import { sentencesWith, spanOf } from '../statements';

/** The four parts of disclose.io's full safe harbor, with how a message names each. */
const FULL_PARTS = [
  ['authorized', 'authorization of the research under anti-hacking law'],
  ['antiCircumvention', 'an exemption from anti-circumvention law (DMCA)'],
  ['termsWaiver', 'a waiver of the terms of service for the research'],
  ['goodFaith', 'a good-faith clause'],
] as const;

interface SafeHarbor {
  /** A promise of no legal action, or research deemed authorized: the commitment. */
  commitment?: Sentence;
  /** The full parts that are there, by concept. */
  parts: Map<string, Sentence>;
}

function safeHarborOf(model: PolicyModel): SafeHarbor {
  const commitment = sentencesWith(model, 'noLegalAction')[0] ?? sentencesWith(model, 'authorized')[0];
  const parts = new Map<string, Sentence>();
  for (const [concept] of FULL_PARTS) {
    const sentence = sentencesWith(model, concept)[0];
    if (sentence) parts.set(concept, sentence);
  }
  return { ...(commitment ? { commitment } : {}), parts };
}

export const missingSafeHarbor: RuleDefinition = {
  code: 'missing-safe-harbor',
  evidence(model) {
    const found = safeHarborOf(model);
    return found.commitment && spanOf(found.commitment);
  },
  check(model, ctx) {
    if (!isSupportedLanguage(model.language)) return [];
    const found = safeHarborOf(model);
    const full = ctx.parameters.level === 'full';
    const missing = FULL_PARTS.filter(([concept]) => !found.parts.has(concept)).map(([, name]) => name);
    if (found.commitment && (!full || missing.length === 0)) return [];
    const fix = model.sections.some((s) => s.kinds.includes('safe-harbor'))
      ? []
      : [insertSection(model, 'safe-harbor', ctx.options, 'Add a "Safe Harbor" section')!];
    const partial = found.commitment !== undefined || found.parts.size > 0;
    const anchor = found.commitment ?? [...found.parts.values()][0];
    return [
      {
        ...(anchor ? spanOf(anchor) : documentAnchor(model)),
        fixes: fix,
        data: { safeHarbor: partial ? 'partial' : 'absent', missing },
        message: partial
          ? `Partial safe harbor: ${full ? `a full safe harbor also needs ${missing.join(', ')}` : 'promise not to pursue legal action against good-faith research under this policy'}.`
          : 'No safe harbor: say that good-faith research under this policy is authorized and that you will not pursue legal action against it.',
      },
    ];
  },
};
