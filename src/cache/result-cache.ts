import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BoundedReadError, MAX_RESULT_CACHE_BYTES, readBoundedRegularFile } from '../files.js';
import type { Diagnostic, DocumentKind, LintResult } from '../types.js';
import { VERSION } from '../version.js';
import { isValidEntryPayload } from './validate-entry.js';
import { mayHoldMoreValues } from './json-values.js';
import { makeDirectories } from '../make-directories.js';
import { TempBeside, tempNameBeside } from '../temp-beside.js';
import { ownEntry } from '../own-entry.js';

export const DEFAULT_CACHE_LOCATION = '.virtlintcache';
/**
 * Values (JSON.parse's objects, arrays, strings, numbers; as mayHoldMoreValues counts them) a cache
 * file may hold: ~40 per linted file, so ~100,000 files; a hostile file at the bound (empty arrays)
 * makes at most 4,000,000 values (~170 MB of heap, about a second).
 */
export const MAX_RESULT_CACHE_VALUES = 4_000_000;
/** 2: entries carry the content hash and a MAC (issue 15.6); format 1 files are ignored. */
const FORMAT = 2;

interface Entry {
  readonly key: string;
  /** sha256 of the file's bytes the result is for. */
  readonly content: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly notes: readonly string[];
  readonly kind?: DocumentKind;
  readonly skipped?: boolean;
  /** HMAC of everything above and the file path, with the user's secret cache key. */
  readonly mac: string;
}

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

/** Where the cache lives: a file, or `.virtlintcache` inside a directory. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  const p = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  let isDir: boolean;
  try {
    // The default is a name in the repository: a symbolic link there (committed with it) is not
    // followed to a directory elsewhere, where the cache would be written; a location you name is.
    isDir = (location === undefined ? fs.lstatSync(p) : fs.statSync(p)).isDirectory();
  } catch {
    isDir = false; // missing, ENOTDIR, ENAMETOOLONG…: reported when the cache is read or written
  }
  if (location?.endsWith('/') || isDir) return path.join(p, DEFAULT_CACHE_LOCATION);
  return p;
}

const macOf = (secret: Buffer, filePath: string, e: Omit<Entry, 'mac'>): string =>
  crypto
    .createHmac('sha256', secret)
    .update(JSON.stringify([filePath, e.key, e.content, e.diagnostics, e.notes, e.kind ?? null, e.skipped === true]))
    .digest('hex');

/**
 * Lint results of earlier runs, keyed per file by a hash of everything the result depends on
 * (see CacheKeys). The cache file usually sits in the repository, where anyone could have committed
 * one: every entry is validated and authenticated with a secret only this user has (`secret`), and
 * is bound to the file's content hash. A bad entry is a miss; a missing, corrupt, foreign or
 * other-version cache file starts empty; problems reading or writing it are warnings (`problems`).
 */
export class ResultCache {
  private entries: Record<string, Entry> = {};
  /**
   * Entries whose shape and MAC were checked (for their file: an entry is never moved to another):
   * a run that counts its misses looks a file up twice, and the check (an HMAC over the entry) was
   * half the cost of a lookup. Entries are never changed in place, only replaced.
   */
  private readonly verified = new WeakSet<object>();
  private dirty = false;
  /** Why the cache could not be read or written (warnings for the user; the run goes on). */
  readonly problems: string[] = [];

  constructor(
    readonly file: string,
    private readonly secret: Buffer,
  ) {
    let text: string;
    try {
      // Never through a symbolic link, never a FIFO or device, never without bound.
      const bytes = readBoundedRegularFile(file, { maxBytes: MAX_RESULT_CACHE_BYTES, followSymlinks: false });
      // Nor with more values than its bytes allow: memory grows with those, not with the size.
      if (mayHoldMoreValues(bytes, MAX_RESULT_CACHE_VALUES)) {
        this.problems.push(`the cache ${file} cannot be used: it holds more than ${MAX_RESULT_CACHE_VALUES.toLocaleString('en')} JSON values (it will be written anew)`);
        return;
      }
      text = bytes.toString('utf8');
    } catch (e) {
      if (!(e instanceof BoundedReadError && e.code === 'ENOENT')) this.problems.push(`the cache ${file} cannot be used: ${e instanceof BoundedReadError ? e.reason : (e as Error).message}`);
      return;
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile> | null;
      if (data && data.format === FORMAT && data.version === VERSION && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        // A prototype-free map: a hostile file cannot reach Object.prototype through a "__proto__" entry.
        this.entries = Object.assign(Object.create(null) as Record<string, Entry>, data.entries);
      }
    } catch {
      this.entries = {};
    }
  }

  /** The cached result for these exact bytes and key, or undefined (any malformed or forged entry is a miss). */
  get(filePath: string, key: string, contentHash: string): Omit<LintResult, 'source'> | undefined {
    const e: unknown = ownEntry(this.entries, filePath);
    if (!this.verified.has(e as object)) {
      if (!isValidEntryPayload(e)) return undefined;
      const entry = e as Entry;
      if (entry.key !== key || entry.content !== contentHash || typeof entry.mac !== 'string') return undefined;
      const expected = Buffer.from(macOf(this.secret, filePath, entry), 'hex');
      const given = Buffer.from(entry.mac, 'hex');
      if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
      this.verified.add(entry);
    }
    const entry = e as Entry;
    if (entry.key !== key || entry.content !== contentHash) return undefined;
    return { filePath, diagnostics: entry.diagnostics, notes: entry.notes, ...(entry.kind ? { kind: entry.kind } : {}), ...(entry.skipped === true ? { skipped: true } : {}) };
  }

  set(filePath: string, key: string, contentHash: string, result: LintResult): void {
    const e = { key, content: contentHash, diagnostics: result.diagnostics, notes: result.notes, ...(result.kind ? { kind: result.kind } : {}), ...(result.skipped ? { skipped: true } : {}) };
    this.entries[filePath] = { ...e, mac: macOf(this.secret, filePath, e) };
    this.dirty = true;
  }

  /**
   * Writes the cache atomically (temp file + rename), never replacing anything but a regular file.
   * Entries of files that no longer exist are dropped. Failures become `problems`, never exceptions.
   */
  save(): void {
    if (!this.dirty) return;
    for (const f of Object.keys(this.entries)) if (!fs.existsSync(f)) delete this.entries[f];
    let existing: fs.Stats | undefined;
    try {
      existing = fs.lstatSync(this.file, { throwIfNoEntry: false });
    } catch (e) {
      this.problems.push(`the cache ${this.file} was not saved: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return;
    }
    if (existing && !existing.isFile()) {
      this.problems.push(`the cache ${this.file} was not saved: it is not a regular file, and virtlint replaces only a regular file`);
      return;
    }
    // `--cache-location vm.xml` (a slip, or one of the linted files) replaced that file with the cache:
    // data loss. Only an empty file, one virtlint wrote (JSON.stringify puts "format" first) or one
    // named as virtlint names its cache (.virtlintcache, even corrupt) is replaced.
    if (existing && existing.size > 0 && path.basename(this.file) !== DEFAULT_CACHE_LOCATION && !startsLikeCacheFile(this.file)) {
      this.problems.push(`the cache ${this.file} was not saved: that file exists and is not a virtlint cache, and virtlint replaces only its own cache file (delete it, or choose another --cache-location)`);
      return;
    }
    const data: CacheFile = { format: FORMAT, version: VERSION, entries: this.entries };
    let temp: TempBeside | undefined;
    try {
      makeDirectories(path.dirname(this.file));
      temp = TempBeside.create(this.file, tempNameBeside, 0o644);
      temp.write(JSON.stringify(data));
      temp.finish();
      temp.replaceTarget();
      temp = undefined;
      this.dirty = false;
    } catch (e) {
      this.problems.push(`the cache ${this.file} was not saved: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    } finally {
      temp?.discard();
    }
  }
}

const CACHE_FILE_START = '{"format":';

/** Whether the file begins as every cache file virtlint writes does (read without following a link). */
function startsLikeCacheFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const head = Buffer.alloc(CACHE_FILE_START.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('latin1') === CACHE_FILE_START;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
