// @ts-check
'use strict';
// The answers of the Create security policy flow that several tests give: every question
// answered, or the defaults taken, for one invented repository.

const REPOSITORY = 'acme/widgets';
const EMAIL = 'security@acme-widgets.dev';
const KEY_URL = 'https://acme-widgets.dev/pgp-key.asc';

/** Every answer given, with `changes` on top. */
function fullAnswers(changes = {}) {
  return {
    repository: REPOSITORY,
    githubAdvisories: true,
    email: EMAIL,
    versions: [
      { version: '2.x', supported: true },
      { version: '< 2.0', supported: false },
    ],
    acknowledgeWithin: '48 hours',
    disclosureDays: 45,
    scope: true,
    safeHarbor: true,
    encryptionKeyUrl: KEY_URL,
    ...changes,
  };
}

/**
 * The answers of the default path (the first item of every question, no optional section) for
 * REPOSITORY, with `changes` on top.
 */
function defaultAnswers(changes = {}) {
  return {
    repository: REPOSITORY,
    githubAdvisories: true,
    versions: [{ version: 'Latest release', supported: true }],
    acknowledgeWithin: '3 business days',
    disclosureDays: 90,
    scope: false,
    safeHarbor: false,
    ...changes,
  };
}

/** The default answers without a repository, where EMAIL is the only way to report, with `changes` on top. */
function emailOnlyAnswers(changes = {}) {
  const answers = defaultAnswers({ githubAdvisories: false, email: EMAIL, ...changes });
  delete answers.repository;
  return answers;
}

module.exports = { REPOSITORY, EMAIL, KEY_URL, fullAnswers, defaultAnswers, emailOnlyAnswers };
