'use strict';
// The requests behind "SECURITY.md: Create security policy", over stdio: the client asks the
// server to check the address, to read versions from tags and to write the policy, so that it
// bundles none of the core. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startServer } = require('./lsp-client');

const core = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));

// Invented fixtures.
const REPOSITORY = 'acme/widgets';
const EMAIL = 'security@acme-widgets.dev';
const KEY_URL = 'https://acme-widgets.dev/pgp-key.asc';
const INVALID_PARAMS = -32602;

describe('language server: the create-policy requests', () => {
  let client;
  before(async () => {
    ({ client } = await startServer());
  });
  after(async () => {
    if (client) await client.kill();
  });

  describe('securityMd/checkEmail', () => {
    for (const [address, expected] of [
      [EMAIL, { placeholder: false }],
      ['psirt+reports@widgets.acme.io', { placeholder: false }],
      ['you@example.com', { placeholder: true }],
      ['security@your-project.org', { placeholder: true }],
      ['a@@b.com', { problem: 'it has more than one "@"', placeholder: false }],
      ['security@', { problem: 'no domain follows the "@"', placeholder: false }],
      ['security@acme.con', { problem: '".con" is not a top-level domain (".com" was probably meant)', placeholder: false }],
      ['security@acme.zz', { problem: '".zz" is not a top-level domain', placeholder: false }],
      ['security@acme.test', { problem: '".test" is a reserved top-level domain that receives no mail', placeholder: false }],
      ['security@例え.jp', { placeholder: false }],
    ]) {
      test(`${JSON.stringify(address)} -> ${JSON.stringify(expected)}`, async () => {
        assert.deepEqual(await client.request('securityMd/checkEmail', { address }), expected);
      });
    }

    for (const params of [{}, { address: 42 }, null]) {
      test(`params ${JSON.stringify(params)}: InvalidParams`, async () => {
        await assert.rejects(client.request('securityMd/checkEmail', params), (error) => {
          assert.equal(error.code, INVALID_PARAMS);
          assert.match(error.message, /securityMd\/checkEmail needs an address \(a string\)$/);
          return true;
        });
      });
    }
  });

  describe('securityMd/versionsFromTags', () => {
    for (const [tags, expected] of [
      [
        ['v1.4.0', 'v2.0.0', 'nightly'],
        {
          versions: [
            { version: '2.x', supported: true },
            { version: '< 2.0', supported: false },
          ],
        },
      ],
      [['v2.0.0'], { versions: [{ version: '2.x', supported: true }] }],
      [
        ['0.2.0', '0.3.1'],
        {
          versions: [
            { version: '0.3.x', supported: true },
            { version: '< 0.3', supported: false },
          ],
        },
      ],
      [['nightly', 'v3.0.0-rc.1'], {}],
      [[], {}],
    ]) {
      test(`${JSON.stringify(tags)} -> ${JSON.stringify(expected)}`, async () => {
        assert.deepEqual(await client.request('securityMd/versionsFromTags', { tags }), expected);
        assert.deepEqual(expected.versions, core.versionsFromTags(tags), 'what the core says');
      });
    }

    for (const params of [{}, { tags: 'v1.0.0' }, { tags: ['v1.0.0', 1] }]) {
      test(`params ${JSON.stringify(params)}: InvalidParams`, async () => {
        await assert.rejects(client.request('securityMd/versionsFromTags', params), (error) => {
          assert.equal(error.code, INVALID_PARAMS);
          assert.match(error.message, /securityMd\/versionsFromTags needs tags \(an array of strings\)$/);
          return true;
        });
      });
    }
  });

  describe('securityMd/createPolicy', () => {
    const full = {
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
    };
    const emailOnly = { githubAdvisories: false, email: EMAIL };

    test('every answer: { text } equal to the core createPolicy', async () => {
      const result = await client.request('securityMd/createPolicy', full);
      assert.deepEqual(Object.keys(result), ['text']);
      assert.equal(result.text, core.createPolicy(full));
      assert.match(result.text, /^# Security Policy\n/);
      assert.ok(result.text.includes('https://github.com/acme/widgets/security/advisories/new'));
      assert.ok(result.text.includes(`<${EMAIL}>`));
      assert.ok(result.text.includes(KEY_URL));
    });

    test('an e-mail address only, nothing else: the defaults', async () => {
      const result = await client.request('securityMd/createPolicy', emailOnly);
      assert.deepEqual(result, { text: core.createPolicy(emailOnly) });
      assert.ok(result.text.includes('| Latest release | :white_check_mark: |'));
      assert.ok(result.text.includes(`Report them privately by e-mail to <${EMAIL}>.`));
    });

    test('a field the answers do not know (the client\'s "dir") is ignored', async () => {
      const result = await client.request('securityMd/createPolicy', { ...emailOnly, dir: '.github' });
      assert.equal(result.text, core.createPolicy(emailOnly));
    });

    for (const [what, params, message] of [
      [
        'no way to report',
        { githubAdvisories: true },
        'A policy needs a way to report: GitHub private vulnerability reporting or an e-mail address.',
      ],
      ['githubAdvisories missing', { email: EMAIL }, 'securityMd/createPolicy: githubAdvisories must be a boolean'],
      ['email not a string', { githubAdvisories: false, email: 7 }, 'securityMd/createPolicy: email must be a string'],
      [
        'a version row without supported',
        { ...emailOnly, versions: [{ version: '1.x' }] },
        'securityMd/createPolicy: versions must be an array of { version, supported }',
      ],
      ['disclosureDays as text', { ...emailOnly, disclosureDays: '90' }, 'securityMd/createPolicy: disclosureDays must be a number'],
      ['scope as text', { ...emailOnly, scope: 'yes' }, 'securityMd/createPolicy: scope must be a boolean'],
      ['no answers', null, 'securityMd/createPolicy needs the answers (an object)'],
    ]) {
      test(`${what}: InvalidParams, "${message}"`, async () => {
        await assert.rejects(client.request('securityMd/createPolicy', params), (error) => {
          assert.equal(error.code, INVALID_PARAMS);
          assert.equal(error.message, `securityMd/createPolicy failed: ${message}`);
          return true;
        });
      });
    }
  });

  test('the server is still alive after all of the above', () => {
    assert.equal(client.exitInfo, undefined, client.stderr);
  });
});
