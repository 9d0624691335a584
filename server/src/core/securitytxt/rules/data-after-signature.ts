import type { TxtRuleDefinition } from '../txt-rule';

export const txtDataAfterSignature: TxtRuleDefinition = {
  code: 'securitytxt/data-after-signature',
  check(model) {
    return model.afterSignature.map((span) => ({
      ...span,
      message: 'Nothing may follow "-----END PGP SIGNATURE-----": move this into the signed part and sign again, or remove it.',
    }));
  },
};
