import type { TxtRule } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtNoEncryption: TxtRule = {
  code: 'securitytxt/no-encryption',
  severity: 'hint',
  description: 'A mailto: contact but no Encryption field.',
  fixable: false,
  check(model) {
    const mail = fieldsNamed(model, 'Contact').find((f) => /^mailto:/i.test(f.value));
    if (!mail || fieldsNamed(model, 'Encryption').length > 0) return [];
    return [
      {
        ...mail.valueSpan,
        message: 'Reports sent by e-mail can be read on the way: add "Encryption: https://…/pgp-key.txt" so reporters can encrypt them.',
      },
    ];
  },
};
