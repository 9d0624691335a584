// The security.txt rules (RFC 9116). Adding one: a file here, a line below, a docs page in
// docs/rules/securitytxt/.

import type { TxtRule } from '../txt-rule';
import { txtNoContact } from './no-contact';
import { txtNoExpires } from './no-expires';
import { txtMultipleExpires } from './multiple-expires';
import { txtInvalidExpires } from './invalid-expires';
import { txtExpired } from './expired';
import { txtLongExpiry } from './long-expiry';
import { txtInvalidUri } from './invalid-uri';
import { txtNotHttps } from './not-https';
import { txtMultiplePreferredLanguages } from './multiple-preferred-languages';
import { txtInvalidLanguage } from './invalid-language';
import { txtNoSpace } from './no-space';
import { txtLeadingWhitespace } from './leading-whitespace';
import { txtEmptyValue } from './empty-value';
import { txtInvalidLine } from './invalid-line';
import { txtUnknownField } from './unknown-field';
import { txtBom } from './bom';
import { txtNoFinalNewline } from './no-final-newline';
import { txtSignedWithoutCanonical } from './signed-without-canonical';
import { txtDataAfterSignature } from './data-after-signature';
import { txtNoEncryption } from './no-encryption';
import { txtInvalidBugBounty } from './invalid-bug-bounty';
import { txtMultipleBugBounty } from './multiple-bug-bounty';
import { txtCsafNotProviderMetadata } from './csaf-not-provider-metadata';
import { txtMultipleCsaf } from './multiple-csaf';
import { txtCsafOrder } from './csaf-order';
import { txtExpiresSoon } from './expires-soon';
import { txtNotUtf8 } from './not-utf8';
import { txtNotSigned } from './not-signed';
import { txtSignatureFormat } from './signature-format';
import { txtInvalidSignature } from './invalid-signature';
import { txtOutOfSync } from './out-of-sync';

export const securityTxtRules: readonly TxtRule[] = [
  txtNoContact,
  txtNoExpires,
  txtMultipleExpires,
  txtInvalidExpires,
  txtExpired,
  txtLongExpiry,
  txtInvalidUri,
  txtNotHttps,
  txtMultiplePreferredLanguages,
  txtInvalidLanguage,
  txtNoSpace,
  txtLeadingWhitespace,
  txtEmptyValue,
  txtInvalidLine,
  txtUnknownField,
  txtBom,
  txtNoFinalNewline,
  txtSignedWithoutCanonical,
  txtDataAfterSignature,
  txtNoEncryption,
  txtInvalidBugBounty,
  txtMultipleBugBounty,
  txtCsafNotProviderMetadata,
  txtMultipleCsaf,
  txtCsafOrder,
  txtExpiresSoon,
  txtNotUtf8,
  txtNotSigned,
  txtSignatureFormat,
  txtInvalidSignature,
  txtOutOfSync,
];
