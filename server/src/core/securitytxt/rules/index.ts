// The security.txt rules, in the order of their codes. Do not edit: scripts/rule-index.mjs writes this
// list from the files in this folder and the first paragraph of each rule's docs page
// (docs/rules/securitytxt/<name>.md), so adding a rule is adding its file and its page.

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
  {
    ...txtBom,
    severity: 'error',
    fixable: true,
    description: "The file starts with a byte order mark.",
  },
  {
    ...txtCsafNotProviderMetadata,
    severity: 'error',
    fixable: false,
    description: "A `CSAF` field whose URL does not point to a `provider-metadata.json` file.",
  },
  {
    ...txtCsafOrder,
    severity: 'warning',
    fixable: true,
    description: "One of several `CSAF` fields points to the well-known `/.well-known/csaf/provider-metadata.json`, but it is not the first.",
  },
  {
    ...txtDataAfterSignature,
    severity: 'error',
    fixable: false,
    description: "Content follows the end of the OpenPGP signature.",
  },
  {
    ...txtEmptyValue,
    severity: 'error',
    fixable: false,
    description: "A field has a name but no value.",
  },
  {
    ...txtExpired,
    severity: 'error',
    fixable: true,
    description: "The `Expires` date has passed, so readers should treat the file as stale.",
  },
  {
    ...txtExpiresSoon,
    severity: 'warning',
    fixable: true,
    description: "The `Expires` date is near: within the renewal window, 30 days by default.",
  },
  {
    ...txtInvalidBugBounty,
    severity: 'error',
    fixable: true,
    description: "A `Bug-Bounty` field holds something other than `True` or `False`.",
  },
  {
    ...txtInvalidExpires,
    severity: 'error',
    fixable: true,
    description: "The `Expires` value is not an RFC 3339 date-time.",
  },
  {
    ...txtInvalidLanguage,
    severity: 'error',
    fixable: true,
    description: "An item of `Preferred-Languages` is not a valid language tag.",
  },
  {
    ...txtInvalidLine,
    severity: 'error',
    fixable: true,
    description: "A line is neither a field, a comment, nor blank.",
  },
  {
    ...txtInvalidSignature,
    severity: 'error',
    fixable: false,
    description: "The signature of a signed security.txt cannot be read, does not verify with the signer's key, or that key expires before the file does.",
  },
  {
    ...txtInvalidUri,
    severity: 'error',
    fixable: true,
    description: "A field that must hold a URI holds something else, such as a bare e-mail address.",
  },
  {
    ...txtLeadingWhitespace,
    severity: 'error',
    fixable: true,
    description: "A field name is indented with spaces or tabs.",
  },
  {
    ...txtLongExpiry,
    severity: 'warning',
    fixable: true,
    description: "The `Expires` date is more than a year away.",
  },
  {
    ...txtMultipleBugBounty,
    severity: 'error',
    fixable: true,
    description: "The file has more than one `Bug-Bounty` field.",
  },
  {
    ...txtMultipleCsaf,
    severity: 'warning',
    fixable: false,
    description: "The file has more than one `CSAF` field.",
  },
  {
    ...txtMultipleExpires,
    severity: 'error',
    fixable: true,
    description: "The file has more than one `Expires` field.",
  },
  {
    ...txtMultiplePreferredLanguages,
    severity: 'error',
    fixable: true,
    description: "The file has more than one `Preferred-Languages` field.",
  },
  {
    ...txtNoContact,
    severity: 'error',
    fixable: false,
    description: "The file has no `Contact` field, so it does not say where to report a vulnerability.",
  },
  {
    ...txtNoEncryption,
    severity: 'hint',
    fixable: false,
    description: "Reports can be sent by e-mail, but the file offers no key to encrypt them with.",
  },
  {
    ...txtNoExpires,
    severity: 'error',
    fixable: true,
    description: "The file has no `Expires` field, so nobody can tell whether it is still current.",
  },
  {
    ...txtNoFinalNewline,
    severity: 'error',
    fixable: true,
    description: "The last line of the file has no line ending.",
  },
  {
    ...txtNoSpace,
    severity: 'error',
    fixable: true,
    description: "A field's colon is not followed by exactly one space.",
  },
  {
    ...txtNotHttps,
    severity: 'error',
    fixable: true,
    description: "A contact, key, policy or other link in the file uses plain `http://`.",
  },
  {
    ...txtNotSigned,
    severity: 'hint',
    fixable: false,
    description: "The file is not an OpenPGP cleartext-signed message.",
  },
  {
    ...txtNotUtf8,
    severity: 'error',
    fixable: false,
    description: "The file holds bytes that are not UTF-8.",
  },
  {
    ...txtOutOfSync,
    severity: 'warning',
    fixable: true,
    description: "The security.txt and the repository's SECURITY.md disagree on where reports go or where the policy is.",
  },
  {
    ...txtSignatureFormat,
    severity: 'error',
    fixable: true,
    description: "A signed security.txt is not framed as an OpenPGP cleartext signature, or an unsigned one has signature lines.",
  },
  {
    ...txtSignedWithoutCanonical,
    severity: 'warning',
    fixable: false,
    description: "The file is OpenPGP-signed but has no `Canonical` field.",
  },
  {
    ...txtUnknownField,
    severity: 'info',
    fixable: true,
    description: "A field name is not one of the registered security.txt fields.",
  },
];
