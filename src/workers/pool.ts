import { Worker } from 'node:worker_threads';
import type { FileResult, RunOptions } from './file-job.js';
import { probeOncePerProcess } from '../caps/index.js';
import { type ProbeReplyMessage, type ProbeRequestMessage, type ReplyMessage, reviveError, type Task, type TaskMessage } from './messages.js';

interface Pending {
  readonly task: Task;
  readonly resolve: (r: FileResult) => void;
  readonly reject: (e: Error) => void;
}

/** A file to lint in a worker; `followSymlinks` false for a file a walk or glob found. */
export interface PoolFile {
  readonly file: string;
  readonly followSymlinks?: boolean;
  /** The walk's readdir saw a regular file there (InputFile.seenRegular). */
  readonly seenRegular?: boolean;
}

export { availableCores } from './cores.js';

/**
 * Batches sent to a worker before it answers: with two, a worker starts its next batch at once
 * instead of waiting for this thread (which may be linting a file of its own) to read its reply.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * A fixed set of worker threads linting files. Files go to a worker in batches (one message, one
 * wake-up and one reply per batch: per-file messages cost the main thread more than the worker
 * saved it); each worker lints one file at a time, with its next batch already queued in it. The
 * caller puts results back in input order.
 */
export class WorkerPool {
  /** Batches not sent yet. */
  private readonly queue: Pending[][] = [];
  /** Tasks sent to each worker and not answered yet, by task id. */
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
  /** Batches sent to each worker and not answered yet. */
  private readonly batchesInFlight = new Map<Worker, number>();
  private readonly workers: Worker[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, run: RunOptions) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: run });
      w.on('message', (msg: ReplyMessage | ProbeRequestMessage) => ('probe' in msg ? this.onProbe(w, msg) : this.onReply(w, msg)));
      w.on('error', (e) => this.onCrash(w, e));
      w.on('exit', (code) => {
        if ((this.inFlight.get(w)?.size ?? 0) > 0) this.onCrash(w, new Error(`a worker thread exited (code ${code}) while linting`));
      });
      this.workers.push(w);
      this.inFlight.set(w, new Map());
      this.batchesInFlight.set(w, 0);
    }
  }

  lint(file: string, followSymlinks = true): Promise<FileResult> {
    return this.lintBatch([{ file, followSymlinks }])[0] as Promise<FileResult>;
  }

  /** Lints these files in one worker, in one message; one promise per file (each fails alone). */
  lintBatch(files: readonly PoolFile[]): Promise<FileResult>[] {
    if (this.failure) {
      const failure = this.failure;
      return files.map(() => Promise.reject(failure));
    }
    const batch: Pending[] = [];
    const promises = files.map(
      ({ file, followSymlinks = true, seenRegular }) =>
        new Promise<FileResult>((resolve, reject) => {
          batch.push({ task: { id: this.nextId++, file, followSymlinks, ...(seenRegular ? { seenRegular } : {}) }, resolve, reject });
        }),
    );
    if (batch.length > 0) {
      this.queue.push(batch);
      this.dispatch();
    }
    return promises;
  }

  private dispatch(): void {
    for (let depth = 1; depth <= IN_FLIGHT_PER_WORKER; depth++) {
      for (const w of this.workers) {
        if ((this.batchesInFlight.get(w) as number) >= depth) continue;
        const batch = this.queue.shift();
        if (!batch) return;
        const sent = this.inFlight.get(w) as Map<number, Pending>;
        for (const p of batch) sent.set(p.task.id, p);
        this.batchesInFlight.set(w, (this.batchesInFlight.get(w) as number) + 1);
        w.postMessage({ tasks: batch.map((p) => p.task) } satisfies TaskMessage);
      }
    }
  }

  /** A worker needs a probe: run it here, once per run whichever thread asks (caps/index.ts). */
  private onProbe(w: Worker, { probe: { id, ...request } }: ProbeRequestMessage): void {
    probeOncePerProcess(request).then(
      (profile) => w.postMessage({ probeReply: { id, profile } } satisfies ProbeReplyMessage),
      (e: unknown) => w.postMessage({ probeReply: { id, error: e instanceof Error ? e.message : String(e) } } satisfies ProbeReplyMessage),
    );
  }

  private onReply(w: Worker, msg: ReplyMessage): void {
    const sent = this.inFlight.get(w);
    this.batchesInFlight.set(w, Math.max(0, (this.batchesInFlight.get(w) ?? 1) - 1));
    for (const reply of msg.replies) {
      const p = sent?.get(reply.id);
      sent?.delete(reply.id);
      if (!p) continue;
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(reviveError(reply.error));
    }
    this.dispatch();
  }

  private onCrash(w: Worker, e: Error): void {
    this.failure = e;
    const sent = this.inFlight.get(w);
    for (const p of sent?.values() ?? []) p.reject(e);
    sent?.clear();
    for (const batch of this.queue.splice(0)) for (const q of batch) q.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
