// @ts-check
'use strict';
// Hostile inputs through the CLI and the language server: every one gets an answer in bounded
// time, either findings or a clear message; none crashes or hangs the process.
// Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runCli } = require('../corpus/corpus.js');
const { startServer } = require('../lsp/lsp-client.js');

const CLI_TIMEOUT_MS = 10_000;
const SERVER_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// Fixtures, all invented here.

/** A small policy with one finding at a known place: vague-sla on "promptly" (line 4). */
const POLICY_LINES = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@quillmoss.dev with the details. We will respond promptly.',
  '',
  '## Supported Versions',
  '',
  'Only the latest release of Quillmoss gets security fixes.',
  '',
];
const VAGUE_LINE = 4;
const VAGUE_CHAR = POLICY_LINES[VAGUE_LINE].indexOf('promptly');
const policyWith = (eol) => POLICY_LINES.join(eol);

/** Bytes that are not text: a deterministic pseudo-random sequence with NULs in it. */
function binaryBytes(n) {
  const b = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = i % 97 === 0 ? 0 : x & 0xff;
  }
  return b;
}

/** 10,000 list items nested up to 12 levels deep (indent stays under the guard's column limit). */
function nestedList(n) {
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(`${'  '.repeat(i % 12)}- item ${i}`);
  return `${lines.join('\n')}\n`;
}

/** Armor with one 200 KB line of key data (with an END line, so the block is complete). */
function pgpArmor() {
  let data = '';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; data.length < 200 * 1024; i++) data += alphabet[(i * 37 + (i >> 5)) % 64];
  return [
    '# Security Policy',
    '',
    'Write to security@quillmoss.dev, encrypted with this key:',
    '',
    '```',
    '-----BEGIN PGP PUBLIC KEY BLOCK-----',
    '',
    data,
    '=Zq3x',
    '-----END PGP PUBLIC KEY BLOCK-----',
    '```',
    '',
  ].join('\n');
}

/** A normal policy with invalid UTF-8 in line 4 before "promptly": 0xC3 0x28, 0xFF, 0xFE, 0x80. */
const INVALID_UTF8 = Buffer.concat([
  Buffer.from('# Security Policy\n\n## Reporting a Vulnerability\n\nCaf'),
  Buffer.from([0xc3, 0x28]),
  Buffer.from(' team '),
  Buffer.from([0xff, 0xfe, 0x80]),
  Buffer.from('. We will respond promptly. Email security@quillmoss.dev.\n'),
]);

/**
 * The hostile inputs. `bytes` is what the file holds; `cliOnly` inputs are not sent to the server
 * (an editor does not open a 10 MB or binary file as text). `expect` says what the CLI must do:
 * 'result' (exit 0 or 1 with JSON) or a RegExp for the message of an exit 2.
 */
/** @type {{ name: string, bytes: () => Buffer, expect: RegExp | 'result', cliOnly?: boolean }[]} */
const INPUTS = [
  { name: 'ten-megabytes', bytes: () => Buffer.alloc(10 * 1024 * 1024, 'a'), expect: /too large/, cliOnly: true },
  { name: 'binary', bytes: () => binaryBytes(64 * 1024), expect: /binary file/, cliOnly: true },
  { name: 'nul-only', bytes: () => Buffer.alloc(4096, 0), expect: /binary file/ },
  { name: 'bom', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(policyWith('\n'))]), expect: 'result' },
  { name: 'crlf', bytes: () => Buffer.from(policyWith('\r\n')), expect: 'result' },
  { name: 'lone-cr', bytes: () => Buffer.from(policyWith('\r')), expect: 'result' },
  { name: 'nested-list-10000', bytes: () => Buffer.from(nestedList(10_000)), expect: 'result' },
  { name: 'a-at-100k', bytes: () => Buffer.from('a@'.repeat(50_000)), expect: 'result' },
  { name: 'as-soon-as-100k', bytes: () => Buffer.from('as soon as '.repeat(Math.ceil(100_000 / 11))), expect: 'result' },
  { name: 'brackets-100k', bytes: () => Buffer.from('['.repeat(100_000)), expect: 'result' },
  { name: 'link-openers-100k', bytes: () => Buffer.from(']('.repeat(50_000)), expect: 'result' },
  { name: 'hashes-10000', bytes: () => Buffer.from('#'.repeat(10_000)), expect: 'result' },
  { name: 'pgp-armor-200k-line', bytes: () => Buffer.from(pgpArmor()), expect: 'result' },
  { name: 'empty', bytes: () => Buffer.alloc(0), expect: 'result' },
  { name: 'invalid-utf8', bytes: () => INVALID_UTF8, expect: 'result' },
  { name: 'star-a-50000', bytes: () => Buffer.from('*a'.repeat(50_000)), expect: 'result' },
  { name: 'quotes-20000-levels', bytes: () => Buffer.from(`${'>'.repeat(20_000)} deep\n`), expect: 'result' },
  // Every "- " opens a list inside the item before it: 20,000 levels on one line.
  { name: 'list-markers-one-line-20000', bytes: () => Buffer.from(`${'- '.repeat(20_000)}deep\n`), expect: 'result' },
  { name: 'ordered-markers-one-line-20000', bytes: () => Buffer.from(`${'1. '.repeat(20_000)}deep\n`), expect: 'result' },
];

let dir;
const files = new Map();
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-md-hostile-'));
  for (const input of INPUTS) {
    const file = path.join(dir, `${input.name}.md`);
    fs.writeFileSync(file, input.bytes());
    files.set(input.name, file);
  }
  fs.writeFileSync(path.join(dir, 'plain-lf.md'), policyWith('\n'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// CLI

/** Runs `lint --format json FILE`; fails the test when it does not finish within 10 s. */
async function cliLint(file) {
  const started = process.hrtime.bigint();
  const run = await runCli(['lint', '--format', 'json', file], { timeout: CLI_TIMEOUT_MS });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ...run, ms };
}

function findingsOf(run, file) {
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}; stderr: ${run.stderr}`);
  const json = JSON.parse(run.stdout);
  assert.equal(json.length, 1);
  assert.equal(json[0].file, file);
  assert.ok(Array.isArray(json[0].findings));
  const internal = json[0].findings.filter((f) => f.code === 'internal-error');
  assert.deepEqual(internal, [], 'no rule crashed');
  return json[0].findings;
}

const vagueRange = (findings) => findings.find((f) => f.code === 'vague-sla')?.range;

describe('CLI: hostile inputs each get findings or a clear message within 10 s', () => {
  let handled = 0;
  after(() => console.log(`hostile: CLI handled ${handled} of ${INPUTS.length} hostile inputs`));

  for (const input of INPUTS) {
    test(input.name, async () => {
      const file = files.get(input.name);
      const run = await cliLint(file);
      console.log(`hostile: cli ${input.name}: exit ${run.status} in ${run.ms.toFixed(0)} ms`);
      if (input.expect === 'result') {
        const findings = findingsOf(run, file);
        assert.equal(run.status, findings.some((f) => f.severity === 'error') ? 1 : 0, 'exit code follows the severities');
        checkInput(input.name, findings);
      } else {
        assert.equal(run.status, 2, `expected exit 2; stdout: ${run.stdout.slice(0, 500)}`);
        const lines = run.stderr.split('\n').filter((l) => l.includes(file) && /** @type {RegExp} */ (input.expect).test(l));
        assert.equal(lines.length, 1, `a stderr line naming ${file} and matching ${input.expect}; stderr: ${run.stderr}`);
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      }
      handled++;
    });
  }
});

/** Input-specific checks on the CLI's findings. */
function checkInput(name, findings) {
  const expected = { start: { line: VAGUE_LINE, character: VAGUE_CHAR }, end: { line: VAGUE_LINE, character: VAGUE_CHAR + 8 } };
  switch (name) {
    case 'bom':
    case 'crlf':
    case 'lone-cr':
      // The same findings at the same positions as the LF file without a BOM.
      assert.deepEqual(vagueRange(findings), expected);
      assert.deepEqual(
        findings.map((f) => [f.code, f.range]),
        plainFindings.map((f) => [f.code, f.range]),
      );
      break;
    case 'invalid-utf8': {
      // Decoded with U+FFFD for each bad sequence (as Node's TextDecoder does), positions in
      // UTF-16 code units of that decoded text.
      const line = INVALID_UTF8.toString('utf8').split('\n')[4];
      assert.ok(line.includes('\uFFFD'), 'replacement characters in the decoded text');
      const at = line.indexOf('promptly');
      assert.deepEqual(vagueRange(findings), { start: { line: 4, character: at }, end: { line: 4, character: at + 8 } });
      break;
    }
    case 'pgp-armor-200k-line':
      assert.deepEqual(
        findings.filter((f) => f.code === 'broken-pgp-block'),
        [],
        'a complete armored key is not broken',
      );
      break;
    case 'empty':
      assert.ok(
        findings.some((f) => f.code === 'no-contact'),
        'an empty policy has no contact',
      );
      break;
    default:
  }
}

let plainFindings;
before(async () => {
  const file = path.join(dir, 'plain-lf.md');
  plainFindings = findingsOf(await cliLint(file), file);
  assert.ok(vagueRange(plainFindings), 'the plain fixture has its vague-sla finding');
});

// ---------------------------------------------------------------------------------------------
// Language server

const ERROR_CODES = new Set(['internal-error']);

describe('language server: hostile documents each get an answer', () => {
  let client;
  let version = 1;
  const uriOf = (name) => `file:///tmp/security-md-hostile/${name}/SECURITY.md`;
  const open = (uri, text) =>
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: version++, text } });
  const pull = (uri, timeout = SERVER_TIMEOUT_MS) => client.request('textDocument/diagnostic', { textDocument: { uri } }, timeout);

  before(async () => {
    // No workspace folder: every SECURITY.md opened counts as a policy on its own.
    ({ client } = await startServer({ workspaceFolders: [] }));
  });
  after(async () => {
    if (client) await client.kill();
  });

  let handled = 0;
  let plainItems;
  after(() => console.log(`hostile: server answered ${handled} hostile documents`));

  test('the plain LF policy (reference for positions)', async () => {
    open(uriOf('plain'), policyWith('\n'));
    const report = await pull(uriOf('plain'));
    plainItems = report.items;
    assert.ok(plainItems.some((d) => d.code === 'vague-sla'));
  });

  for (const input of INPUTS.filter((i) => !i.cliOnly)) {
    test(input.name, async () => {
      // What an editor would hold: the bytes decoded as UTF-8 (a BOM stays a character).
      const text = input.bytes().toString('utf8');
      const uri = uriOf(input.name);
      const started = process.hrtime.bigint();
      open(uri, text);
      const report = await pull(uri);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`hostile: server ${input.name}: ${report.items.length} diagnostics in ${ms.toFixed(0)} ms`);
      assert.equal(report.kind, 'full');
      assert.ok(Array.isArray(report.items));
      const lines = text.split(/\r\n|\r|\n/);
      for (const d of report.items) {
        assert.ok(!ERROR_CODES.has(d.code), `no rule crashed: ${d.message}`);
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} inside the document (${lines.length} lines)`);
          assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} inside line ${p.line}`);
        }
      }
      if (input.name === 'crlf' || input.name === 'lone-cr') {
        assert.deepEqual(
          report.items.map((d) => [d.code, d.range]),
          plainItems.map((d) => [d.code, d.range]),
        );
      }
      if (input.name === 'bom') {
        // The BOM is a character of the editor's text: everything on line 0 moves by one.
        const shift = (r) => (r.line === 0 ? { ...r, character: r.character + 1 } : r);
        assert.deepEqual(
          report.items.map((d) => [d.code, { start: shift(d.range.start), end: shift(d.range.end) }]).filter(([, r]) => r.start.line > 0),
          plainItems.map((d) => [d.code, { start: shift(d.range.start), end: shift(d.range.end) }]).filter(([, r]) => r.start.line > 0),
        );
      }
      handled++;
    });
  }

  test('while a hostile 1.5 MB document is linted, a code action for a small document is answered within 1 s', async () => {
    const small = 'file:///tmp/security-md-hostile/small/SECURITY.md';
    open(small, policyWith('\n'));
    const smallItems = (await pull(small)).items;
    const vague = smallItems.find((d) => d.code === 'vague-sla');
    assert.ok(vague);

    const big = uriOf('big-1.5mb');
    const bigText = 'as soon as '.repeat(Math.ceil((1.5 * 1024 * 1024) / 11));
    open(big, bigText);
    // The server asks for the big document's settings right before it hands the text to the
    // worker; once that answer is sent the lint is under way.
    const asked = client.waitForAnswerSent('workspace/configuration', (p) => p.items.some((i) => i.scopeUri === big), { timeout: 10_000 });
    let bigDone = false;
    const bigPull = pull(big, 60_000).then((r) => {
      bigDone = true;
      return r;
    });
    await asked;

    const started = process.hrtime.bigint();
    const actions = await client.request(
      'textDocument/codeAction',
      { textDocument: { uri: small }, range: vague.range, context: { diagnostics: [vague], only: ['quickfix'] } },
      5000,
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`hostile: code action answered in ${ms.toFixed(0)} ms while the 1.5 MB document was being linted`);
    assert.equal(bigDone, false, 'the big document was still being linted when the code action was answered');
    assert.ok(Array.isArray(actions) && actions.length > 0, 'quick fixes for vague-sla');
    assert.ok(ms < 1000, `code action took ${ms.toFixed(0)} ms`);

    const bigReport = await bigPull;
    assert.equal(bigReport.kind, 'full');
    assert.ok(!bigReport.items.some((d) => ERROR_CODES.has(d.code)));
  });

  test('while a hostile 50 KB document (linted on the main thread) is linted, a code action is answered within 1 s', async () => {
    // Below the server's 64 KB worker threshold, documents are linted on the main thread; that
    // is only safe while linting stays linear. A paragraph ending in a long run of blanks drives
    // the regex /[ \t\r\n]*$/ of insertBlock (core/fixes.ts) into quadratic backtracking.
    const small = 'file:///tmp/security-md-hostile/small2/SECURITY.md';
    open(small, policyWith('\n'));
    const vague = (await pull(small)).items.find((d) => d.code === 'vague-sla');
    assert.ok(vague);

    const hostile = uriOf('blanks-50k');
    const head = '# Security\n\nSome words.';
    open(hostile, `${head}${' '.repeat(50 * 1024 - head.length - 2)}x\n`);
    const asked = client.waitForAnswerSent('workspace/configuration', (p) => p.items.some((i) => i.scopeUri === hostile), {
      timeout: 10_000,
    });
    const hostilePull = pull(hostile, 120_000);
    await asked;
    const started = process.hrtime.bigint();
    await client.request(
      'textDocument/codeAction',
      { textDocument: { uri: small }, range: vague.range, context: { diagnostics: [vague], only: ['quickfix'] } },
      120_000,
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`hostile: code action answered in ${ms.toFixed(0)} ms while a 50 KB document of blanks was being linted`);
    const report = await hostilePull;
    assert.equal(report.kind, 'full');
    assert.ok(ms < 1000, `the code action waited ${ms.toFixed(0)} ms for the main thread`);
  });

  test('a document over 2 MB gets exactly one not-linted information diagnostic', async () => {
    const uri = uriOf('over-2mb');
    open(uri, `# Security Policy\n\n${'Email security@quillmoss.dev. '.repeat(Math.ceil((2.1 * 1024 * 1024) / 30))}\n`);
    const report = await pull(uri);
    assert.equal(report.items.length, 1, JSON.stringify(report.items.map((d) => d.code)));
    const [d] = report.items;
    assert.equal(d.code, 'not-linted');
    assert.equal(d.severity, 3, 'Information');
    assert.match(d.message, /Not linted/);
  });

  test('the server is still alive and answering', async () => {
    const report = await pull(uriOf('plain'), 5000);
    assert.deepEqual(
      report.items.map((d) => d.code),
      plainItems.map((d) => d.code),
    );
    assert.equal(client.exitInfo, undefined);
  });
});
