import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, DocumentKind, LintResult } from '../types.js';
import { VERSION } from '../version.js';

export const DEFAULT_CACHE_LOCATION = '.virtlintcache';
const FORMAT = 1;

interface Entry {
  readonly key: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly notes: readonly string[];
  readonly kind?: DocumentKind;
  readonly skipped?: boolean;
}

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

/** Where the cache lives: a file, or `.virtlintcache` inside a directory. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const p = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  if (location?.endsWith('/') || fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) return path.join(p, DEFAULT_CACHE_LOCATION);
  return p;
}

/**
 * Lint results of earlier runs, keyed per file by a hash of everything the result depends on
 * (see CacheKeys). A missing, corrupt or other-version cache file simply starts empty.
 */
export class ResultCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(readonly file: string) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
      if (data.format === FORMAT && data.version === VERSION && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      this.entries = {};
    }
  }

  get(filePath: string, key: string): Omit<LintResult, 'source'> | undefined {
    const e = this.entries[filePath];
    if (!e || e.key !== key) return undefined;
    return { filePath, diagnostics: e.diagnostics, notes: e.notes, ...(e.kind ? { kind: e.kind } : {}), ...(e.skipped ? { skipped: true } : {}) };
  }

  set(filePath: string, key: string, result: LintResult): void {
    this.entries[filePath] = { key, diagnostics: result.diagnostics, notes: result.notes, ...(result.kind ? { kind: result.kind } : {}), ...(result.skipped ? { skipped: true } : {}) };
    this.dirty = true;
  }

  /** Writes the cache (atomically: temp file + rename). Entries of files that no longer exist are dropped. */
  save(): void {
    if (!this.dirty) return;
    for (const f of Object.keys(this.entries)) if (!fs.existsSync(f)) delete this.entries[f];
    const data: CacheFile = { format: FORMAT, version: VERSION, entries: this.entries };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(temp, JSON.stringify(data));
      fs.renameSync(temp, this.file);
    } finally {
      fs.rmSync(temp, { force: true });
    }
    this.dirty = false;
  }
}
