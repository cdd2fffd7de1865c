/**
 * Runs the language server's lints off the request path, in a worker thread, so that completion,
 * hover and the protocol itself never wait for a slow document. One lint runs at a time; when a
 * newer version of a document arrives, its queued run is dropped and its running one is cancelled
 * (after a short grace the worker is terminated and started again: a synchronous lint cannot be
 * interrupted any other way). A run that outlasts the time limit (a plugin rule that never returns)
 * is stopped the same way, so the documents queued behind it are still checked; when a plugin rule
 * was running (the lint thread writes which in a WorkerStatus), the document is linted again without
 * it, first, in the new thread, and its finding names the rule (workers/stopped-rules.ts, as the
 * CLI does). A run stopped with no plugin rule running fails.
 */
import { Worker } from 'node:worker_threads';
import type { EffectiveConfig } from '../config/types.js';
import type { LintResult } from '../types.js';
import type { TextEncoding } from '../xml/decode.js';
// The CLI's limit for a file in a worker thread (--lint-timeout) is the same one.
import { DEFAULT_LINT_TIMEOUT_MS, formatSeconds, timedOutResult } from '../workers/lint-timeout.js';
import { STARTING, WorkerStatus } from '../workers/status.js';
import { relintWithout, stoppedRuleFinding, withStoppedRule } from '../workers/stopped-rules.js';

export interface LintJob {
  /** The document (a cancellation key: a newer job for the same key cancels older ones). */
  readonly key: string;
  readonly text: string;
  readonly filePath: string;
  readonly config: EffectiveConfig;
  /** How the saved file is encoded, when not UTF-8 (lintText's `encoding`: libvirt refuses UTF-16). */
  readonly encoding?: TextEncoding;
  readonly maxDepth?: number;
  readonly namedCapsFile?: string;
  /** The configuration file that loads plugins: the lint thread imports it for their rules. */
  readonly pluginConfigFile?: string;
  /** Plugin rules stopped by the time limit in an earlier run of this job, turned off (set by the runner). */
  readonly off?: readonly string[];
}

/** What the lint thread is given: where it writes which plugin rule is running (a WorkerStatus). */
export interface LintWorkerData {
  readonly status: SharedArrayBuffer;
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
  /** Stops the run when it outlasts the time limit. */
  timer?: NodeJS.Timeout;
}

/** A running lint older than this is cancelled by terminating the worker; a younger one is left to finish. */
export const CANCEL_GRACE_MS = 200;

/**
 * How often the time limit looks again while a new lint thread is still loading its modules: the
 * limit counts from when the thread takes the job (a start took 1.5–3.6 s at a load average of
 * 14–16 on two cores, and stopped documents whose check was quick), as the CLI's worker pool does.
 */
const STARTING_POLL_MS = 100;


/** A lint stopped because it outlasted the time limit. */
export class LintTimeoutError extends Error {}

export class LintRunner {
  private worker: Worker | undefined;
  /** The running worker's status: which plugin rule it is in, for a run stopped at the time limit. */
  private status: WorkerStatus | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private nextId = 0;
  private epoch = 0;
  /** Workers started so far (for tests: a cancellation restarts the worker). */
  workersStarted = 0;

  constructor(
    private readonly workerUrl: URL = new URL('./lint-worker.js', import.meta.url),
    /** The time limit of one run, in milliseconds (the `lintTimeoutMs` initialization option). */
    public timeoutMs = DEFAULT_LINT_TIMEOUT_MS,
  ) {}

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
      this.stopRunning(r);
      r.resolve({ cancelled: true });
    }
  }

  /** Ends the running lint `r` by terminating the worker (a new one starts for the next run). */
  private stopRunning(r: Pending): void {
    clearTimeout(r.timer);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    this.status = undefined;
    this.pump();
  }

  private timedOut(r: Pending): void {
    if (this.running !== r) return;
    if (this.status?.task() === STARTING) {
      // The thread has not taken the job yet: the limit starts once it has.
      r.timer = setTimeout(() => (this.status?.task() === STARTING ? this.timedOut(r) : this.arm(r, this.timeoutMs)), Math.min(STARTING_POLL_MS, this.timeoutMs));
      r.timer.unref();
      return;
    }
    const rule = this.status?.rule();
    const id = relintWithout(rule, r.job.off);
    if (id !== undefined && rule !== undefined) {
      // Linted again first, in the new thread that stopRunning's pump starts.
      const finding = stoppedRuleFinding(rule, this.timeoutMs, 'the lintTimeoutMs setting');
      this.queue.unshift({
        id: this.nextId++,
        job: { ...r.job, off: [...(r.job.off ?? []), id] },
        resolve: (o) => r.resolve('result' in o ? { ...o, result: withStoppedRule(o.result, id, finding) } : o),
        reject: r.reject,
      });
      this.stopRunning(r);
    } else if (rule !== undefined || (r.job.off?.length ?? 0) > 0) {
      // Rules enough were turned off already (or virtlint's own step outlasted the limit in a lint
      // without them): the findings naming the stopped rules are what is known, as in the CLI.
      this.stopRunning(r);
      r.resolve({ result: timedOutResult(r.job.filePath, this.timeoutMs, rule, 'the lintTimeoutMs setting') });
    } else {
      this.stopRunning(r);
      r.reject(new LintTimeoutError(`checking it took longer than ${formatSeconds(this.timeoutMs)} and was stopped (a rule that does not finish, e.g. in a plugin?); the next change checks it again`));
    }
  }

  /** Capability or configuration files changed: the worker drops what it built from them. */
  invalidate(): void {
    this.epoch++;
  }

  private start(): Worker {
    const status = WorkerStatus.create();
    const w = new Worker(this.workerUrl, { workerData: { status: status.buffer } satisfies LintWorkerData });
    this.status = status;
    this.workersStarted++;
    w.on('message', (msg: unknown) => {
      if (this.worker !== w) return;
      const r = this.running;
      // Plugin code in the lint thread may post on its port too: only a reply to the running job counts.
      if (!r || !isReplyTo(msg, r.id)) return;
      clearTimeout(r.timer);
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
    this.status = undefined;
    const r = this.running;
    this.running = undefined;
    clearTimeout(r?.timer);
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
      this.arm(next, this.timeoutMs);
    } catch (e) {
      // Not cloneable (a configuration holding a function): say so on the document.
      this.running = undefined;
      next.reject(e as Error);
      this.pump();
    }
  }

  /** Stops `r` at the time limit, `ms` from now. */
  private arm(r: Pending, ms: number): void {
    clearTimeout(r.timer);
    r.timer = setTimeout(() => this.timedOut(r), ms);
    r.timer.unref();
  }

  async dispose(): Promise<void> {
    for (const p of this.queue.splice(0)) p.resolve({ cancelled: true });
    clearTimeout(this.running?.timer);
    this.running?.resolve({ cancelled: true });
    this.running = undefined;
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}

/** A well-formed reply of the lint thread to job `id`. */
function isReplyTo(msg: unknown, id: number): msg is WorkerReply {
  if (typeof msg !== 'object' || msg === null || (msg as { id?: unknown }).id !== id) return false;
  if ('result' in msg) {
    const result = msg.result as { diagnostics?: unknown } | null;
    return typeof result === 'object' && result !== null && Array.isArray(result.diagnostics);
  }
  return 'error' in msg && typeof msg.error === 'string';
}

