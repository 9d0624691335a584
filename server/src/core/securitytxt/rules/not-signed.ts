import type { TxtRuleDefinition } from '../txt-rule';
import { firstLine } from '../txt-rule';

export const txtNotSigned: TxtRuleDefinition = {
  code: 'securitytxt/not-signed',
  check(model) {
    if (model.signed || model.straySignatures.length > 0 || model.misplacedArmor.length > 0) return [];
    return [
      {
        ...firstLine(model),
        message:
          'This security.txt is not signed: RFC 9116 recommends an OpenPGP cleartext signature so that readers can check it is yours ("gpg --clearsign security.txt"; add Canonical first).',
      },
    ];
  },
};
