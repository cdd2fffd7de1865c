import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../caps/cache.js';
import { makeDirectories } from '../make-directories.js';

const SECRET_BYTES = 32;

/**
 * The user's secret key for result-cache entries, in `$XDG_CACHE_HOME/virtlint/result-cache.key`
 * (created on first use, mode 0600). A result cache file can be committed to a repository; entries
 * authenticated with this key cannot be forged by whoever wrote that file. Returns the key, or why
 * there is none (then the run goes on without the cache).
 */
export function resultCacheSecret(dir: string = defaultCacheDir()): { key: Buffer } | { problem: string } {
  const file = path.join(dir, 'result-cache.key');
  try {
    makeDirectories(dir, 0o700);
    // In a directory another user can write, the key could be swapped for one they know (between any
    // check and the read), and entries forged with it would hide findings: such a directory has no key.
    const dirStat = fs.lstatSync(dir);
    const uid = process.getuid?.();
    if (!dirStat.isDirectory() || (uid !== undefined && dirStat.uid !== uid) || (dirStat.mode & 0o022) !== 0) {
      return { problem: `the cache directory ${dir} is not yours alone (another user's, or writable by others: chmod 700 it)` };
    }
    try {
      fs.writeFileSync(file, crypto.randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // Judged by the descriptor read, not by a look at the name before opening it.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return { problem: `the cache key ${file} is not a regular file` };
      if (uid !== undefined && st.uid !== uid) return { problem: `the cache key ${file} is owned by another user` };
      if ((st.mode & 0o077) !== 0) return { problem: `the cache key ${file} is readable or writable by others (chmod 600 it)` };
      const key = Buffer.alloc(SECRET_BYTES + 1);
      const n = fs.readSync(fd, key, 0, key.length, 0);
      if (n !== SECRET_BYTES) return { problem: `the cache key ${file} is damaged (delete it to make a new one)` };
      return { key: key.subarray(0, SECRET_BYTES) };
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return { problem: `no cache key in ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}
