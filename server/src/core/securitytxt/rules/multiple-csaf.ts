import type { TxtRule } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtMultipleCsaf: TxtRule = {
  code: 'securitytxt/multiple-csaf',
  severity: 'warning',
  description: 'More than one CSAF field.',
  fixable: false,
  check: (model) =>
    fieldsNamed(model, 'CSAF')
      .slice(1)
      .map((field) => ({
        ...field,
        message:
          'More than one CSAF field: CSAF 2.0 allows it only for a while (after a merger, say) and asks that one provider-metadata.json be given; remove this line when you can.',
      })),
};
