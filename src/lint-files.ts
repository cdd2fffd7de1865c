import { DIAGNOSTIC_IDS } from './diagnostic-ids.js';
import type { CacheKeys } from './cache/keys.js';
import type { ResultCache } from './cache/result-cache.js';
import { CapabilityFileError } from './caps/profile-file.js';
import type { CapabilityResolver } from './caps/resolver.js';
import { ConfigError } from './config/types.js';
import { GrammarError } from './schema/check.js';
import type { Diagnostic } from './types.js';
import type { EffectiveConfig } from './config/types.js';
import { expandInputsDetailed } from './files.js';
import type { RuleSetting } from './linter/lint.js';
import { runOptionsFrom, type RunOptions } from './linter/run-options.js';
import { type DocumentRead, FileJob, type FileResult } from './workers/file-job.js';
import { availableCores } from './workers/cores.js';
import { DEFAULT_LINT_TIMEOUT_MS } from './workers/lint-timeout.js';
import type { WorkerPool } from './workers/pool.js';
import { wasStopped } from './workers/stopped-rules.js';
import { InOrder } from './in-order.js';
import { FileQueue } from './file-queue.js';

export type { FileResult } from './workers/file-job.js';
export type { FixMode, RunInput, RunOptions } from './linter/run-options.js';

export interface LintFilesOptions extends RunOptions {
  readonly cwd?: string;
  /** Threads linting (this one + workers): a number, or 'auto' (default) = the available cores, for runs big enough to repay start-up. */
  readonly concurrency?: number | 'auto';
  /** Reuse results of unchanged files from this cache file (or directory). */
  readonly cache?: { readonly location?: string };
  /** Called after each file (in completion order), e.g. for a progress bar. */
  readonly onResult?: (result: FileResult, index: number, total: number) => void;
  /** Called with problems that do not stop the run (e.g. an unusable cache: the run goes on without it). */
  readonly onWarning?: (message: string) => void;
  /** Called for each path a walk or glob found and does not lint (a symbolic link), with why. */
  readonly onSkipped?: (filePath: string, reason: string) => void;
  /** Called for each file a configuration's global `ignores` excludes. */
  readonly onIgnored?: (filePath: string) => void;
  /** Called with the files to lint before any is read or fixed; an error it throws ends the run with nothing written. */
  readonly beforeLint?: (files: readonly string[]) => void | Promise<void>;
  /** Rule settings over any configuration (like --rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** A schema directory over any configuration (like --schemas). */
  readonly schemaDir?: string;
  /** Capabilities for every document, over any configuration (API only: the run stays in this thread, with no time limit). */
  readonly capabilities?: CapabilityResolver;
  /**
   * The longest one file may take in a worker thread, in milliseconds, before the worker is stopped
   * and the file gets a diagnostic saying so (default 60 s; 0: no limit). A run whose configuration
   * loads plugin rules lints in worker threads only, even with one thread, so that a plugin rule that
   * never returns cannot hang it (docs/plugins.md).
   */
  readonly lintTimeoutMs?: number;
}

/**
 * Files per thread below which `auto` keeps the run in this thread. A worker is a new V8 isolate:
 * besides its start-up (module load, grammar load, the grammar index for the wording of the first
 * invalid document) it compiles every hot function again (~1.3–1.6 s of CPU), and on two cores
 * that competes with this thread's own compiler threads. Measured on two cores at load ~1
 * (docs/performance.md, two alternating runs each): one worker made 5,000 files slower (2.34–2.38 s
 * wall against 2.10–2.18 s), 10,000 faster (3.35–3.50 against 3.67–3.76 s), 20,000 faster
 * (5.35 against 6.22–6.30 s): the break-even is near 4,000 files per thread.
 */
export const AUTO_FILES_PER_WORKER = 4000;

/** Largest batch of files sent to a worker in one message. */
const MAX_BATCH = 32;

/**
 * Files a run may start past the last one handed on in input order. Results of worker threads
 * arrive out of order and wait for the earlier ones; this bounds how many wait (and, with a consumer
 * that writes the report as it goes, how far linting runs ahead of a slow output). It is well above
 * what the threads have in flight (a worker holds two batches of at most MAX_BATCH files), so it
 * throttles only when the consumer is slower than the linting.
 */
export const IN_ORDER_WINDOW = 512;

/**
 * How many threads lint: this one plus worker threads. 'auto' uses the available cores, but only
 * with enough files per thread to repay a worker's start-up (module load, grammar load, JIT warm-up).
 */
export function laneCount(o: LintFilesOptions, files: number, cores = availableCores()): number {
  if (o.capabilities) return 1; // a resolver object cannot be sent to another thread
  if (o.concurrency === undefined || o.concurrency === 'auto') return Math.max(1, Math.min(cores, Math.floor(files / AUTO_FILES_PER_WORKER)));
  return Math.max(1, Math.min(Math.floor(o.concurrency), files));
}

/**
 * Files per batch for a worker: large while much is left (few messages), shrinking towards the end
 * so that no thread is left with a long tail while the others are idle.
 */
export function batchSize(remaining: number, lanes: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(remaining / (lanes * 4))));
}

/** The threads that lint: `lanes` in all, this one among them when `here`; files in worker threads have `timeoutMs`. */
interface Lanes {
  readonly lanes: number;
  readonly here: boolean;
  readonly timeoutMs: number;
}

/**
 * Lints `todo` on worker threads, and on this thread too when `here`. This thread takes one file at
 * a time and yields to the event loop between files to read the workers' replies; each worker takes
 * a batch of files at a time and has a second batch queued, so it never waits for this thread.
 */
async function lintInLanes(
  { lanes, here, timeoutMs }: Lanes,
  queue: FileQueue,
  lintHere: (i: number) => Promise<void>,
  run: RunOptions,
  lintThere: (pool: WorkerPool, batch: readonly number[]) => Promise<void>,
): Promise<void> {
  // Loaded only for a run that uses workers (worker_threads and the pool are no cost for one file).
  const { WorkerPool } = await import('./workers/pool.js');
  const workers = here ? lanes - 1 : lanes;
  let pool: WorkerPool | undefined;
  // Started when a worker's first batch comes up: with the cache, there may be nothing to lint.
  const started = (): WorkerPool => (pool ??= new WorkerPool(workers, run, timeoutMs));
  try {
    const inHere = async (): Promise<void> => {
      for (let i = await queue.next(); i !== undefined; i = await queue.next()) {
        await lintHere(i);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const there = async (): Promise<void> => {
      for (let batch = await queue.nextBatch(batchSize(queue.remaining(), lanes)); batch.length > 0; batch = await queue.nextBatch(batchSize(queue.remaining(), lanes))) {
        await lintThere(started(), batch);
      }
    };
    await Promise.all([...(here ? [inHere()] : []), ...Array.from({ length: workers * 2 }, there)]);
  } finally {
    await pool?.close();
  }
}

interface CacheProbe {
  readonly key: string;
  readonly content: string;
  /** The text the key was made from: a result is stored only if it linted that text. */
  readonly text: string;
  readonly hit?: FileResult;
}

const START = { line: 1, column: 1, offset: 0 };

/**
 * Runs one file's lint; a failure of that file alone (an errno from the file system, a bug on a
 * strange input) becomes a diagnostic on it and the run goes on. Configuration, grammar and
 * capability-file errors concern the whole run: they still end it (exit 2).
 */
export async function perFile(file: string, lint: () => Promise<FileResult>): Promise<FileResult> {
  try {
    return await lint();
  } catch (e) {
    if (e instanceof ConfigError || e instanceof GrammarError || e instanceof CapabilityFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const diagnostic: Diagnostic =
      typeof code === 'string'
        ? { ruleId: DIAGNOSTIC_IDS.ioUnreadable, severity: 'error', message: `Cannot read ${file}: ${(e as Error).message}`, range: { start: START, end: START } }
        : { ruleId: DIAGNOSTIC_IDS.internal, severity: 'error', message: `virtlint could not check this file: ${(e as Error).message}`, range: { start: START, end: START } };
    return { filePath: file, diagnostics: [diagnostic], notes: [] };
  }
}

interface OpenCache {
  readonly cache: ResultCache;
  readonly keys: CacheKeys;
  readonly sha256: (bytes: Buffer) => string;
}

/**
 * The result cache, or undefined (with a warning) when it cannot be used: the run goes on without it.
 * Its modules are loaded only for --cache.
 */
async function openCache(location: string | undefined, cwd: string, warn: ((m: string) => void) | undefined): Promise<OpenCache | undefined> {
  const [{ resultCacheSecret }, { cacheFilePath, ResultCache }, { CacheKeys, sha256 }] = await Promise.all([import('./cache/secret.js'), import('./cache/result-cache.js'), import('./cache/keys.js')]);
  const secret = resultCacheSecret();
  if ('problem' in secret) {
    warn?.(`the result cache is off for this run: ${secret.problem}`);
    return undefined;
  }
  const cache = new ResultCache(cacheFilePath(location, cwd), secret.key);
  for (const problem of cache.problems.splice(0)) warn?.(problem);
  return { cache, keys: new CacheKeys(), sha256 };
}

/**
 * Lints files, directories and globs; results come back in input order. Large runs use a pool of
 * worker threads; a single file pays for one only when its configuration loads plugins (their rules
 * run in workers, under `lintTimeoutMs`). The array holds every result (with its source
 * text): for runs of many files, {@link lintFilesInOrder} keeps none.
 */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  await lintFilesInOrder(inputs, options, (r, i) => {
    results[i] = r;
  });
  return results;
}

/**
 * Lints like {@link lintFiles} but hands each result to `onFile` in input order as soon as it and
 * every earlier one are complete, and keeps none: memory stays bounded however many files there are.
 * When `onFile` returns a promise (e.g. it waits for a slow output to drain), linting runs at most a
 * few hundred files ahead of it. An error thrown by `onFile` ends the run. Resolves to the number of
 * files linted.
 */
export async function lintFilesInOrder(
  inputs: readonly string[],
  options: LintFilesOptions,
  onFile: (result: FileResult, index: number, total: number) => void | Promise<void>,
): Promise<number> {
  const run = runOptionsFrom(options);
  const job = new FileJob(run, options.capabilities);
  const files: string[] = [];
  const configs: EffectiveConfig[] = [];
  /**
   * Files found by a walk or glob: read without following a symbolic link (docs/security.md); true
   * when the walk's readdir saw a regular file (read without a second look before the open).
   */
  const found = new Map<string, boolean>();
  const expanded = await expandInputsDetailed(inputs, options.cwd);
  for (const s of expanded.skipped) options.onSkipped?.(s.path, s.reason);
  for (const { path: file, explicit, seenRegular } of expanded.files) {
    const config = await job.configs.forFile(file);
    if (config.ignored) options.onIgnored?.(file);
    else {
      files.push(file);
      configs.push(config);
      if (!explicit) found.set(file, seenRegular === true);
    }
  }
  await options.beforeLint?.(files);
  const follow = (file: string): boolean => !found.has(file);
  const seen = (file: string): boolean => found.get(file) === true;

  const opened = options.cache ? await openCache(options.cache.location, options.cwd ?? process.cwd(), options.onWarning) : undefined;
  const cache = opened?.cache;
  const probes: (CacheProbe | undefined)[] = [];
  const inOrder = new InOrder<FileResult>((r, i) => {
    const probe = probes[i];
    probes[i] = undefined;
    // Stored in input order, as they are handed on (the cache file's entries keep that order).
    if (cache && probe && !probe.hit) storeInCache(cache, files[i] as string, probe, r);
    return onFile(r, i, files.length);
  }, IN_ORDER_WINDOW);
  let completed = 0;
  const finish = (i: number, r: FileResult): void => {
    options.onResult?.(r, completed++, files.length);
    inOrder.put(i, r);
  };

  /** Documents read for their cache key: this thread lints that text rather than reading the file again. */
  const reads: (DocumentRead | undefined)[] = [];
  /** Reads a file for its key: the read (for the lint) and, when it has a key, its probe of the cache. */
  const lookUp = (file: string, i: number, open: OpenCache): { read?: DocumentRead; probe?: CacheProbe } => {
    let read: ReturnType<FileJob['read']>;
    try {
      read = job.read(file, follow(file), seen(file));
    } catch {
      return {}; // linted as without the cache, which reports whatever is wrong
    }
    const kept: DocumentRead = read.before ? { outcome: read.outcome, before: read.before } : { outcome: read.outcome };
    if (!read.bytes || !read.outcome.ok) return { read: kept }; // not a plain readable document: the lint reports why
    const text = read.outcome.text;
    const content = open.sha256(read.bytes);
    let key: string;
    try {
      key = open.keys.keyFor(content, text, configs[i] as EffectiveConfig, { maxDepth: run.maxDepth ?? null });
    } catch {
      return { read: kept }; // the file is linted without the cache, which reports whatever is wrong
    }
    const cached = open.cache.get(file, key, content);
    // With --fix a cached result is good only if there was nothing to fix.
    if (cached && !(run.fix && cached.diagnostics.some((d) => d.fix))) return { probe: { key, content, text, hit: { ...cached, source: text } } };
    return { read: kept, probe: { key, content, text } };
  };
  /** Looks a file up when it comes up for linting (keeping the read for the lint); true when the cache answered for it. */
  const servedFromCache = (i: number): boolean => {
    if (!opened) return false;
    const { read, probe } = lookUp(files[i] as string, i, opened);
    reads[i] = read;
    probes[i] = probe;
    if (!probe?.hit) return false;
    finish(i, probe.hit);
    return true;
  };
  // Worker threads pay only for enough files to lint: with the cache, that is the misses. Counting
  // them takes a pass that reads files for their keys and keeps nothing (the lint looks each file up
  // again when it comes up). It stops as soon as the files left cannot change the number of threads;
  // a run that cannot have workers (one thread, or too few files for `auto`) needs no count.
  let toLint = files.length;
  if (opened && laneCount(options, files.length) > 1) {
    let misses = 0;
    let probed = 0;
    // Asked once: each answer is a system call (sched_getaffinity), two a file here cost ~2% of a warm run.
    const cores = availableCores();
    while (probed < files.length && laneCount(options, misses, cores) !== laneCount(options, misses + files.length - probed, cores)) {
      if (!lookUp(files[probed] as string, probed, opened).probe?.hit) misses++;
      probed++;
    }
    // The files not probed are expected to miss as often as those probed (for batch sizes: any count
    // between the bounds gives the same number of threads).
    toLint = probed === files.length ? misses : Math.round((misses / probed) * files.length);
  }
  const lanes = laneCount(options, toLint);
  const timeoutMs = options.lintTimeoutMs ?? DEFAULT_LINT_TIMEOUT_MS;
  // Plugin rules are code virtlint does not control: they run in worker threads only, where a file
  // that outlasts the time limit can be stopped (a synchronous loop in this thread could not be).
  const here = timeoutMs <= 0 || options.capabilities !== undefined || !configs.some((c) => c.ruleSet !== undefined);
  const queue = new FileQueue(files.length, toLint, inOrder, servedFromCache);
  const lintHere = async (i: number): Promise<void> => {
    const file = files[i] as string;
    const read = reads[i];
    reads[i] = undefined;
    // The configuration looked up above (for `ignores`) serves the lint too.
    const config = configs[i] as EffectiveConfig;
    finish(i, await perFile(file, () => (read ? job.lintRead(file, read, config) : job.lintPath(file, follow(file), config, seen(file)))));
  };
  if (lanes <= 1 && here) {
    for (let i = await queue.next(); i !== undefined; i = await queue.next()) await lintHere(i);
  } else {
    await lintInLanes({ lanes, here, timeoutMs }, queue, lintHere, run, async (pool, batch) => {
      // A worker reads the file again (sending the text costs about as much): a result of bytes
      // other than the key's is not stored (below).
      for (const i of batch) reads[i] = undefined;
      const linted = pool.lintBatch(batch.map((i) => ({ file: files[i] as string, followSymlinks: follow(files[i] as string), seenRegular: seen(files[i] as string) })));
      await Promise.all(batch.map(async (i, k) => finish(i, await perFile(files[i] as string, () => linted[k] as Promise<FileResult>))));
    });
  }

  await inOrder.drained();
  if (cache) {
    cache.save();
    for (const problem of cache.problems) options.onWarning?.(problem);
  }
  return files.length;
}

/**
 * Stores a file's fresh result. Not cached: results of files just rewritten by --fix (their bytes
 * changed), I/O problems, files a worker read again after they changed since the read for the
 * key (the result is of other bytes than the key's: stored, it would be served if the file went back
 * to them), and files in which a rule was stopped by the time limit (not a complete check, and the
 * time-out may have been a loaded machine: the next run checks them again).
 */
function storeInCache(cache: ResultCache, file: string, probe: CacheProbe, r: FileResult): void {
  if (r.output !== undefined || wasStopped(r) || r.diagnostics.some((d) => d.ruleId.startsWith('io/'))) return;
  if (r.source !== probe.text) return;
  cache.set(file, probe.key, probe.content, r);
}
