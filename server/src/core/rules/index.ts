// The rule list. Adding a rule: one file here, one line below, one docs/rules/<code>.md page.

import type { Rule } from '../rule';
import { noContact } from './no-contact';
import { missingReportingSection } from './missing-reporting-section';
import { missingSupportedVersions } from './missing-supported-versions';
import { missingResponseTime } from './missing-response-time';
import { missingDisclosurePolicy } from './missing-disclosure-policy';
import { vagueSla } from './vague-sla';
import { invalidEmail } from './invalid-email';
import { placeholderEmail } from './placeholder-email';
import { placeholderText } from './placeholder-text';
import { templateText } from './template-text';
import { mojibake } from './mojibake';
import { stalePolicy } from './stale-policy';
import { mailtoMismatch } from './mailto-mismatch';
import { insecureLink } from './insecure-link';
import { publicIssueReporting } from './public-issue-reporting';
import { brokenPgpBlock } from './broken-pgp-block';
import { emptySection } from './empty-section';
import { obfuscatedEmail } from './obfuscated-email';
import { longDisclosureWindow } from './long-disclosure-window';
import { unsupportedLanguage } from './unsupported-language';
import { shadowedPolicy } from './shadowed-policy';
import { missingScope } from './missing-scope';
import { missingSafeHarbor } from './missing-safe-harbor';
import { missingReportContents } from './missing-report-contents';
import { missingSupportPeriod } from './missing-support-period';
import { missingAdvisoryPublication } from './missing-advisory-publication';
import { slowAcknowledgement } from './slow-acknowledgement';
import { requiresPersonalData } from './requires-personal-data';
import { restrictsDisclosure } from './restricts-disclosure';
import { missingTestRestrictions } from './missing-test-restrictions';
import { singlePersonContact } from './single-person-contact';
import { missingSecureChannel } from './missing-secure-channel';

export const rules: readonly Rule[] = [
  noContact,
  missingReportingSection,
  missingSupportedVersions,
  missingResponseTime,
  missingDisclosurePolicy,
  vagueSla,
  invalidEmail,
  placeholderEmail,
  placeholderText,
  templateText,
  mojibake,
  stalePolicy,
  mailtoMismatch,
  insecureLink,
  publicIssueReporting,
  brokenPgpBlock,
  emptySection,
  obfuscatedEmail,
  longDisclosureWindow,
  unsupportedLanguage,
  shadowedPolicy,
  missingScope,
  missingSafeHarbor,
  missingReportContents,
  missingSupportPeriod,
  missingAdvisoryPublication,
  slowAcknowledgement,
  requiresPersonalData,
  restrictsDisclosure,
  missingTestRestrictions,
  singlePersonContact,
  missingSecureChannel,
];
