// @ts-check
'use strict';
// A tiny JSON-RPC / LSP client over a child process's stdio, with Content-Length framing.
// No dependencies. Every wait has a timeout that rejects (so a test fails instead of hanging).

const { spawn } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const DEFAULT_TIMEOUT = 5000;

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class LspClient {
  /**
   * @param {string[]} args arguments for dist/server.js (default: --stdio)
   */
  constructor(args = ['--stdio']) {
    this.child = spawn(process.execPath, [SERVER, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    /** Every notification received, in order: { method, params }. */
    this.notifications = [];
    /** Every request the server sent to us, in order: { id, method, params }. */
    this.serverRequests = [];
    /** Every server request this client has answered, in the order the answers were sent. */
    this.answered = [];
    this.waiters = [];
    this.requestHandlers = new Map();
    // Sensible defaults for what servers ask of every client.
    this.onRequest('client/registerCapability', () => null);
    this.onRequest('client/unregisterCapability', () => null);
    this.onRequest('workspace/diagnostic/refresh', () => null);
    this.onRequest('window/workDoneProgress/create', () => null);

    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        for (const [, p] of this.pending)
          p.reject(new Error(`server exited (code ${code}, signal ${signal}) before answering ${p.method}`));
        this.pending.clear();
        resolve(this.exitInfo);
      });
    });
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (s) => {
      this.stderr += s;
    });
    // Writing to a dead server must not crash the test process.
    this.child.stdin.on('error', () => undefined);
  }

  onRequest(method, handler) {
    this.requestHandlers.set(method, handler);
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: *(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header: ${JSON.stringify(header)}`);
      const length = Number(m[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.dispatch(JSON.parse(body));
    }
  }

  dispatch(message) {
    if (message.method !== undefined && message.id !== undefined) {
      this.serverRequests.push(message);
      void this.answer(message);
      this.checkWaiters();
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      this.checkWaiters();
    } else {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error) {
        const error = /** @type {ResponseError} */ (new Error(`${p.method} failed: ${message.error.message}`));
        error.code = message.error.code;
        error.data = message.error.data;
        p.reject(error);
      } else {
        p.resolve(message.result);
      }
    }
  }

  async answer(request) {
    const handler = this.requestHandlers.get(request.method);
    if (!handler) {
      this.send({ jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `test client: no handler for ${request.method}` } });
      return;
    }
    try {
      const result = await handler(request.params, request);
      this.send({ jsonrpc: '2.0', id: request.id, result: result === undefined ? null : result });
    } catch (error) {
      this.send({ jsonrpc: '2.0', id: request.id, error: { code: -32603, message: String(error && error.message) } });
    }
    this.answered.push(request);
    this.checkWaiters();
  }

  checkWaiters() {
    this.waiters = this.waiters.filter((w) => {
      const list = w.kind === 'notification' ? this.notifications : w.kind === 'answered' ? this.answered : this.serverRequests;
      for (let i = w.from; i < list.length; i++) {
        const msg = list[i];
        if (msg.method === w.method && w.predicate(msg.params)) {
          w.resolve(msg.params);
          return false;
        }
      }
      w.from = list.length;
      return true;
    });
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params, timeout = DEFAULT_TIMEOUT) {
    const id = this.nextId++;
    const promise = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return withTimeout(promise, timeout, `the answer to ${method}`).finally(() => this.pending.delete(id));
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends textDocument/didChange: `uri` is now at `version`, after `contentChanges`. */
  didChange(uri, version, contentChanges) {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  /**
   * Resolves with the params of the first notification `method` that satisfies `predicate`,
   * counting from index `from` of this.notifications (default: only ones still to come).
   */
  waitForNotification(method, predicate = () => true, { timeout = DEFAULT_TIMEOUT, from = this.notifications.length } = {}) {
    return this.waitFor('notification', method, predicate, timeout, from);
  }

  /** Like waitForNotification, for requests the server sends to the client. */
  waitForServerRequest(method, predicate = () => true, { timeout = DEFAULT_TIMEOUT, from = this.serverRequests.length } = {}) {
    return this.waitFor('request', method, predicate, timeout, from);
  }

  /** Resolves once this client has sent its answer to a server request `method`. */
  waitForAnswerSent(method, predicate = () => true, { timeout = DEFAULT_TIMEOUT, from = this.answered.length } = {}) {
    return this.waitFor('answered', method, predicate, timeout, from);
  }

  waitFor(kind, method, predicate, timeout, from) {
    const promise = new Promise((resolve) => {
      this.waiters.push({ kind, method, predicate, resolve, from });
    });
    this.checkWaiters();
    return withTimeout(promise, timeout, `${kind} ${method}`);
  }

  /** Log messages (window/logMessage) so far, as { type, message }. */
  logMessages() {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params);
  }

  waitForExit(timeout = DEFAULT_TIMEOUT) {
    return withTimeout(this.exited, timeout, 'the server to exit');
  }

  /** Kills the server if it still runs; safe to call more than once. */
  async kill() {
    if (this.exitInfo) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** An error response to a request: the message, with the JSON-RPC error code and data. */
/** @typedef {Error & { code: number, data?: unknown }} ResponseError */

/**
 * Starts a server and initializes it.
 * @param {{ capabilities?: object, workspaceFolders?: object[] | null, settings?: (params: object) => unknown }} options
 *   settings: answers each workspace/configuration item (default: { rules: {} }).
 */
async function startServer({ capabilities, workspaceFolders = [{ uri: 'file:///tmp/proj', name: 'proj' }], settings } = {}) {
  const client = new LspClient();
  const answer = settings ?? (() => ({ rules: {} }));
  client.onRequest('workspace/configuration', (params) => Promise.all(params.items.map((item) => answer(item))));
  const initializeResult = await client.request('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: capabilities ?? { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
    workspaceFolders,
  });
  client.notify('initialized', {});
  return { client, initializeResult };
}

/** The package version, as the server reports it. */
const VERSION = JSON.parse(require('node:fs').readFileSync(require('node:path').join(ROOT, 'package.json'), 'utf8')).version;

/** LSP diagnostic severities. */
const SEVERITY = { ERROR: 1, WARNING: 2, INFO: 3, HINT: 4 };

/** An LSP range from 0-based line and character pairs. */
const range = (l1, c1, l2, c2) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

module.exports = { LspClient, startServer, withTimeout, SERVER, ROOT, VERSION, SEVERITY, range };
