import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, RunOptions } from './file-job.js';
import { type ReplyMessage, reviveError, type TaskMessage } from './messages.js';

interface Pending {
  readonly task: TaskMessage;
  readonly resolve: (r: FileResult) => void;
  readonly reject: (e: Error) => void;
}

/** Cores available to this process (the meaning of --concurrency auto). */
export const availableCores = (): number => (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;

/**
 * A fixed set of worker threads linting files. Each worker takes one file at a time; the caller
 * puts results back in input order.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly workers: Worker[] = [];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, run: RunOptions) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: run });
      w.on('message', (msg: ReplyMessage) => this.onReply(w, msg));
      w.on('error', (e) => this.onCrash(w, e));
      w.on('exit', (code) => {
        if (this.busy.has(w)) this.onCrash(w, new Error(`a worker thread exited (code ${code}) while linting`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  lint(file: string): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, file }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const p = this.queue.shift() as Pending;
      this.busy.set(w, p);
      w.postMessage(p.task);
    }
  }

  private onReply(w: Worker, msg: ReplyMessage): void {
    const p = this.busy.get(w);
    this.busy.delete(w);
    this.idle.push(w);
    if (p) {
      if ('result' in msg) p.resolve(msg.result);
      else p.reject(reviveError(msg.error));
    }
    this.dispatch();
  }

  private onCrash(w: Worker, e: Error): void {
    this.failure = e;
    const p = this.busy.get(w);
    this.busy.delete(w);
    p?.reject(e);
    for (const q of this.queue.splice(0)) q.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
