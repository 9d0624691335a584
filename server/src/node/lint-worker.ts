// Lints large documents off the server's main thread, so that other requests keep being
// answered while a megabyte of Markdown is parsed. The worker runs the same bundle as the server
// or the CLI that starts it (one copy of the core in the extension, not two): the entry point
// calls serveLintJobs() when it finds itself in a worker started with LINT_WORKER.

import { parentPort, workerData } from 'node:worker_threads';
import {
  complianceScores,
  lintModel,
  lintSecurityTxt,
  parsePolicy,
  setCancellationCheck,
  type ComplianceScore,
  type Finding,
  type LintOptions,
  type Span,
} from '../core/index';

export interface LintJob {
  id: number;
  kind: 'policy' | 'securitytxt';
  text: string;
  options: LintOptions;
}

export interface LintResult {
  id: number;
  findings: Finding[];
  /** Table spans, so the server can tell which findings lie in a table row. */
  tables: Span[];
  /** The score of each selected compliance profile (a policy, when the options select profiles). */
  profiles?: ComplianceScore[];
  error?: string;
  /** The job was cancelled by a newer one for the same document before it finished. */
  cancelled?: boolean;
}

/** What marks a thread as a lint worker. */
export const LINT_WORKER = 'security-md lint worker';

/**
 * The workerData of a lint worker: the marker, and a shared cell in which the host writes the id
 * of the job it no longer wants (read between pieces of a parse: cancellation is cooperative).
 */
export interface LintWorkerData {
  marker: typeof LINT_WORKER;
  cancelled: SharedArrayBuffer;
}

/** True in a thread started by LintWorkerHost. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as Partial<LintWorkerData> | null)?.marker === LINT_WORKER;
}

class Cancelled extends Error {}

/** Answers lint jobs from the thread's parent until it stops the thread. */
export function serveLintJobs(): void {
  const cancelled = new Int32Array((workerData as LintWorkerData).cancelled);
  let current = 0;
  setCancellationCheck(() => {
    if (Atomics.load(cancelled, 0) === current) throw new Cancelled();
  });
  parentPort?.on('message', (job: LintJob) => {
    current = job.id;
    try {
      if (job.kind === 'securitytxt') {
        parentPort!.postMessage({ id: job.id, findings: lintSecurityTxt(job.text, job.options), tables: [] } satisfies LintResult);
        return;
      }
      const model = parsePolicy(job.text);
      const findings = lintModel(model, job.options);
      const profiles = complianceScores(model, job.options);
      parentPort!.postMessage({
        id: job.id,
        findings,
        tables: model.tables.map((t) => ({ start: t.start, end: t.end })),
        ...(profiles ? { profiles } : {}),
      } satisfies LintResult);
    } catch (error) {
      if (error instanceof Cancelled) {
        parentPort!.postMessage({ id: job.id, findings: [], tables: [], cancelled: true } satisfies LintResult);
        return;
      }
      parentPort!.postMessage({
        id: job.id,
        findings: [],
        tables: [],
        error: error instanceof Error ? error.message : String(error),
      } satisfies LintResult);
    }
  });
}
