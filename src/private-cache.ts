import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
// Nothing heavier than node: modules and make-directories.js: bin/code-cache.js loads this module
// before the CLI's bundle, on every run.
import { makeDirectories } from './make-directories.js';

/**
 * virtlint's caches under `$XDG_CACHE_HOME/virtlint` (probe results, compiled grammars) are trusted
 * as answers: a capability profile planted there makes a rule report what the planter chose. So,
 * like the code cache (bin/code-cache.js), an entry counts only from a directory that is this user's
 * and writable by nobody else, and only when the file is this user's and writable by nobody else
 * (docs/security.md, trust model).
 */

/** Owned by this user and writable by no one else (group or others). */
const ownOnly = (st: fs.Stats): boolean => (typeof process.getuid !== 'function' || st.uid === process.getuid()) && (st.mode & 0o022) === 0;

/** Whether `dir` is a directory (not a link) owned by this user and writable by no one else. */
function isPrivateDirectory(dir: string): boolean {
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  return st !== undefined && st.isDirectory() && ownOnly(st);
}

/**
 * A cache entry's bytes when its directory and the file are this user's alone; undefined otherwise
 * (missing, a link, not a regular file, another's, writable by others, larger than `maxBytes`). The
 * file is opened without following a link and without blocking (a FIFO), and judged by its descriptor.
 */
export function readPrivateCacheFile(file: string, maxBytes: number): Buffer | undefined {
  try {
    if (!isPrivateDirectory(path.dirname(file))) return undefined;
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || !ownOnly(st) || st.size > maxBytes) return undefined;
      const buf = Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < st.size) {
        const n = fs.readSync(fd, buf, off, st.size - off, off);
        if (n === 0) break;
        off += n;
      }
      return off === st.size ? buf : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache entry atomically (a new temporary file, never through a link, mode 0600, renamed
 * over `file`) in a directory made mode 0700, and only in a directory that is this user's alone.
 * Returns whether it was written; failures are not errors (the next run computes it again).
 */
export function writePrivateCacheFile(file: string, data: string | Uint8Array): boolean {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    makeDirectories(path.dirname(file), 0o700);
    if (!isPrivateDirectory(path.dirname(file))) return false;
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // a directory this user cannot even search: nothing was written there
    }
    return false;
  }
}
