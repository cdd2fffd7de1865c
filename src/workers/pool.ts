import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, RunOptions } from './file-job.js';
import { probeOncePerProcess } from '../caps/index.js';
import { type ProbeReplyMessage, type ProbeRequestMessage, type ReplyMessage, reviveError, type TaskMessage } from './messages.js';

interface Pending {
  readonly task: TaskMessage;
  readonly resolve: (r: FileResult) => void;
  readonly reject: (e: Error) => void;
}

/** Cores available to this process (the meaning of --concurrency auto). */
export const availableCores = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;

/**
 * Files sent to a worker before it answers: with two, a worker starts its next file at once instead
 * of waiting for this thread (which may be linting a file of its own) to read its reply.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * A fixed set of worker threads linting files. Each worker lints one file at a time, with the next
 * already queued in it; the caller puts results back in input order.
 */
export class WorkerPool {
  private readonly queue: Pending[] = [];
  /** Tasks sent to each worker and not answered yet, by task id. */
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
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
    }
  }

  lint(file: string, followSymlinks = true): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, file, followSymlinks }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (let depth = 1; depth <= IN_FLIGHT_PER_WORKER; depth++) {
      for (const w of this.workers) {
        const sent = this.inFlight.get(w) as Map<number, Pending>;
        if (sent.size >= depth) continue;
        const p = this.queue.shift();
        if (!p) return;
        sent.set(p.task.id, p);
        w.postMessage(p.task);
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
    const p = sent?.get(msg.id);
    sent?.delete(msg.id);
    if (p) {
      if ('result' in msg) p.resolve(msg.result);
      else p.reject(reviveError(msg.error));
    }
    this.dispatch();
  }

  private onCrash(w: Worker, e: Error): void {
    this.failure = e;
    const sent = this.inFlight.get(w);
    for (const p of sent?.values() ?? []) p.reject(e);
    sent?.clear();
    for (const q of this.queue.splice(0)) q.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
