import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { MAX_CAPABILITY_FILE_BYTES, parseProfileJson } from './profile-file.js';
import type { CapabilityProfile } from './types.js';
import { VERSION } from '../version.js';
import { readPrivateCacheFile, writePrivateCacheFile } from '../private-cache.js';

/** Bumped when the probe learns new things, so old entries are not reused (2: machines carry maxCpus; 3: confidentialGuestTypes; 4: cpuModels). */
export const PROBE_FORMAT = 4;

/** Default cache directory: `$XDG_CACHE_HOME/virtlint`, else `~/.cache/virtlint`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'virtlint');
}

/** What a cached probe is valid for: the same binary (path, size, mtime) and the same virtlint. */
export interface ProbeCacheKey {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly virtlint: string;
  readonly probeFormat: number;
}

export function probeCacheKey(realPath: string, stat: { size: number; mtimeMs: number }): ProbeCacheKey {
  return { path: realPath, size: stat.size, mtimeMs: stat.mtimeMs, virtlint: VERSION, probeFormat: PROBE_FORMAT };
}

const fileFor = (dir: string, key: ProbeCacheKey): string =>
  path.join(dir, 'caps', `${crypto.createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32)}.json`);

/**
 * On-disk cache of probe results. Unreadable or stale entries are misses, never errors; so is an
 * entry another user could have written (its directory or file not this user's alone): its answers
 * would be the planter's (src/private-cache.ts).
 */
export class ProbeCache {
  constructor(readonly dir: string = defaultCacheDir()) {}

  get(key: ProbeCacheKey): CapabilityProfile | undefined {
    const file = fileFor(this.dir, key);
    try {
      const bytes = readPrivateCacheFile(file, MAX_CAPABILITY_FILE_BYTES);
      if (!bytes) return undefined;
      const entry = JSON.parse(bytes.toString('utf8')) as { key?: unknown; profile?: unknown };
      if (JSON.stringify(entry.key) !== JSON.stringify(key)) return undefined;
      return parseProfileJson(JSON.stringify(entry.profile), file);
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temporary file + rename), readable by the user only; failures are ignored. */
  set(key: ProbeCacheKey, profile: CapabilityProfile): boolean {
    return writePrivateCacheFile(fileFor(this.dir, key), JSON.stringify({ key, profile }));
  }
}
