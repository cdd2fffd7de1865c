/**
 * Runs the language server's lints off the request path, in a worker thread, so that completion,
 * hover and the protocol itself never wait for a slow document. One lint runs at a time; when a
 * newer version of a document arrives, its queued run is dropped and its running one is cancelled
 * (after a short grace the worker is terminated and started again: a synchronous lint cannot be
 * interrupted any other way).
 */
import { Worker } from 'node:worker_threads';
import type { EffectiveConfig } from '../config/types.js';
import type { LintResult } from '../types.js';

export interface LintJob {
  /** The document (a cancellation key: a newer job for the same key cancels older ones). */
  readonly key: string;
  readonly text: string;
  readonly filePath: string;
  readonly config: EffectiveConfig;
  readonly maxDepth?: number;
  readonly namedCapsFile?: string;
  /** The configuration file that loads plugins: the lint thread imports it for their rules. */
  readonly pluginConfigFile?: string;
}

export type LintOutcome = { readonly result: LintResult; readonly problem?: string } | { readonly cancelled: true };

export interface WorkerRequest {
  readonly id: number;
  readonly epoch: number;
  readonly job: LintJob;
}
export type WorkerReply = { readonly id: number; readonly result: LintResult; readonly problem?: string } | { readonly id: number; readonly error: string };

interface Pending {
  readonly id: number;
  readonly job: LintJob;
  readonly resolve: (o: LintOutcome) => void;
  readonly reject: (e: Error) => void;
  started?: number;
}

/** A running lint older than this is cancelled by terminating the worker; a younger one is left to finish. */
export const CANCEL_GRACE_MS = 200;

export class LintRunner {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 0;
  private epoch = 0;
  /** Workers started so far (for tests: a cancellation restarts the worker). */
  workersStarted = 0;

  constructor(private readonly workerUrl: URL = new URL('./lint-worker.js', import.meta.url)) {}

  /** Lints in the worker; a newer job for the same key resolves this one as `{ cancelled: true }`. */
  lint(job: LintJob): Promise<LintOutcome> {
    this.cancel(job.key);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  /** Drops queued runs of `key` and cancels its running one (terminating a long run). */
  cancel(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const p = this.queue[i] as Pending;
      if (p.job.key === key) {
        this.queue.splice(i, 1);
        p.resolve({ cancelled: true });
      }
    }
    const r = this.running;
    if (r && r.job.key === key) {
      if (performance.now() - (r.started ?? 0) < CANCEL_GRACE_MS) return; // nearly done: cheaper to let it finish (the caller ignores a stale result)
      this.running = undefined;
      r.resolve({ cancelled: true });
      void this.worker?.terminate();
      this.worker = undefined;
      this.pump();
    }
  }

  /** Capability or configuration files changed: the worker drops what it built from them. */
  invalidate(): void {
    this.epoch++;
  }

  private start(): Worker {
    const w = new Worker(this.workerUrl);
    this.workersStarted++;
    w.on('message', (msg: WorkerReply) => {
      if (this.worker !== w) return;
      const r = this.running;
      if (!r || r.id !== msg.id) return;
      this.running = undefined;
      if ('result' in msg) r.resolve({ result: msg.result, ...(msg.problem ? { problem: msg.problem } : {}) });
      else r.reject(new Error(msg.error));
      this.pump();
    });
    w.on('error', (e) => this.crashed(w, e));
    w.on('exit', (code) => this.crashed(w, new Error(`the lint worker exited (code ${code})`)));
    w.unref();
    return w;
  }

  private crashed(w: Worker, e: Error): void {
    if (this.worker !== w) return; // terminated on purpose
    this.worker = undefined;
    const r = this.running;
    this.running = undefined;
    r?.reject(e);
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.worker ??= this.start();
    next.started = performance.now();
    this.running = next;
    try {
      this.worker.postMessage({ id: next.id, epoch: this.epoch, job: next.job } satisfies WorkerRequest);
    } catch (e) {
      // Not cloneable (a configuration holding a function): say so on the document.
      this.running = undefined;
      next.reject(e as Error);
      this.pump();
    }
  }

  async dispose(): Promise<void> {
    for (const p of this.queue.splice(0)) p.resolve({ cancelled: true });
    this.running?.resolve({ cancelled: true });
    this.running = undefined;
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}
