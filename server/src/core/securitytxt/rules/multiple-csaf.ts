import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtMultipleCsaf: TxtRuleDefinition = {
  code: 'securitytxt/multiple-csaf',
  check: (model) =>
    fieldsNamed(model, 'CSAF')
      .slice(1)
      .map((field) => ({
        ...field,
        message:
          'More than one CSAF field: CSAF 2.0 allows it only for a while (after a merger, say) and asks that one provider-metadata.json be given; remove this line when you can.',
      })),
};
