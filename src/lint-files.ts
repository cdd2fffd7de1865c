import fs from 'node:fs';
import { CacheKeys } from './cache/keys.js';
import { cacheFilePath, ResultCache } from './cache/result-cache.js';
import type { CapabilityResolver } from './caps/resolver.js';
import type { EffectiveConfig } from './config/types.js';
import { DEFAULT_MAX_BYTES, expandInputs } from './files.js';
import type { RuleSetting } from './lint.js';
import { FileJob, type FileResult, type RunOptions } from './workers/file-job.js';
import { availableCores, WorkerPool } from './workers/pool.js';
import { decodeBytes } from './xml/decode.js';

export type { FileResult, FixMode, RunOptions } from './workers/file-job.js';

export interface LintFilesOptions extends RunOptions {
  readonly cwd?: string;
  /** Worker threads: a number, or 'auto' (default) = the available cores, used only for runs big enough to repay start-up. */
  readonly concurrency?: number | 'auto';
  /** Reuse results of unchanged files from this cache file (or directory). */
  readonly cache?: { readonly location?: string };
  /** Called after each file (in completion order), e.g. for a progress bar. */
  readonly onResult?: (result: FileResult, index: number, total: number) => void;
  /** Called for each file a configuration's global `ignores` excludes. */
  readonly onIgnored?: (filePath: string) => void;
  /** Rule settings over any configuration (like --rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** A schema directory over any configuration (like --schemas). */
  readonly schemaDir?: string;
  /** Capabilities for every document, over any configuration (API only: the run stays in this thread). */
  readonly capabilities?: CapabilityResolver;
}

/** Files per worker below which `auto` keeps the run in this thread (a worker costs a grammar compile). */
const AUTO_FILES_PER_WORKER = 8;

function runOptionsOf(o: LintFilesOptions): RunOptions {
  const ruleOverrides = o.rules || o.config?.ruleOverrides ? { ...o.config?.ruleOverrides, ...o.rules } : undefined;
  const settingsOverrides = o.schemaDir || o.config?.settingsOverrides ? { ...o.config?.settingsOverrides, ...(o.schemaDir ? { schemas: o.schemaDir } : {}) } : undefined;
  return {
    config: { ...o.config, ...(ruleOverrides ? { ruleOverrides } : {}), ...(settingsOverrides ? { settingsOverrides } : {}) },
    ...(o.maxBytes !== undefined ? { maxBytes: o.maxBytes } : {}),
    ...(o.maxDepth !== undefined ? { maxDepth: o.maxDepth } : {}),
    ...(o.fix ? { fix: o.fix } : {}),
    ...(o.capsCache !== undefined ? { capsCache: o.capsCache } : {}),
    ...(o.lintRoots ? { lintRoots: o.lintRoots } : {}),
  };
}

export function workerCount(o: LintFilesOptions, files: number): number {
  if (o.capabilities) return 1; // a resolver object cannot be sent to another thread
  if (o.concurrency === undefined || o.concurrency === 'auto') return Math.min(availableCores(), Math.floor(files / AUTO_FILES_PER_WORKER));
  return Math.min(Math.max(1, Math.floor(o.concurrency)), files);
}

interface CacheProbe {
  readonly key: string;
  readonly hit?: FileResult;
}

/** Reads a file for the cache key; undefined when it is not a plain readable document (the lint reports why). */
function readForKey(file: string, maxBytes: number): { bytes: Buffer; text: string } | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const bytes = fs.readFileSync(file);
    const decoded = decodeBytes(bytes);
    return decoded.ok ? { bytes, text: decoded.text } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lints files, directories and globs; results come back in input order. Large runs use a pool of
 * worker threads; a single file never pays for one.
 */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const run = runOptionsOf(options);
  const job = new FileJob(run, options.capabilities);
  const files: string[] = [];
  const configs: EffectiveConfig[] = [];
  for (const file of await expandInputs(inputs, options.cwd)) {
    const config = await job.configs.forFile(file);
    if (config.ignored) options.onIgnored?.(file);
    else {
      files.push(file);
      configs.push(config);
    }
  }

  const results: FileResult[] = new Array<FileResult>(files.length);
  let completed = 0;
  const finish = (i: number, r: FileResult): void => {
    results[i] = r;
    options.onResult?.(r, completed++, files.length);
  };

  const cache = options.cache ? new ResultCache(cacheFilePath(options.cache.location, options.cwd ?? process.cwd())) : undefined;
  const keys = cache ? new CacheKeys() : undefined;
  const probes: (CacheProbe | undefined)[] = [];
  const todo: number[] = [];
  files.forEach((file, i) => {
    const read = cache && keys ? readForKey(file, run.maxBytes ?? DEFAULT_MAX_BYTES) : undefined;
    if (cache && keys && read) {
      const key = keys.keyFor(read.bytes, read.text, configs[i] as EffectiveConfig, { maxDepth: run.maxDepth ?? null });
      const cached = cache.get(file, key);
      // With --fix a cached result is good only if there was nothing to fix.
      if (cached && !(run.fix && cached.diagnostics.some((d) => d.fix))) {
        probes[i] = { key, hit: { ...cached, source: read.text } };
        finish(i, probes[i].hit as FileResult);
        return;
      }
      probes[i] = { key };
    }
    todo.push(i);
  });

  const workers = workerCount(options, todo.length);
  if (workers <= 1) {
    for (const i of todo) finish(i, await job.lintPath(files[i] as string));
  } else {
    const pool = new WorkerPool(workers, run);
    try {
      await Promise.all(todo.map((i) => pool.lint(files[i] as string).then((r) => finish(i, r))));
    } finally {
      await pool.close();
    }
  }

  if (cache) {
    for (const i of todo) {
      const probe = probes[i];
      const r = results[i] as FileResult;
      // Not cached: results of files just rewritten by --fix (their bytes changed) and I/O problems.
      if (!probe || r.output !== undefined || r.diagnostics.some((d) => d.ruleId.startsWith('io/'))) continue;
      cache.set(files[i] as string, probe.key, r);
    }
    cache.save();
  }
  return results;
}
