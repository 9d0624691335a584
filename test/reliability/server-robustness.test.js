// @ts-check
'use strict';
// The language server survives what a broken or hostile client sends, ignores bad settings with
// a warning, exits when its client goes away; and a rule that crashes costs one finding, not the
// lint. Build first: node scripts/build.mjs

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { LspClient, startServer } = require('../lsp/lsp-client.js');

const core = require(path.join(__dirname, '..', '..', 'dist', 'core.js'));
const NOW = new Date('2026-11-22T00:00:00Z');

// An invented policy: a contact, a vague promise, no versions, no disclosure policy.
const POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@tamarind-labs.dev. We will respond promptly.',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 2.x     | yes       |',
  '',
].join('\n');
const POLICY_URI = 'file:///tmp/robust/SECURITY.md';

const WARNING = 2; // LSP MessageType.Warning and DiagnosticSeverity.Warning
const INFO = 3; // DiagnosticSeverity.Information

function open(client, uri, text) {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
}

async function pullCodes(client, uri = POLICY_URI) {
  const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.items.map((d) => d.code);
}

/** Writes raw bytes to the server, outside the client's framing. */
function writeRaw(client, text) {
  client.child.stdin.write(Buffer.from(text, 'utf8'));
}

function frame(body) {
  const bytes = Buffer.from(body, 'utf8');
  return `Content-Length: ${bytes.length}\r\n\r\n${body}`;
}

describe('malformed LSP messages: the server survives each and keeps answering', () => {
  let client;
  let expected;
  before(async () => {
    ({ client } = await startServer({ workspaceFolders: [] }));
    open(client, POLICY_URI, POLICY);
    expected = await pullCodes(client);
    assert.ok(expected.includes('vague-sla'));
  });
  after(async () => {
    if (client) await client.kill();
  });

  const stillAnswers = async () => {
    assert.deepEqual(await pullCodes(client), expected);
    assert.equal(client.exitInfo, undefined, 'the server is running');
  };

  test('bad JSON after a valid Content-Length header', async () => {
    writeRaw(client, frame('{"jsonrpc":"2.0","id":9999,"method":'));
    await stillAnswers();
  });

  test('a header announcing an empty body, then a valid message', async () => {
    writeRaw(client, 'Content-Length: 0\r\n\r\n');
    await stillAnswers();
  });

  test('a header without Content-Length and no body, then valid messages', async () => {
    writeRaw(client, 'X-Custom-Header: nothing follows\r\n\r\n');
    // vscode-jsonrpc drops such a header but leaves the bytes that came with it in its buffer
    // until more bytes arrive: a request sent right after may wait for the next one. So: send
    // requests (each one more bytes) until one is answered; the server must not die meanwhile.
    let answeredAt;
    for (let attempt = 1; attempt <= 5 && answeredAt === undefined; attempt++) {
      try {
        await client.request('textDocument/diagnostic', { textDocument: { uri: POLICY_URI } }, 1000);
        answeredAt = attempt;
      } catch (error) {
        assert.match(error.message, /timed out/);
        assert.equal(client.exitInfo, undefined, 'the server is running');
      }
    }
    assert.ok(answeredAt !== undefined, 'a request after the bad header was answered');
    if (answeredAt > 1) console.log(`robustness: after a header without Content-Length, request ${answeredAt} was the first answered`);
    await stillAnswers();
  });

  test('JSON that is not a message object (a number, an array)', async () => {
    writeRaw(client, frame('1234'));
    writeRaw(client, frame('[]'));
    await stillAnswers();
  });

  test('invalid UTF-8 in a message body', async () => {
    const body = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x/'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    client.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    await stillAnswers();
  });

  test('an unknown request method gets the error MethodNotFound (-32601)', async () => {
    await assert.rejects(
      client.request('securityMd/noSuchMethod', { x: 1 }),
      (/** @type {import('../lsp/lsp-client.js').ResponseError} */ error) => {
        assert.equal(error.code, -32601);
        return true;
      },
    );
    await stillAnswers();
  });

  test('textDocument/diagnostic without textDocument gets an error response', async () => {
    await assert.rejects(
      client.request('textDocument/diagnostic', {}),
      (/** @type {import('../lsp/lsp-client.js').ResponseError} */ error) => {
        // -32602 InvalidParams would be the precise answer; -32603 InternalError is what a thrown
        // TypeError becomes. Either way: an answer, not silence.
        assert.ok([-32602, -32603].includes(error.code), `error code ${error.code}`);
        return true;
      },
    );
    await stillAnswers();
  });

  test('requests and notifications with params of the wrong types', async () => {
    const answers = await Promise.allSettled([
      client.request('textDocument/diagnostic', null),
      client.request('textDocument/diagnostic', { textDocument: { uri: 42 } }),
      client.request('textDocument/codeAction', { textDocument: 5, range: 'all', context: null }),
      client.request('securityMd/securityTxt', 'not an object'),
      client.request('workspace/executeCommand', { command: 'securityMd.applyFixAll', arguments: [{ uri: 7 }] }),
    ]);
    // Each got an answer (a result or an error response), none a timeout.
    for (const a of answers) {
      if (a.status === 'rejected') assert.doesNotMatch(a.reason.message, /timed out/);
    }
    client.notify('textDocument/didOpen', { textDocument: 42 });
    client.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///never/opened/SECURITY.md', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    client.notify('textDocument/didClose', { textDocument: null });
    client.notify('workspace/didChangeConfiguration', 'nonsense');
    await stillAnswers();
  });
});

describe('settings of the wrong type are ignored with a warning', () => {
  let client;
  const BAD = 'file:///tmp/robust-settings/bad/SECURITY.md';
  const NOT_OBJECT = 'file:///tmp/robust-settings/not-object/SECURITY.md';
  before(async () => {
    ({ client } = await startServer({
      workspaceFolders: [],
      settings: (item) => {
        if (item.scopeUri === NOT_OBJECT) return ['not', 'an', 'object'];
        return {
          rules: { 'vague-sla': 42, 'missing-disclosure-policy': 'loud', 'no-such-rule': 'error' },
          stalePolicyMonths: 'soon',
          securityTxt: { expiresInDays: 1000, policyUrl: 7, canonicalUrl: { url: 'x' } },
        };
      },
    }));
  });
  after(async () => {
    if (client) await client.kill();
  });

  test('each bad value gets a window/logMessage warning; the defaults stay in force', async () => {
    const from = client.notifications.length;
    const warned = (re) =>
      client.waitForNotification('window/logMessage', (p) => p.type === WARNING && re.test(p.message), { from, timeout: 5000 });
    const warnings = Promise.all([
      warned(/securityMd\.rules\.vague-sla: expected off, hint, info, warning or error; ignored/),
      warned(/securityMd\.rules\.missing-disclosure-policy: expected/),
      warned(/securityMd\.rules\.no-such-rule: no rule has this code/),
      warned(/securityMd\.stalePolicyMonths must be a positive number/),
      warned(/securityMd\.securityTxt\.expiresInDays must be a whole number/),
      warned(/securityMd\.securityTxt\.policyUrl must be a string/),
      warned(/securityMd\.securityTxt\.canonicalUrl must be a string/),
    ]);
    open(client, BAD, POLICY);
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri: BAD } });
    await warnings;
    const severity = (code) => report.items.find((d) => d.code === code)?.severity;
    assert.equal(severity('vague-sla'), WARNING, 'vague-sla keeps its default severity');
    assert.equal(severity('missing-disclosure-policy'), INFO, 'missing-disclosure-policy keeps its default severity');
  });

  test('settings that are not an object: one warning, defaults', async () => {
    const from = client.notifications.length;
    const warning = client.waitForNotification('window/logMessage', (p) => p.type === WARNING && /not an object/.test(p.message), {
      from,
      timeout: 5000,
    });
    open(client, NOT_OBJECT, POLICY);
    const codes = await pullCodes(client, NOT_OBJECT);
    await warning;
    assert.ok(codes.includes('vague-sla'));
  });
});

describe('the server exits when its client goes away', () => {
  const started = [];
  after(async () => {
    await Promise.all(started.map((c) => c.kill()));
  });

  test('stdin closed: the server exits within 5 s', async () => {
    const { client } = await startServer({ workspaceFolders: [] });
    started.push(client);
    open(client, POLICY_URI, POLICY);
    await pullCodes(client);
    client.child.stdin.end();
    const exit = await client.waitForExit(5000);
    assert.ok(exit.code !== null || exit.signal !== null);
  });

  test('the parent process (initialize.processId) dies: the server exits within 10 s', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' });
    const parentExited = new Promise((resolve) => parent.on('exit', resolve));
    try {
      const client = new LspClient();
      started.push(client);
      await client.request('initialize', { processId: parent.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      client.notify('initialized', {});
      open(client, POLICY_URI, POLICY);
      // Alive while its parent is.
      await client.request('textDocument/codeAction', {
        textDocument: { uri: POLICY_URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      });
      parent.kill('SIGKILL');
      await parentExited;
      const exit = await client.waitForExit(10_000);
      assert.ok(exit.code !== null || exit.signal !== null);
    } finally {
      if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
    }
  });
});

describe('a rule that throws becomes one internal-error finding; the other rules still report', () => {
  const internal = (findings) => findings.filter((f) => f.code === core.INTERNAL_ERROR);
  const withoutCode = (findings, code) => findings.filter((f) => f.code !== code && f.code !== core.INTERNAL_ERROR);

  /** `model`, whose property `name` throws `error` when it is read. */
  const throwingOn = (model, name, error) =>
    new Proxy(model, {
      get(target, key, receiver) {
        if (key === name) throw error;
        return Reflect.get(target, key, receiver);
      },
    });

  /** What `lint()` returns while the check of `rule` throws `error`; the check is restored after. */
  function withFailingCheck(rule, error, lint) {
    const original = rule.check;
    rule.check = () => {
      throw error;
    };
    try {
      return lint();
    } finally {
      rule.check = original;
    }
  }

  test('lintModel over a model whose `language` throws: one internal-error per rule that reads it', () => {
    const model = core.parsePolicy(POLICY);
    const normal = core.lintModel(model, { now: NOW });
    assert.ok(normal.some((f) => f.code === 'vague-sla'));
    const hostile = throwingOn(model, 'language', new Error('language detector exploded'));
    const findings = core.lintModel(hostile, { now: NOW });
    const errors = internal(findings);
    // The rules that read the prose in its language, and the one that names it.
    const readers = [
      'missing-reporting-section',
      'missing-supported-versions',
      'missing-response-time',
      'missing-disclosure-policy',
      'vague-sla',
      'unsupported-language',
    ];
    assert.deepEqual(errors.map((e) => e.message.match(/^Rule (\S+) failed: language detector exploded/)?.[1]).sort(), [...readers].sort());
    for (const e of errors) {
      assert.equal(e.severity, 'error');
      // Anchored at the title line.
      assert.equal(POLICY.slice(e.start, e.end), '# Security Policy');
    }
    // Every other rule reports exactly what it reports normally.
    const others = (list) => list.filter((f) => !readers.includes(f.code) && f.code !== core.INTERNAL_ERROR);
    assert.deepEqual(others(findings), others(normal));
  });

  test('lintModel over a model whose `emails` throws: one internal-error per rule that reads them', () => {
    const model = core.parsePolicy(POLICY);
    // Every rule runs, those only profiles turn on too.
    const options = { now: NOW, profiles: core.PROFILE_IDS };
    const normal = core.lintModel(model, options);
    // Which rules read model.emails.
    const readers = core.rules
      .filter((rule) => {
        let read = false;
        const spy = new Proxy(model, {
          get(target, key, receiver) {
            if (key === 'emails') read = true;
            return Reflect.get(target, key, receiver);
          },
        });
        rule.check(spy, { options: {}, now: NOW, parameters: {} });
        return read;
      })
      .map((r) => r.code);
    assert.ok(readers.length > 0 && readers.length < core.rules.length);
    const hostile = throwingOn(model, 'emails', new TypeError('emails are gone'));
    const findings = core.lintModel(hostile, options);
    const failed = internal(findings).map((f) => /Rule (\S+) failed/.exec(f.message)?.[1]);
    assert.deepEqual([...failed].sort(), [...readers].sort());
    const fromOthers = (list) => list.filter((f) => f.code !== core.INTERNAL_ERROR && !readers.includes(f.code));
    assert.deepEqual(fromOthers(findings), fromOthers(normal));
    assert.ok(fromOthers(findings).length > 0, 'the other rules still report');
  });

  test('lint: a rule whose check throws (patched for this test only)', () => {
    const rule = core.rules.find((r) => r.code === 'missing-supported-versions');
    const normal = core.lint(POLICY, { now: NOW });
    const findings = withFailingCheck(rule, new RangeError('boom'), () => core.lint(POLICY, { now: NOW }));
    const errors = internal(findings);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /Rule missing-supported-versions failed: boom/);
    assert.deepEqual(withoutCode(findings, 'missing-supported-versions'), withoutCode(normal, 'missing-supported-versions'));
    // Sorted by start with the rest.
    for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1].start <= findings[i].start);
  });

  test('lintSecurityTxt: a rule whose check throws (patched for this test only)', () => {
    const text = 'Contact: mailto:security@tamarind-labs.dev\nExpires: 2019-01-01T00:00:00Z\n';
    const rule = core.securityTxtRules.find((r) => r.code === 'securitytxt/expired');
    assert.ok(rule);
    const normal = core.lintSecurityTxt(text, { now: NOW });
    assert.ok(normal.some((f) => f.code === 'securitytxt/expired'));
    const findings = withFailingCheck(rule, new Error('clock broke'), () => core.lintSecurityTxt(text, { now: NOW }));
    const errors = internal(findings);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /Rule securitytxt\/expired failed: clock broke/);
    assert.deepEqual(withoutCode(findings, 'securitytxt/expired'), withoutCode(normal, 'securitytxt/expired'));
  });
});
