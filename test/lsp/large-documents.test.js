// @ts-check
'use strict';
// Typing in a policy large enough to be linted in the worker thread: each newer version cancels
// the lint of the one before (a ServerCancelled answer that asks the client to pull again), the
// last version gets its own findings, and the worker goes on serving (it is not restarted).

const { describe, test, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./lsp-client');

/** An invented policy of about 300 KB (over the worker threshold), in sections. */
function largePolicy() {
  const sections = [];
  for (let i = 1; sections.join('\n').length < 300 * 1024; i++) {
    sections.push(
      `## Component ${i}\n\nReport problems in component ${i} to security@quillmoss.dev. We acknowledge reports within 3 business days.\n`,
    );
  }
  return `# Security Policy\n\n${sections.join('\n')}`;
}

const SERVER_CANCELLED = -32802;

describe('typing in a large policy', () => {
  const clients = [];
  after(() => Promise.all(clients.map((c) => c.kill())));

  test('older pulls are cancelled with a retrigger, the last one has the findings of the last edit', async () => {
    const { client } = await startServer();
    clients.push(client);
    const uri = 'file:///tmp/proj/SECURITY.md';
    const text = largePolicy();
    const line = Math.floor(text.split('\n').length / 2);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await client.request('textDocument/diagnostic', { textDocument: { uri } }, 60_000);
    assert.deepEqual(
      first.items.filter((d) => d.code === 'vague-sla'),
      [],
    );

    for (let round = 0; round < 2; round++) {
      // Four keystrokes on the middle line, each followed by a pull, as an editor sends them.
      const typed = ['W', 'e', ' ', 'reply as soon as possible. '];
      const pulls = [];
      for (const [k, piece] of typed.entries()) {
        const at = typed.slice(0, k).join('').length;
        client.didChange(uri, 2 + round * 10 + k, [
          { range: { start: { line, character: at }, end: { line, character: at } }, text: piece },
        ]);
        pulls.push(
          client.request('textDocument/diagnostic', { textDocument: { uri } }, 60_000).then(
            (report) => ({ report, error: undefined }),
            (error) => ({ report: undefined, error }),
          ),
        );
      }
      const settled = await Promise.all(pulls);
      for (const { error } of settled.slice(0, -1)) {
        if (error) {
          assert.equal(error.code, SERVER_CANCELLED);
          assert.deepEqual(error.data, { retriggerRequest: true });
        }
      }
      const last = settled.at(-1);
      assert.equal(last.error, undefined, 'the newest version is linted');
      const vague = last.report.items.filter((d) => d.code === 'vague-sla');
      assert.equal(vague.length, round + 1, 'one vague promise per round typed');
      assert.equal(vague.at(-1).range.start.line, line);
    }
  });
});
