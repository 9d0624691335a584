// @ts-check
'use strict';
// English compliance words: scope, safe harbor, report contents, support period, advisories,
// acknowledgement, personal data, disclosure restrictions, testing restrictions.

const { complianceTests } = require('../compliance-harness.js');

complianceTests({
  tag: 'en',
  context: 'Thank you for helping keep Acme and its users safe. Security reports are welcome here.',
  concepts: {
    scope: ['This policy applies to the Acme server', 'Out of scope', 'in-scope targets', 'is not covered by this policy'],
    noLegalAction: ['we will not pursue legal action', 'we will never take legal action', 'we will not sue you', 'no legal action'],
    authorized: [
      'we consider your research authorized',
      'we will deem such activity lawful',
      'research under this policy is authorized',
      'the Computer Fraud and Abuse Act',
    ],
    antiCircumvention: ['the DMCA', 'anti-circumvention provisions', 'circumvention of technology measures'],
    termsWaiver: ['our Terms of Service', 'the terms of use', 'acceptable use policy'],
    goodFaith: ['in good faith', 'good-faith research', 'bona fide research'],
    reportContents: ['steps to reproduce', 'a proof of concept', 'the affected versions', 'the potential impact', 'a stack trace'],
    supportEnd: ['end of life', 'end-of-support', 'supported until', 'security support ends', 'EOL'],
    advisoryChannel: ['a GitHub Security Advisory', 'a CVE ID', 'the release notes', 'our changelog', 'the announce mailing list'],
    acknowledge: ['we acknowledge', 'acknowledgement', 'confirm receipt', 'an initial response'],
    personalData: ['your full name', 'a phone number', 'your postal address', 'a government-issued ID', 'date of birth'],
    anonymous: ['anonymously', 'anonymous reports', 'without revealing your identity'],
    mandatory: ['you must', 'is required', 'mandatory', 'you need to provide'],
    optional: ['optional', 'if you wish', 'is not required'],
    negation: ['not', 'no', 'never', "can't", "won't"],
    prohibition: ['do not', "don't", 'is prohibited', 'not permitted', 'refrain from', 'out of scope'],
    testingMethod: [
      'denial of service',
      'DDoS attacks',
      'social engineering',
      'phishing',
      'physical attacks',
      'automated scanning',
      'brute-forcing',
    ],
    permission: ['without our written consent', 'without prior permission', 'only with our approval'],
    indefinite: ['never', 'at any time', 'under no circumstances', 'indefinitely'],
    timeLimit: ['until', 'before', 'prior to', 'after the fix', 'embargo'],
  },
  meets: {
    // A phrase wrapped over two lines reads as one.
    'missing-scope': [
      'This policy\napplies to every release of Acme.',
      'This policy covers the Acme server and its official plugins.',
      'Vulnerabilities in third-party dependencies are out of scope.',
    ],
    'missing-safe-harbor': [
      'We will not take legal action against researchers who follow this policy.',
      'Research done under this policy is considered authorized, and we will not recommend legal action.',
    ],
    'missing-report-contents': [
      'Please include a proof of concept.',
      'A good report has the steps to reproduce and the affected versions.',
    ],
    'missing-support-period': ['Version 2 receives security fixes until 2028-06-30.', 'Each release is supported for 18 months.'],
    'missing-advisory-publication': [
      'Fixed vulnerabilities are announced in GitHub Security Advisories.',
      'We publish every fix in the release notes.',
    ],
    'missing-test-restrictions': ['Do not run denial of service attacks against our servers.', 'Social engineering is not allowed.'],
    'missing-secure-channel': ['Encrypt your report with our PGP key if it contains sensitive details.'],
  },
  fires: {
    'slow-acknowledgement': ['We acknowledge reports within 10 days.', 'You will receive an initial response within two weeks.'],
    'requires-personal-data': [
      'You must include your full name and phone number.',
      'Anonymous reports are not accepted.',
      'Your name is optional, but a phone number is required.',
    ],
    'restricts-disclosure': [
      'You may not disclose the vulnerability without our written consent.',
      'Never disclose any details of a vulnerability publicly.',
    ],
  },
  silent: {
    'slow-acknowledgement': [
      'We acknowledge reports within 3 business days.',
      'We acknowledge reports within 48 hours and send a fix within 30 days.',
    ],
    'requires-personal-data': [
      'You may include your name if you wish to be credited.',
      'Reports may be submitted anonymously.',
      'We accept anonymous reports and do not ask for your name.',
    ],
    'restricts-disclosure': [
      'Please do not disclose the issue until a fix is released or 90 days have passed.',
      'We will never disclose your identity without your permission.',
    ],
  },
});
