// The security.txt rules, in the order of their codes. Do not edit: scripts/rule-index.mjs writes
// this list from the files in this folder, so adding a rule is adding its file.

import type { TxtRule } from '../txt-rule';
import { txtBom } from './bom';
import { txtCsafNotProviderMetadata } from './csaf-not-provider-metadata';
import { txtCsafOrder } from './csaf-order';
import { txtDataAfterSignature } from './data-after-signature';
import { txtEmptyValue } from './empty-value';
import { txtExpired } from './expired';
import { txtExpiresSoon } from './expires-soon';
import { txtInvalidBugBounty } from './invalid-bug-bounty';
import { txtInvalidExpires } from './invalid-expires';
import { txtInvalidLanguage } from './invalid-language';
import { txtInvalidLine } from './invalid-line';
import { txtInvalidSignature } from './invalid-signature';
import { txtInvalidUri } from './invalid-uri';
import { txtLeadingWhitespace } from './leading-whitespace';
import { txtLongExpiry } from './long-expiry';
import { txtMultipleBugBounty } from './multiple-bug-bounty';
import { txtMultipleCsaf } from './multiple-csaf';
import { txtMultipleExpires } from './multiple-expires';
import { txtMultiplePreferredLanguages } from './multiple-preferred-languages';
import { txtNoContact } from './no-contact';
import { txtNoEncryption } from './no-encryption';
import { txtNoExpires } from './no-expires';
import { txtNoFinalNewline } from './no-final-newline';
import { txtNoSpace } from './no-space';
import { txtNotHttps } from './not-https';
import { txtNotSigned } from './not-signed';
import { txtNotUtf8 } from './not-utf8';
import { txtOutOfSync } from './out-of-sync';
import { txtSignatureFormat } from './signature-format';
import { txtSignedWithoutCanonical } from './signed-without-canonical';
import { txtUnknownField } from './unknown-field';

export const securityTxtRules: readonly TxtRule[] = [
  txtBom,
  txtCsafNotProviderMetadata,
  txtCsafOrder,
  txtDataAfterSignature,
  txtEmptyValue,
  txtExpired,
  txtExpiresSoon,
  txtInvalidBugBounty,
  txtInvalidExpires,
  txtInvalidLanguage,
  txtInvalidLine,
  txtInvalidSignature,
  txtInvalidUri,
  txtLeadingWhitespace,
  txtLongExpiry,
  txtMultipleBugBounty,
  txtMultipleCsaf,
  txtMultipleExpires,
  txtMultiplePreferredLanguages,
  txtNoContact,
  txtNoEncryption,
  txtNoExpires,
  txtNoFinalNewline,
  txtNoSpace,
  txtNotHttps,
  txtNotSigned,
  txtNotUtf8,
  txtOutOfSync,
  txtSignatureFormat,
  txtSignedWithoutCanonical,
  txtUnknownField,
];
