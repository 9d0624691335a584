// The SECURITY.md rules, in the order of their codes. Do not edit: scripts/rule-index.mjs writes
// this list from the files in this folder, so adding a rule is adding its file.

import type { Rule } from '../rule';
import { brokenPgpBlock } from './broken-pgp-block';
import { emptySection } from './empty-section';
import { insecureLink } from './insecure-link';
import { invalidEmail } from './invalid-email';
import { longDisclosureWindow } from './long-disclosure-window';
import { mailtoMismatch } from './mailto-mismatch';
import { missingAdvisoryPublication } from './missing-advisory-publication';
import { missingDisclosurePolicy } from './missing-disclosure-policy';
import { missingReportContents } from './missing-report-contents';
import { missingReportingSection } from './missing-reporting-section';
import { missingResponseTime } from './missing-response-time';
import { missingSafeHarbor } from './missing-safe-harbor';
import { missingScope } from './missing-scope';
import { missingSecureChannel } from './missing-secure-channel';
import { missingSupportPeriod } from './missing-support-period';
import { missingSupportedVersions } from './missing-supported-versions';
import { missingTestRestrictions } from './missing-test-restrictions';
import { mojibake } from './mojibake';
import { noContact } from './no-contact';
import { obfuscatedEmail } from './obfuscated-email';
import { placeholderEmail } from './placeholder-email';
import { placeholderText } from './placeholder-text';
import { publicIssueReporting } from './public-issue-reporting';
import { requiresPersonalData } from './requires-personal-data';
import { restrictsDisclosure } from './restricts-disclosure';
import { shadowedPolicy } from './shadowed-policy';
import { singlePersonContact } from './single-person-contact';
import { slowAcknowledgement } from './slow-acknowledgement';
import { stalePolicy } from './stale-policy';
import { templateText } from './template-text';
import { unsupportedLanguage } from './unsupported-language';
import { vagueSla } from './vague-sla';

export const rules: readonly Rule[] = [
  brokenPgpBlock,
  emptySection,
  insecureLink,
  invalidEmail,
  longDisclosureWindow,
  mailtoMismatch,
  missingAdvisoryPublication,
  missingDisclosurePolicy,
  missingReportContents,
  missingReportingSection,
  missingResponseTime,
  missingSafeHarbor,
  missingScope,
  missingSecureChannel,
  missingSupportPeriod,
  missingSupportedVersions,
  missingTestRestrictions,
  mojibake,
  noContact,
  obfuscatedEmail,
  placeholderEmail,
  placeholderText,
  publicIssueReporting,
  requiresPersonalData,
  restrictsDisclosure,
  shadowedPolicy,
  singlePersonContact,
  slowAcknowledgement,
  stalePolicy,
  templateText,
  unsupportedLanguage,
  vagueSla,
];
