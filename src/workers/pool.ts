import type { TextEncoding } from '../xml/decode.js';
import { Worker } from 'node:worker_threads';
import type { FileResult, RunOptions } from './file-job.js';
import { probeOncePerProcess } from '../caps/index.js';
import { availableCores } from './cores.js';
import {
  isProbeRequestMessage,
  isReplyMessage,
  isWellFormedReply,
  type ProbeReplyMessage,
  type ProbeRequestMessage,
  type ReplyMessage,
  reviveError,
  type Task,
  type TaskMessage,
} from './messages.js';
import { stalledWorkerError, timedOutResult } from './lint-timeout.js';
import { IDLE, STARTING, WorkerStatus } from './status.js';
import { markStopped, relintWithout, stoppedRuleFinding, withStoppedRule } from './stopped-rules.js';

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
  /** The document itself (standard input): linted as `file`'s, which is not read. */
  readonly text?: string;
  /** How `text`'s bytes were encoded, when not UTF-8 (libvirt refuses UTF-16). */
  readonly encoding?: 'utf-16le' | 'utf-16be';
}

export { availableCores } from './cores.js';

/**
 * The most worker threads a pool starts, whatever is asked (`--concurrency 4000` asked for 4,000):
 * each holds its own engine, modules and grammar (~30 MB), and threads beyond the cores only share
 * them. 64 asked for on two cores took 2 GB and 28 s for 300 files, against 0.1 GB and 1.2 s.
 */
export function maxWorkers(cores: number = availableCores()): number {
  return Math.max(4, 2 * cores);
}

/**
 * Batches sent to a worker before it answers: with two, a worker starts its next batch at once
 * instead of waiting for this thread (which may be linting a file of its own) to read its reply.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Workers started in place of ones that died, at most, before the pool gives up (every file still to
 * lint then fails): a worker that dies at every start must not be started for ever.
 */
const MAX_REPLACEMENTS = 16;

/** What a worker thread is given: the run, and where it writes what it is doing. */
export interface WorkerData {
  readonly run: RunOptions;
  /** A WorkerStatus: the task being linted and the plugin rule running (read when the worker dies or takes too long). */
  readonly status: SharedArrayBuffer;
}

/** How often, at most, the pool looks for a file past the time limit (a file may run this much longer). */
const MAX_WATCH_INTERVAL_MS = 1000;

/**
 * A set of worker threads linting files. Files go to a worker in batches (one message, one wake-up
 * and one reply per batch: per-file messages cost the main thread more than the worker saved it);
 * each worker lints one file at a time, with its next batch already queued in it. The caller puts
 * results back in input order. A worker that dies (a plugin calling `process.exit`, memory run out
 * on one document) fails the file it was linting, and only that one: the other files it held go to
 * a new worker. So does a file that takes longer than the time limit (a plugin rule that never
 * returns): its worker is terminated, the only way to stop a synchronous loop, and the file is
 * linted again without that rule (stopped-rules.ts).
 */
export class WorkerPool {
  /** Batches not sent yet. */
  private readonly queue: Pending[][] = [];
  /** Tasks sent to each worker and not answered yet, by task id. */
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
  /** Batches sent to each worker and not answered yet. */
  private readonly batchesInFlight = new Map<Worker, number>();
  /** What each worker is doing (see WorkerData.status). */
  private readonly status = new Map<Worker, WorkerStatus>();
  /** The task each worker was seen linting, and since when (performance.now()), for the time limit. */
  private readonly seen = new Map<Worker, { readonly task: number; readonly since: number }>();
  private readonly watch: NodeJS.Timeout | undefined;
  private readonly workers: Worker[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private replacements = 0;
  private closing = false;

  /** Worker threads running (at most `maxWorkers()`, whatever `size` asks). */
  readonly size: number;

  /** `timeoutMs`: the longest one file may take in a worker before it is stopped (0: no limit). */
  constructor(
    size: number,
    private readonly run: RunOptions,
    private readonly timeoutMs = 0,
  ) {
    this.size = Math.max(1, Math.min(size, maxWorkers()));
    for (let i = 0; i < this.size; i++) this.start();
    if (timeoutMs > 0) {
      // A file is seen at its first look: it is stopped between the limit and the limit plus two intervals.
      this.watch = setInterval(() => this.stopLateFiles(), Math.min(MAX_WATCH_INTERVAL_MS, Math.max(10, Math.floor(timeoutMs / 4))));
      this.watch.unref();
    }
  }

  private start(): void {
    const status = WorkerStatus.create();
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: { run: this.run, status: status.buffer } satisfies WorkerData });
    w.on('message', (msg: unknown) => {
      if (isProbeRequestMessage(msg)) this.onProbe(w, msg);
      else if (isReplyMessage(msg)) this.onReply(w, msg);
    });
    // What ended the thread (its heap exhausted: ERR_WORKER_OUT_OF_MEMORY; an error a plugin's timer
    // threw), not a problem reading the file: without its code, the file gets virtlint/internal, not
    // io/unreadable ("Cannot read vm.xml: Worker terminated due to reaching memory limit").
    w.on('error', (e: unknown) => this.onCrash(w, new Error(`a worker thread stopped while linting: ${e instanceof Error ? e.message : 'it threw something that is not an Error'}`)));
    w.on('exit', (code) => this.onCrash(w, new Error(`a worker thread exited (code ${code}) while linting`)));
    this.workers.push(w);
    this.inFlight.set(w, new Map());
    this.batchesInFlight.set(w, 0);
    this.status.set(w, status);
  }

  lint(file: string, followSymlinks = true): Promise<FileResult> {
    return this.lintBatch([{ file, followSymlinks }])[0] as Promise<FileResult>;
  }

  /** Lints a document's text (standard input) as the file `filePath`'s, which is not read (FileJob.lintSource). */
  lintSource(text: string, filePath: string, encoding: TextEncoding = 'utf-8'): Promise<FileResult> {
    return this.lintBatch([{ file: filePath, text, ...(encoding !== 'utf-8' ? { encoding } : {}) }])[0] as Promise<FileResult>;
  }

  /** Lints these files in one worker, in one message; one promise per file (each fails alone). */
  lintBatch(files: readonly PoolFile[]): Promise<FileResult>[] {
    if (this.failure) {
      const failure = this.failure;
      return files.map(() => Promise.reject(failure));
    }
    const batch: Pending[] = [];
    const promises = files.map(
      ({ file, followSymlinks = true, seenRegular, text, encoding }) =>
        new Promise<FileResult>((resolve, reject) => {
          batch.push({ task: { id: this.nextId++, file, followSymlinks, ...(seenRegular ? { seenRegular } : {}), ...(text !== undefined ? { text } : {}), ...(encoding ? { encoding } : {}) }, resolve, reject });
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
      if (!isWellFormedReply(reply)) continue;
      const p = sent?.get(reply.id);
      sent?.delete(reply.id);
      if (!p) continue;
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(reviveError(reply.error));
    }
    this.dispatch();
  }

  /**
   * A worker died (or exited). The file it was linting fails with the reason; the other files it held
   * (queued, or linted but not yet answered: replies come per batch) go to a new worker. A worker that
   * dies idle (between files, or at its start) is replaced too; one ending because the pool closes is
   * just forgotten. After MAX_REPLACEMENTS deaths every file left fails with the reason.
   */
  private onCrash(w: Worker, e: Error): void {
    const sent = this.inFlight.get(w);
    if (!sent) return; // already handled ('error' is followed by 'exit')
    const culprit = (this.status.get(w) as WorkerStatus).task();
    this.forget(w);
    if (this.closing) return;
    const again: Pending[] = [];
    for (const p of sent.values()) {
      if (p.task.id === culprit) p.reject(e);
      else again.push(p);
    }
    this.replace(again, e);
  }

  /** Drops a worker that died or is being terminated from the pool's books. */
  private forget(w: Worker): void {
    this.workers.splice(this.workers.indexOf(w), 1);
    this.inFlight.delete(w);
    this.batchesInFlight.delete(w);
    this.status.delete(w);
    this.seen.delete(w);
  }

  /**
   * Terminates the workers that hold files and have not moved on for the time limit: linting one file
   * (the file's result says so, naming the plugin rule that was running), or idle between files (stuck
   * in a plugin's timer). The other files the worker held go to a new one, after the stopped file
   * when it is linted again without the rule. A time-out on a file is not counted against
   * MAX_REPLACEMENTS (each settles a file or turns one of its rules off, at most MAX_RELINTS times,
   * so they cannot go on for ever); one between files is.
   */
  private stopLateFiles(): void {
    const now = performance.now();
    for (const w of [...this.workers]) {
      const status = this.status.get(w) as WorkerStatus;
      const task = status.task();
      const seen = this.seen.get(w);
      if (task === STARTING || (this.inFlight.get(w)?.size ?? 0) === 0) this.seen.delete(w);
      else if (seen?.task !== task) this.seen.set(w, { task, since: now });
      else if (now - seen.since >= this.timeoutMs) this.stopLate(w, task, status.rule());
    }
  }

  private stopLate(w: Worker, task: number, rule: string | undefined): void {
    const sent = this.inFlight.get(w) as Map<number, Pending>;
    this.forget(w);
    void w.terminate();
    const again: Pending[] = [];
    for (const p of sent.values()) {
      if (p.task.id !== task) again.push(p);
      else {
        const retry = this.retryWithout(p, rule);
        if (retry) again.unshift(retry);
        else p.resolve(markStopped(timedOutResult(p.task.file, this.timeoutMs, rule)));
      }
    }
    if (task === IDLE) this.replace(again, stalledWorkerError(this.timeoutMs));
    else this.startFor(again);
  }

  /**
   * The file stopped in plugin rule `rule`, to lint again without it (first, in the fresh worker that
   * takes the stopped one's files, under the same limit): its result gets the finding naming the
   * rule. Undefined when it is not to be (no plugin rule named, or MAX_RELINTS rules already off).
   */
  private retryWithout(p: Pending, rule: string | undefined): Pending | undefined {
    const id = relintWithout(rule, p.task.off);
    if (id === undefined || rule === undefined) return undefined;
    const finding = stoppedRuleFinding(rule, this.timeoutMs, '--lint-timeout');
    return { task: { ...p.task, off: [...(p.task.off ?? []), id] }, resolve: (r) => p.resolve(withStoppedRule(r, id, finding)), reject: p.reject };
  }

  /** Starts a worker in place of one that died, for the files it held; after MAX_REPLACEMENTS, fails them all with `e`. */
  private replace(again: Pending[], e: Error): void {
    if (this.replacements >= MAX_REPLACEMENTS) {
      this.failure = e;
      for (const p of again) p.reject(e);
      for (const batch of this.queue.splice(0)) for (const q of batch) q.reject(e);
      return;
    }
    this.replacements++;
    this.startFor(again);
  }

  /** Starts a new worker; the files `again` go first. */
  private startFor(again: Pending[]): void {
    this.start();
    if (again.length > 0) this.queue.unshift(again);
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.watch);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
