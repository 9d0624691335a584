// Hosts the one lint worker thread for large documents, with a time limit per job. A newer job for the same document cancels the older
// one cooperatively: the worker stops at the next piece of its parse and keeps the trees of the
// pieces it has, so that the newer version (an edit away) is parsed mostly from kept pieces.
// Only a job that runs past its time limit stops the worker itself.

import { Worker } from 'node:worker_threads';
import { TIMED_OUT } from '../core/index';
import { LINT_WORKER, type LintJob, type LintResult, type LintWorkerData } from './lint-worker';

type Pending = {
  job: LintJob;
  key: string;
  resolve: (r: LintResult | undefined) => void;
  timer?: ReturnType<typeof setTimeout>;
  /** A newer job for the same document came: its caller has had undefined, its result is dropped. */
  superseded?: boolean;
};

export { TIMED_OUT };

export class LintWorkerHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  /** Where the id of the job to cancel is written for the worker to read. */
  private readonly cancelled = new SharedArrayBuffer(4);

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
      if (this.running?.key === key) this.supersede(this.running);
      this.pump();
    });
  }

  private ensure(): Worker {
    if (!this.worker) {
      const workerData: LintWorkerData = { marker: LINT_WORKER, cancelled: this.cancelled };
      const worker = new Worker(this.script, { workerData });
      worker.on('message', (result: LintResult) => {
        const done = this.running;
        if (!done || done.job.id !== result.id) return;
        clearTimeout(done.timer);
        this.running = undefined;
        if (!done.superseded) done.resolve(result.cancelled ? undefined : result);
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

  /** Tells the worker to stop the running job at its next piece, and its caller that it was replaced. */
  private supersede(running: Pending): void {
    running.superseded = true;
    Atomics.store(new Int32Array(this.cancelled), 0, running.job.id);
    running.resolve(undefined);
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
