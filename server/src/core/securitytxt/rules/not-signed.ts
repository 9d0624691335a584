import type { TxtRule } from '../txt-rule';
import { firstLine } from '../txt-rule';

export const txtNotSigned: TxtRule = {
  code: 'securitytxt/not-signed',
  severity: 'hint',
  description: 'The file is not signed with OpenPGP.',
  fixable: false,
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
