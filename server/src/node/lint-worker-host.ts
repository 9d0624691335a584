// Hosts the one lint worker thread for large documents, with a time limit per job. A newer job
// for the same document cancels the older one: the worker is stopped and started afresh, since a
// parse cannot be interrupted.

import { Worker } from 'node:worker_threads';
import { TIMED_OUT } from '../core/meta';
import { LINT_WORKER, type LintJob, type LintResult } from './lint-worker';

type Pending = { job: LintJob; key: string; resolve: (r: LintResult | undefined) => void; timer?: ReturnType<typeof setTimeout> };

export { TIMED_OUT };

export class LintWorkerHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];

  /** @param timeoutMs how long one job may run before the worker is stopped and it fails. */
  constructor(
    private readonly timeoutMs = 30_000,
    // The bundle running now (dist/server.js or dist/cli.js) is the worker's script too.
    private readonly script = __filename,
  ) {}

  /** Lints in the worker; resolves undefined when a newer job for `key` replaced this one. */
  lint(key: string, kind: LintJob['kind'], text: string, options: LintJob['options']): Promise<LintResult | undefined> {
    return new Promise((resolve) => {
      // Jobs for the same document that have not started are dropped: only the newest counts.
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i]!.key === key) this.queue.splice(i, 1)[0]!.resolve(undefined);
      }
      this.queue.push({ job: { id: this.nextId++, kind, text, options }, key, resolve });
      if (this.running?.key === key) this.restart();
      this.pump();
    });
  }

  private ensure(): Worker {
    if (!this.worker) {
      const worker = new Worker(this.script, { workerData: LINT_WORKER });
      worker.on('message', (result: LintResult) => {
        const done = this.running;
        if (!done || done.job.id !== result.id) return;
        clearTimeout(done.timer);
        this.running = undefined;
        done.resolve(result);
        this.pump();
      });
      worker.on('error', (error) => this.fail(error instanceof Error ? error.message : String(error)));
      worker.on('exit', () => {
        if (this.worker === worker) this.worker = undefined;
      });
      worker.unref();
      this.worker = worker;
    }
    return this.worker;
  }

  private fail(message: string): void {
    const failed = this.running;
    clearTimeout(failed?.timer);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    failed?.resolve({ id: failed.job.id, findings: [], tables: [], error: message });
    this.pump();
  }

  private restart(): void {
    const cancelled = this.running;
    clearTimeout(cancelled?.timer);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    cancelled?.resolve(undefined);
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.running = next;
    this.ensure().postMessage(next.job);
    next.timer = setTimeout(() => {
      if (this.running === next) this.fail(TIMED_OUT);
    }, this.timeoutMs);
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
