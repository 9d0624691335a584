// @ts-check
'use strict';
// client/src/ask-server.ts: the create-policy requests as the client sends them, and what the user
// reads when the language server does not start or does not answer. A recording stand-in plays
// the LanguageClient. The TypeScript source is compiled here with esbuild.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { loadSource } = require('./helpers.js');

const { policyServer, whenStarted, ServerUnavailable, SERVER_TIMEOUT_MS } = loadSource('client/src/ask-server.ts');

// Invented fixtures.
const EMAIL = 'security@acme-widgets.dev';
const ANSWERS = {
  repository: 'acme/widgets',
  githubAdvisories: true,
  email: EMAIL,
  versions: [{ version: '2.x', supported: true }],
  acknowledgeWithin: '48 hours',
  disclosureDays: 45,
  scope: true,
  safeHarbor: false,
};

/** A LanguageClient stand-in: `answer(method, params)` gives each result (a promise or a value). */
function fakeClient(answer) {
  const requests = [];
  return {
    requests,
    sendRequest(type, params) {
      // The typed messages of shared/protocol.ts, or a method name.
      const method = typeof type === 'string' ? type : type.method;
      requests.push([method, params]);
      return Promise.resolve().then(() => answer(method, params));
    },
  };
}

const never = () => new Promise(() => undefined);

describe('policyServer: the requests', () => {
  test('the server waits 15 seconds by default', () => {
    assert.equal(SERVER_TIMEOUT_MS, 15_000);
  });

  test('checkEmail sends securityMd/checkEmail { address } and gives the result as it is', async () => {
    const client = fakeClient(() => ({ problem: '".con" is not a top-level domain', placeholder: false }));
    const result = await policyServer(client).checkEmail(EMAIL);
    assert.deepEqual(client.requests, [['securityMd/checkEmail', { address: EMAIL }]]);
    assert.deepEqual(result, { problem: '".con" is not a top-level domain', placeholder: false });
  });

  test('versionsFromTags sends securityMd/versionsFromTags { tags } and gives the versions', async () => {
    const versions = [
      { version: '2.x', supported: true },
      { version: '< 2.0', supported: false },
    ];
    const client = fakeClient(() => ({ versions }));
    assert.deepEqual(await policyServer(client).versionsFromTags(['v1.4.0', 'v2.0.0']), versions);
    assert.deepEqual(client.requests, [['securityMd/versionsFromTags', { tags: ['v1.4.0', 'v2.0.0'] }]]);
  });

  test('versionsFromTags: no versions in the result is undefined', async () => {
    assert.equal(await policyServer(fakeClient(() => ({}))).versionsFromTags(['nightly']), undefined);
  });

  test('createPolicy sends securityMd/createPolicy with the answers as params and gives the text', async () => {
    const client = fakeClient(() => ({ text: '# Security Policy\n' }));
    assert.equal(await policyServer(client).createPolicy(ANSWERS), '# Security Policy\n');
    assert.deepEqual(client.requests, [['securityMd/createPolicy', ANSWERS]]);
  });

  test('profiles sends securityMd/profiles {} and gives the list', async () => {
    const profiles = [{ id: 'github', title: 'GitHub security policy', short: 'GitHub', summary: '', needs: {} }];
    const client = fakeClient(() => ({ profiles }));
    assert.deepEqual(await policyServer(client).profiles(), profiles);
    assert.deepEqual(client.requests, [['securityMd/profiles', {}]]);
  });
});

describe('policyServer: a server that does not answer', () => {
  test('no answer in time: ServerUnavailable, "did not answer within …"', async () => {
    const server = policyServer(fakeClient(never), 30);
    for (const ask of [() => server.checkEmail(EMAIL), () => server.versionsFromTags(['v1.0.0']), () => server.createPolicy(ANSWERS)]) {
      await assert.rejects(ask(), (/** @type {Error} */ error) => {
        assert.ok(error instanceof ServerUnavailable);
        assert.equal(error.message, 'the SECURITY.md language server did not answer within 30 ms');
        return true;
      });
    }
  });

  test('whole seconds are said in seconds (one second waited here)', async () => {
    const late = policyServer(fakeClient(never), 1000).checkEmail(EMAIL);
    await assert.rejects(late, { message: 'the SECURITY.md language server did not answer within 1 second' });
  });

  test('a client that is not running: ServerUnavailable with the reason', async () => {
    const client = fakeClient(() => Promise.reject(new Error('Client is not running')));
    await assert.rejects(policyServer(client).checkEmail(EMAIL), (/** @type {Error} */ error) => {
      assert.ok(error instanceof ServerUnavailable);
      assert.equal(error.message, 'the SECURITY.md language server could not answer (Client is not running)');
      return true;
    });
  });
});

describe('whenStarted', () => {
  test('a client that starts: resolves', async () => {
    let starts = 0;
    await whenStarted({ start: async () => void starts++ }, 30);
    assert.equal(starts, 1);
  });

  test('a client that never finishes starting: ServerUnavailable, "did not start within …"', async () => {
    await assert.rejects(whenStarted({ start: never }, 30), (/** @type {Error} */ error) => {
      assert.ok(error instanceof ServerUnavailable);
      assert.equal(error.message, 'the SECURITY.md language server did not start within 30 ms');
      return true;
    });
  });

  test('a client that fails to start: ServerUnavailable with the reason', async () => {
    const start = () => Promise.reject(new Error('Starting server failed'));
    await assert.rejects(whenStarted({ start }, 30), (/** @type {Error} */ error) => {
      assert.ok(error instanceof ServerUnavailable);
      assert.equal(error.message, 'the SECURITY.md language server could not start (Starting server failed)');
      return true;
    });
  });

  test('a client whose start throws at once (it is stopping): ServerUnavailable too', async () => {
    const start = () => {
      throw new Error('Client is currently stopping. Can only restart a full stopped client');
    };
    await assert.rejects(whenStarted({ start }, 30), {
      message: 'the SECURITY.md language server could not start (Client is currently stopping. Can only restart a full stopped client)',
    });
  });
});
