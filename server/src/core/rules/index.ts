// The SECURITY.md rules, in the order of their codes. Do not edit: scripts/rule-index.mjs writes this
// list from the files in this folder and the first paragraph of each rule's docs page
// (docs/rules/<name>.md), so adding a rule is adding its file and its page.

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
  {
    ...brokenPgpBlock,
    severity: 'error',
    fixable: false,
    description: "An armored PGP key or message in the policy is incomplete.",
  },
  {
    ...emptySection,
    severity: 'warning',
    fixable: true,
    description: "A heading has nothing under it.",
  },
  {
    ...insecureLink,
    severity: 'warning',
    fixable: true,
    description: "A reporting channel, policy, advisory or key is linked over plain `http://`.",
  },
  {
    ...invalidEmail,
    severity: 'error',
    fixable: true,
    description: "An e-mail address in the policy cannot be delivered.",
  },
  {
    ...longDisclosureWindow,
    severity: 'info',
    fixable: true,
    description: "A disclosure or fix deadline is longer than 90 days.",
  },
  {
    ...mailtoMismatch,
    severity: 'error',
    fixable: true,
    description: "A link shows one e-mail address but sends mail to another.",
  },
  {
    ...missingAdvisoryPublication,
    severity: 'off',
    fixable: true,
    description: "Nothing says where fixed vulnerabilities are published.",
  },
  {
    ...missingDisclosurePolicy,
    severity: 'info',
    fixable: true,
    description: "The policy does not say how or when fixed vulnerabilities are made public.",
  },
  {
    ...missingReportContents,
    severity: 'off',
    fixable: true,
    description: "Nothing says what a vulnerability report should contain.",
  },
  {
    ...missingReportingSection,
    severity: 'warning',
    fixable: true,
    description: "The policy has no section headed as \"how to report a vulnerability\".",
  },
  {
    ...missingResponseTime,
    severity: 'warning',
    fixable: true,
    description: "The policy never says how soon a reporter will hear back.",
  },
  {
    ...missingSafeHarbor,
    severity: 'off',
    fixable: true,
    description: "No statement that good-faith research under the policy is authorized and will not lead to legal action.",
  },
  {
    ...missingScope,
    severity: 'off',
    fixable: true,
    description: "Nothing says which products, versions or services the policy covers, or what is out of scope.",
  },
  {
    ...missingSecureChannel,
    severity: 'off',
    fixable: true,
    description: "The policy offers no secure way to send a report: no encryption key and no encrypted channel.",
  },
  {
    ...missingSupportPeriod,
    severity: 'off',
    fixable: true,
    description: "No end date or length of security support is given for any version.",
  },
  {
    ...missingSupportedVersions,
    severity: 'warning',
    fixable: true,
    description: "The policy does not say which versions receive security fixes.",
  },
  {
    ...missingTestRestrictions,
    severity: 'off',
    fixable: true,
    description: "Nothing says which testing methods are not allowed.",
  },
  {
    ...mojibake,
    severity: 'warning',
    fixable: true,
    description: "Text was garbled by an encoding round trip.",
  },
  {
    ...noContact,
    severity: 'error',
    fixable: true,
    description: "The policy gives reporters no private way to reach the project.",
  },
  {
    ...obfuscatedEmail,
    severity: 'hint',
    fixable: false,
    description: "An address is spelled out to dodge spam bots.",
  },
  {
    ...placeholderEmail,
    severity: 'error',
    fixable: true,
    description: "The policy gives a sample address instead of a real one.",
  },
  {
    ...placeholderText,
    severity: 'error',
    fixable: false,
    description: "Template placeholders were never filled in.",
  },
  {
    ...publicIssueReporting,
    severity: 'warning',
    fixable: true,
    description: "Reporters are told to file vulnerabilities in public, with no private alternative.",
  },
  {
    ...requiresPersonalData,
    severity: 'off',
    fixable: false,
    description: "Reporters must give personal data (full name, phone, address, ID), or anonymous reports are refused.",
  },
  {
    ...restrictsDisclosure,
    severity: 'off',
    fixable: false,
    description: "Reporters are told never to disclose, or only with permission, with no time limit.",
  },
  {
    ...shadowedPolicy,
    severity: 'warning',
    fixable: false,
    description: "Another SECURITY.md comes first where GitHub looks, so GitHub never shows this one.",
  },
  {
    ...singlePersonContact,
    severity: 'off',
    fixable: false,
    description: "Every private channel is one person's own address: no team alias, form or private reporting.",
  },
  {
    ...slowAcknowledgement,
    severity: 'off',
    fixable: false,
    description: "The promised time to acknowledge a report is longer than the profile allows.",
  },
  {
    ...stalePolicy,
    severity: 'info',
    fixable: true,
    description: "The policy's \"last updated\" date is more than 12 months old.",
  },
  {
    ...templateText,
    severity: 'warning',
    fixable: true,
    description: "Sentences from GitHub's default SECURITY.md template are still in the file.",
  },
  {
    ...unsupportedLanguage,
    severity: 'info',
    fixable: false,
    description: "The policy is written in a language the linter cannot read yet.",
  },
  {
    ...vagueSla,
    severity: 'warning',
    fixable: true,
    description: "A promise about timing uses vague wording instead of a concrete time.",
  },
];
