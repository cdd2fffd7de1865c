import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_CAPABILITY_FILE_BYTES, parseProfileJson } from './profile-file.js';
import { readBoundedRegularFile } from '../files.js';
import type { CapabilityProfile } from './types.js';
import { VERSION } from '../version.js';
import { makeDirectories } from '../make-directories.js';

/** Bumped when the probe learns new things, so old entries are not reused (2: machines carry maxCpus). */
export const PROBE_FORMAT = 2;

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

/** On-disk cache of probe results. Unreadable or stale entries are misses, never errors. */
export class ProbeCache {
  constructor(readonly dir: string = defaultCacheDir()) {}

  get(key: ProbeCacheKey): CapabilityProfile | undefined {
    const file = fileFor(this.dir, key);
    try {
      const text = readBoundedRegularFile(file, { maxBytes: MAX_CAPABILITY_FILE_BYTES, followSymlinks: false }).toString('utf8');
      const entry = JSON.parse(text) as { key?: unknown; profile?: unknown };
      if (JSON.stringify(entry.key) !== JSON.stringify(key)) return undefined;
      return parseProfileJson(JSON.stringify(entry.profile), file);
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temporary file + rename), readable by the user only; failures are ignored. */
  set(key: ProbeCacheKey, profile: CapabilityProfile): boolean {
    const file = fileFor(this.dir, key);
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      makeDirectories(path.dirname(file), 0o700);
      fs.writeFileSync(tmp, JSON.stringify({ key, profile }), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, file);
      return true;
    } catch {
      fs.rmSync(tmp, { force: true });
      return false;
    }
  }
}
