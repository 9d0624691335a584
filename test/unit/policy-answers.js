// @ts-check
'use strict';
// The answers of the Create security policy flow that several tests give: every question
// answered, for one invented repository.

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

module.exports = { REPOSITORY, EMAIL, KEY_URL, fullAnswers };
