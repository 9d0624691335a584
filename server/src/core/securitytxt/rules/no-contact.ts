import type { TxtRule } from '../txt-rule';
import { firstLine } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtNoContact: TxtRule = {
  code: 'securitytxt/no-contact',
  severity: 'error',
  description: 'No Contact field (RFC 9116 requires at least one).',
  fixable: false,
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
