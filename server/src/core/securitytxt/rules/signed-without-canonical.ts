import type { TxtRuleDefinition } from '../txt-rule';
import { fieldsNamed } from '../parse';

export const txtSignedWithoutCanonical: TxtRuleDefinition = {
  code: 'securitytxt/signed-without-canonical',
  check(model) {
    if (!model.signed || fieldsNamed(model, 'Canonical').length > 0) return [];
    return [
      {
        ...model.signed,
        message:
          'A signed security.txt should say where it belongs: add "Canonical: https://<host>/.well-known/security.txt" before signing, so the signature cannot be replayed elsewhere.',
      },
    ];
  },
};
