// @ts-check
'use strict';
// The requests the desktop client sends instead of reading the disk itself, over stdio:
// securityMd/repository and securityMd/gitTags for "Create security policy", securityMd/writeTarget
// for where it and "Save security.txt" may write. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startServer } = require('./lsp-client');

const INVALID_PARAMS = -32602;

describe('language server: the disk requests of the desktop client', () => {
  let client;
  let base;
  let repo;
  before(async () => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-disk-requests-')));
    // An invented repository: its origin, a loose tag and a packed one.
    repo = path.join(base, 'repo');
    fs.mkdirSync(path.join(repo, '.git', 'refs', 'tags'), { recursive: true });
    fs.writeFileSync(path.join(repo, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:tamarind-labs/widgets.git\n');
    fs.writeFileSync(path.join(repo, '.git', 'refs', 'tags', 'v2.0.0'), `${'a'.repeat(40)}\n`);
    fs.writeFileSync(path.join(repo, '.git', 'packed-refs'), `${'b'.repeat(40)} refs/tags/v1.4.0\n`);
    fs.mkdirSync(path.join(base, 'outside'));
    ({ client } = await startServer());
  });
  after(async () => {
    if (client) await client.kill();
    fs.rmSync(base, { recursive: true, force: true });
  });

  test('securityMd/repository: owner/name from the origin remote; none without a repository', async () => {
    assert.deepEqual(await client.request('securityMd/repository', { folder: repo }), { repository: 'tamarind-labs/widgets' });
    assert.deepEqual(await client.request('securityMd/repository', { folder: path.join(base, 'outside') }), {});
  });

  test('securityMd/gitTags: loose and packed tags', async () => {
    const { tags } = await client.request('securityMd/gitTags', { folder: repo });
    assert.deepEqual(tags.sort(), ['v1.4.0', 'v2.0.0']);
    assert.deepEqual(await client.request('securityMd/gitTags', { folder: path.join(base, 'outside') }), { tags: [] });
  });

  test('securityMd/writeTarget: the security.txt and the policy inside the folder', async () => {
    assert.deepEqual(await client.request('securityMd/writeTarget', { folder: repo, file: 'security.txt' }), {
      target: path.join(repo, '.well-known', 'security.txt'),
      exists: false,
    });
    assert.deepEqual(await client.request('securityMd/writeTarget', { folder: repo, file: 'SECURITY.md', dir: 'docs' }), {
      target: path.join(repo, 'docs', 'SECURITY.md'),
      exists: false,
    });
  });

  test('securityMd/writeTarget: a folder linked out of the workspace is refused', { skip: process.platform === 'win32' }, async () => {
    fs.symlinkSync(path.join(base, 'outside'), path.join(repo, '.github'));
    const answer = await client.request('securityMd/writeTarget', { folder: repo, file: 'SECURITY.md', dir: '.github' });
    assert.match(answer.error, /is a link to .*outside the workspace folder; nothing was written\.$/);
  });

  for (const [method, params] of [
    ['securityMd/repository', {}],
    ['securityMd/gitTags', { folder: 7 }],
    ['securityMd/writeTarget', { folder: '/tmp', file: '../../etc/passwd' }],
    ['securityMd/writeTarget', { folder: '/tmp', file: 'SECURITY.md', dir: '..' }],
  ]) {
    test(`${method} ${JSON.stringify(params)}: InvalidParams`, async () => {
      await assert.rejects(client.request(method, params), (/** @type {any} */ error) => {
        assert.equal(error.code, INVALID_PARAMS);
        return true;
      });
    });
  }
});
