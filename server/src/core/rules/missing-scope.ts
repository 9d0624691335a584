import type { RuleDefinition } from '../rule';
import { missingElementRule } from '../rule';
import { insertSection } from '../fixes';
import type { PolicyModel, Span } from '../model';
import { sentencesWith, spanOf } from '../statements';

/** A "Scope" heading, else the first sentence that says what the policy covers or leaves out. */
function scopeStatement(model: PolicyModel): Span | undefined {
  const section = model.sections.find((s) => s.kinds.includes('scope'));
  if (section) return section.heading;
  const sentence = sentencesWith(model, 'scope')[0];
  return sentence && spanOf(sentence);
}

export const missingScope: RuleDefinition = missingElementRule({
  code: 'missing-scope',
  message: 'No scope: say which products, versions or services this policy covers and what is out of scope.',
  evidence: scopeStatement,
  fix: (model, ctx) => insertSection(model, 'scope', ctx.options, 'Add a "Scope" section'),
});
