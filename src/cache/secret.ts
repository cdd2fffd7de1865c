import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultCacheDir } from '../caps/cache.js';
import { readBoundedRegularFile } from '../files.js';
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
    try {
      fs.writeFileSync(file, crypto.randomBytes(SECRET_BYTES), { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const st = fs.lstatSync(file);
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid !== uid) return { problem: `the cache key ${file} is owned by another user` };
    if ((st.mode & 0o077) !== 0) return { problem: `the cache key ${file} is readable or writable by others (chmod 600 it)` };
    const key = readBoundedRegularFile(file, { maxBytes: SECRET_BYTES, followSymlinks: false });
    if (key.length !== SECRET_BYTES) return { problem: `the cache key ${file} is damaged (delete it to make a new one)` };
    return { key };
  } catch (e) {
    return { problem: `no cache key in ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}
