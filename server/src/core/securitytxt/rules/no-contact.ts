import type { TxtRuleDefinition } from '../txt-rule';
import { firstLine } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtNoContact: TxtRuleDefinition = {
  code: 'securitytxt/no-contact',
  check(model) {
    if (fieldsNamed(model, 'Contact').length > 0) return [];
    return [
      {
        ...firstLine(model),
        message: 'No Contact field: add "Contact: mailto:security@…" or "Contact: https://…" (required, may repeat, most preferred first).',
      },
    ];
  },
};
