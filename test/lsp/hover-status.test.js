// @ts-check
'use strict';
// The Scorecard hover on a policy's title and the securityMd/status notification, over stdio.
// Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { startServer, ROOT } = require('./lsp-client');

const core = require(path.join(ROOT, 'dist', 'core.js'));
const { COMPLETE_POLICY, ONE_SECTION_POLICY } = require('../cli/fixtures.js');
const ROOT_URI = 'file:///tmp/hover-proj';
/** Each test opens its documents in a workspace folder of its own: f1, f2, … */
const FOLDERS = Array.from({ length: 40 }, (_, i) => ({ uri: `${ROOT_URI}/f${i + 1}`, name: `f${i + 1}` }));
let nextFolder = 0;
const fresh = () => FOLDERS[nextFolder++].uri;

// Invented policies.
/** 9/10: a contact and text, a single mention ("Vulnerability"). Title on line 0. */
const NINE = ONE_SECTION_POLICY;

/** 10/10, with an intro paragraph before the title (line 3). */
const TEN_LATE_TITLE = [
  'Maintained by the Lanternworks team.',
  '<!-- reviewed yearly -->',
  '',
  '## Security of Beacon',
  '',
  'Email security@lanternworks.io about vulnerabilities. We answer within 2 business days.',
  '',
].join('\n');

/** Errors: a placeholder address and so no contact. */
const BROKEN = ['# Security', '', '## Reporting a Vulnerability', '', 'Write to security@example.org with the details.', ''].join('\n');

const TXT = 'Contact: http://lanternworks.io/report\nContact: mailto:sec@lanternworks.io\n';

let client;
let version = 0;
before(async () => {
  ({ client } = await startServer({ workspaceFolders: FOLDERS }));
});
after(() => client?.kill());

function open(rel, text, languageId = 'markdown', folder = fresh()) {
  const uri = `${folder}/${rel}`;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: ++version, text } });
  return uri;
}

function hover(uri, line, character = 0) {
  return client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

async function pull(uri) {
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  return report.items;
}

function expectedHover(text) {
  const result = core.scorecardScore(text);
  return { result, header: `OpenSSF Scorecard Security-Policy: ${result.score}/10` };
}

describe('hover: the Scorecard score on the title heading', () => {
  test('on the title line: markdown with the score and a ✓/✗ line per part', async () => {
    const uri = open('SECURITY.md', NINE);
    const h = await hover(uri, 0, 4);
    assert.ok(h, 'a hover on the title');
    assert.equal(h.contents.kind, 'markdown');
    const { result, header } = expectedHover(NINE);
    assert.equal(result.score, 9);
    assert.ok(h.contents.value.includes(header), h.contents.value);
    const lines = h.contents.value.split('\n');
    const marks = lines.filter((l) => /[✓✗]/.test(l));
    assert.equal(marks.length, 3, h.contents.value);
    for (const [i, part] of result.parts.entries()) {
      const line = marks[i];
      assert.ok(line.includes(part.points === part.max ? '✓' : '✗'), line);
      assert.ok(line.includes(part.label), line);
      assert.ok(line.includes(`${part.points}/${part.max}`), line);
      if (part.points < part.max) assert.ok(line.includes(part.advice), line);
    }
    assert.deepEqual(
      marks.map((l) => (l.includes('✓') ? '✓' : '✗')),
      ['✓', '✓', '✗'],
    );
  });

  test('anywhere on the title line, including its end', async () => {
    const uri = open('.github/SECURITY.md', NINE);
    for (const character of [0, 2, 17]) {
      const h = await hover(uri, 0, character);
      assert.ok(h && h.contents.value.includes('OpenSSF Scorecard Security-Policy: 9/10'), `character ${character}`);
    }
  });

  test('elsewhere: null (other headings, text, blank lines, past the end)', async () => {
    const uri = open('docs/SECURITY.md', NINE);
    for (const line of [1, 2, 4, 5, 40]) assert.equal(await hover(uri, line, 0), null, `line ${line}`);
  });

  test('the title is the first heading even when text comes before it', async () => {
    const uri = open('Security.md', TEN_LATE_TITLE);
    assert.equal(await hover(uri, 0), null);
    assert.equal(await hover(uri, 1), null);
    const h = await hover(uri, 3, 3);
    assert.ok(h);
    assert.ok(h.contents.value.includes('OpenSSF Scorecard Security-Policy: 10/10'), h.contents.value);
    assert.equal(h.contents.value.split('\n').filter((l) => l.includes('✓')).length, 3);
    assert.doesNotMatch(h.contents.value, /✗/);
  });

  test('the score follows edits', async () => {
    const uri = open('SECURITY.md', NINE);
    assert.ok((await hover(uri, 0)).contents.value.includes('9/10'));
    client.didChange(uri, ++version, [{ text: `${NINE}\nWe disclose fixed vulnerabilities after 30 days.\n` }]);
    const h = await hover(uri, 0);
    assert.ok(h.contents.value.includes('OpenSSF Scorecard Security-Policy: 10/10'), h.contents.value);
  });

  test('a policy with no heading at all: no hover', async () => {
    const uri = open('.github/security.md', 'Email security@lanternworks.io about vulnerabilities.\n');
    assert.equal(await hover(uri, 0), null);
  });

  test('no hover for security.txt (as securitytxt, plaintext or text)', async () => {
    for (const [rel, lang] of [
      ['.well-known/security.txt', 'securitytxt'],
      ['security.txt', 'plaintext'],
      ['static/security.txt', 'text'],
    ]) {
      const uri = open(rel, `# Comment line\n${TXT}`, lang);
      assert.equal(await hover(uri, 0), null, rel);
      assert.equal(await hover(uri, 1), null, rel);
    }
  });

  test('no hover for Markdown that is not a policy (README.md, a SECURITY.md outside the policy folders)', async () => {
    for (const rel of ['README.md', 'src/SECURITY.md']) {
      const uri = open(rel, NINE);
      assert.equal(await hover(uri, 0), null, rel);
    }
  });

  test('a "# line" inside a fenced code block before the title is not the title', async () => {
    const text = [
      '```sh',
      '# verify the release signature',
      'gpg --verify beacon.tar.gz.asc',
      '```',
      '',
      '# Security Policy',
      '',
      NINE.split('\n').slice(2).join('\n'),
    ].join('\n');
    const uri = open('docs/security.md', text);
    assert.equal(await hover(uri, 1), null, 'no hover inside the code block');
    const h = await hover(uri, 5);
    assert.ok(h, 'the hover is on the real title');
  });

  test('a setext title ("Security Policy" underlined with ===) gets the hover', async () => {
    const text = ['Security Policy', '===============', '', 'Email security@lanternworks.io about vulnerabilities within 3 days.', ''].join(
      '\n',
    );
    const uri = open('.github/Security.md', text);
    const h = (await hover(uri, 0)) ?? (await hover(uri, 1));
    assert.ok(h, 'a hover on the setext title');
    assert.ok(h.contents.value.includes('OpenSSF Scorecard Security-Policy: 10/10'));
  });
});

describe('securityMd/status after each lint', () => {
  const SEVERITY_ERROR = 1;

  async function pullWithStatus(uri) {
    const status = client.waitForNotification('securityMd/status', (p) => p.uri === uri);
    const items = await pull(uri);
    return { items, status: await status };
  }

  function checkStatus(status, uri, items) {
    assert.deepEqual(Object.keys(status).sort(), ['errors', 'findings', 'ms', 'uri']);
    assert.equal(status.uri, uri);
    assert.equal(status.findings, items.length);
    assert.equal(status.errors, items.filter((d) => d.severity === SEVERITY_ERROR).length);
    assert.equal(typeof status.ms, 'number');
    assert.ok(Number.isInteger(status.ms) && status.ms >= 0, String(status.ms));
  }

  /** The diagnostics of `uri` with the status sent after them, the status checked against them. */
  async function pullAndCheck(uri) {
    const { items, status } = await pullWithStatus(uri);
    checkStatus(status, uri, items);
    return { items, status };
  }

  for (const [name, rel, text, findings, errors] of /** @type {[string, string, string, number, number][]} */ ([
    ['a policy with warnings only: findings counted, 0 errors', 'SECURITY.md', NINE, 4, 0],
    ['a policy with errors: the error count', '.github/SECURITY.md', BROKEN, 5, 2],
  ])) {
    test(name, async () => {
      const { status } = await pullAndCheck(open(rel, text));
      assert.equal(status.findings, findings);
      assert.equal(status.errors, errors);
    });
  }

  test('after an edit, the next pull sends the new counts', async () => {
    const uri = open('.github/SECURITY.md', BROKEN);
    checkStatus((await pullWithStatus(uri)).status, uri, await pull(uri));
    client.didChange(uri, ++version, [{ text: BROKEN.replace('security@example.org', 'security@lanternworks.io') }]);
    const { status } = await pullAndCheck(uri);
    assert.equal(status.errors, 0);
    assert.equal(status.findings, 3);
  });

  test('a clean policy: 0 findings', async () => {
    const { items, status } = await pullAndCheck(open('docs/SECURITY.md', COMPLETE_POLICY));
    assert.deepEqual(items, []);
    assert.equal(status.findings, 0);
  });

  test('a security.txt gets a status too', async () => {
    const { status } = await pullAndCheck(open('public/.well-known/security.txt', TXT, 'securitytxt'));
    assert.ok(status.errors >= 2, JSON.stringify(status)); // no Expires, http contact
  });

  test('no status for a README.md (nothing is linted)', async () => {
    const uri = open('README.md', NINE);
    const before = client.notifications.filter((n) => n.method === 'securityMd/status' && n.params.uri === uri).length;
    assert.deepEqual(await pull(uri), []);
    // Anything sent during that pull came before its answer.
    assert.equal(client.notifications.filter((n) => n.method === 'securityMd/status' && n.params.uri === uri).length, before);
  });
});
