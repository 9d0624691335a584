import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtNoEncryption: TxtRuleDefinition = {
  code: 'securitytxt/no-encryption',
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
