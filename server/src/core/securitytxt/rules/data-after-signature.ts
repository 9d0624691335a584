import type { TxtRule } from '../txt-rule';

export const txtDataAfterSignature: TxtRule = {
  code: 'securitytxt/data-after-signature',
  severity: 'error',
  description: 'Content after the signature block.',
  fixable: false,
  check(model) {
    return model.afterSignature.map((span) => ({
      ...span,
      message: 'Nothing may follow "-----END PGP SIGNATURE-----": move this into the signed part and sign again, or remove it.',
    }));
  },
};
