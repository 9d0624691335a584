// @ts-check
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
const { REPOSITORY, EMAIL, KEY_URL, fullAnswers } = require('../unit/policy-answers');
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
        await assert.rejects(
          client.request('securityMd/checkEmail', params),
          (/** @type {import('../lsp/lsp-client.js').ResponseError} */ error) => {
            assert.equal(error.code, INVALID_PARAMS);
            assert.match(error.message, /securityMd\/checkEmail needs an address \(a string\)$/);
            return true;
          },
        );
      });
    }
  });

  describe('securityMd/versionsFromTags', () => {
    for (const [tags, expected] of /** @type {[string[], { versions?: object[] }][]} */ ([
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
    ])) {
      test(`${JSON.stringify(tags)} -> ${JSON.stringify(expected)}`, async () => {
        assert.deepEqual(await client.request('securityMd/versionsFromTags', { tags }), expected);
        assert.deepEqual(expected.versions, core.versionsFromTags(tags), 'what the core says');
      });
    }

    for (const params of [{}, { tags: 'v1.0.0' }, { tags: ['v1.0.0', 1] }]) {
      test(`params ${JSON.stringify(params)}: InvalidParams`, async () => {
        await assert.rejects(
          client.request('securityMd/versionsFromTags', params),
          (/** @type {import('../lsp/lsp-client.js').ResponseError} */ error) => {
            assert.equal(error.code, INVALID_PARAMS);
            assert.match(error.message, /securityMd\/versionsFromTags needs tags \(an array of strings\)$/);
            return true;
          },
        );
      });
    }
  });

  describe('securityMd/createPolicy', () => {
    const full = fullAnswers();
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

    test('with profiles: the core createPolicy, meeting them', async () => {
      const answers = { ...emailOnly, profiles: ['cra-manufacturer', 'cisa-bod-20-01'] };
      const result = await client.request('securityMd/createPolicy', answers);
      assert.equal(result.text, core.createPolicy(answers));
      assert.notEqual(result.text, core.createPolicy(emailOnly));
      assert.ok(result.text.includes('\n## Scope\n'));
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
      ['profiles as text', { ...emailOnly, profiles: 'cisa-bod-20-01' }, 'securityMd/createPolicy: profiles must be an array of strings'],
      ['a profile that is no string', { ...emailOnly, profiles: [7] }, 'securityMd/createPolicy: profiles must be an array of strings'],
      ['an unknown profile', { ...emailOnly, profiles: ['nope'] }, 'unknown profile "nope"'],
      [
        'a profile the answers cannot meet',
        { ...emailOnly, profiles: ['iso-29147'] },
        'ISO/IEC 29147:2018 vulnerability disclosure policy asks for a secure way to send a report: GitHub private vulnerability reporting or a PGP key for encrypted e-mail.',
      ],
      ['no answers', null, 'securityMd/createPolicy needs the answers (an object)'],
    ]) {
      test(`${what}: InvalidParams, "${message}"`, async () => {
        await assert.rejects(
          client.request('securityMd/createPolicy', params),
          (/** @type {import('../lsp/lsp-client.js').ResponseError} */ error) => {
            assert.equal(error.code, INVALID_PARAMS);
            assert.equal(error.message, `securityMd/createPolicy failed: ${message}`);
            return true;
          },
        );
      });
    }
  });

  describe('securityMd/profiles', () => {
    test('every profile, in order, with what it asks of a written policy', async () => {
      const result = await client.request('securityMd/profiles', {});
      assert.deepEqual(Object.keys(result), ['profiles', 'fromConfigFile']);
      assert.deepEqual(result.fromConfigFile, []);
      assert.deepEqual(
        result.profiles,
        core.PROFILES.map((p) => ({ id: p.id, title: p.title, short: p.short, summary: p.summary, needs: core.policyNeeds([p.id]) })),
      );
      assert.deepEqual(result.profiles.find((p) => p.id === 'cisa-bod-20-01').needs, {
        scope: true,
        testRestrictions: true,
        safeHarbor: true,
        supportPeriod: false,
        secureChannel: false,
        maxAcknowledgeDays: 3,
      });
    });
  });

  // The client's side (client/src/ask-server.ts and the flow's validator) against this server:
  // the input box says what it said when the client checked addresses itself.
  describe('the e-mail question of the client, answered by the server', () => {
    const { loadSource } = require('../unit/helpers.js');
    const { policyServer } = loadSource('client/src/ask-server.ts');
    const { validateEmail } = loadSource('client/src/create-policy-flow.ts');
    const emails = loadSource('server/src/core/lexicon/emails.ts');
    let server;
    before(() => {
      // The client sends the typed messages of shared/protocol.ts; this test client takes their method.
      server = policyServer({ sendRequest: (type, params) => client.request(typeof type === 'string' ? type : type.method, params) });
    });

    /** The validator before the client asked the server: the core's checks, called in the client. */
    function inClient(value) {
      const address = value.trim();
      if (address === '') return 'Type the address that receives security reports.';
      const problem = emails.emailProblem(address);
      if (problem) return `This address cannot receive mail: ${problem}.`;
      if (emails.isPlaceholderEmail(address)) return 'This is a placeholder address; type a real one.';
      return undefined;
    }

    for (const [value, message] of [
      ['', 'Type the address that receives security reports.'],
      ['a@@b.com', 'This address cannot receive mail: it has more than one "@".'],
      ['plainly-not-an-address', 'This address cannot receive mail: it has no "@".'],
      ['security@acme.con', 'This address cannot receive mail: ".con" is not a top-level domain (".com" was probably meant).'],
      ['security@acme.test', 'This address cannot receive mail: ".test" is a reserved top-level domain that receives no mail.'],
      ['you@example.com', 'This is a placeholder address; type a real one.'],
      ['security@your-project.org', 'This is a placeholder address; type a real one.'],
      [` ${EMAIL} `, undefined],
    ]) {
      test(`${JSON.stringify(value)}: ${message === undefined ? 'accepted' : JSON.stringify(message)}`, async () => {
        assert.equal(await validateEmail(value, server), message);
      });
    }

    test('the same message as the checks in the client for every address of a list', async () => {
      const values = [
        'security@acme-widgets.dev',
        'SECURITY@ACME-WIDGETS.DEV',
        'security@acme.zz',
        'security@acme.c0m',
        'security@gmial.com',
        'security@acme..dev',
        '.security@acme.dev',
        'security@-acme.dev',
        'security@acme.dev.',
        'secu rity@acme.dev',
        '"quoted local"@acme.dev',
        'иван@почта.рф',
        'security@例え.jp',
        'security@xn--r8jz45g.jp',
        'email@email.com',
        'your.name@gmail.com',
        'security@localhost',
        'security@192.168.0.1',
        'security@acme.example',
        'security@acme.invalid',
        'x'.repeat(65) + '@acme.dev',
        'psirt+reports@widgets.acme.io',
        'security@tudominio.es',
      ];
      for (const value of values) assert.equal(await validateEmail(value, server), inClient(value), value);
    });

    test('versionsFromTags and createPolicy through the client give what the core gives', async () => {
      const tags = ['v1.4.0', 'v2.0.0', 'nightly'];
      assert.deepEqual(await server.versionsFromTags(tags), core.versionsFromTags(tags));
      assert.equal(await server.versionsFromTags(['nightly']), undefined);
      const answers = { repository: REPOSITORY, githubAdvisories: true, versions: core.versionsFromTags(tags), disclosureDays: 60 };
      assert.equal(await server.createPolicy(answers), core.createPolicy(answers));
      assert.deepEqual(await server.profiles(), (await client.request('securityMd/profiles', {})).profiles);
    });
  });

  test('the server is still alive after all of the above', () => {
    assert.equal(client.exitInfo, undefined, client.stderr);
  });
});
