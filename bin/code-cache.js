/**
 * Runs the bundled CLI script (dist/src/bundle/cli.cjs) with a V8 code cache, so that a run does
 * not compile ~1.6 MB of JavaScript again: Node 20 has no compile cache for modules, and compiling
 * and first running the bundle was a third of a one-file run.
 *
 * The cache is code, so it is trusted only from where only this user can write (docs/security.md):
 * `$XDG_CACHE_HOME/virtlint/code/` (else `~/.cache/virtlint/code/`), a directory owned by this user
 * and writable by no one else, holding files owned by this user, written by no one else, read
 * without following links. Its name binds it to the bundle's size, time and inode and to Node's
 * version and architecture; V8 also rejects data made for other sources or flags, a SHA-256 digest
 * before the data rejects damaged data (V8 checks none outside debug builds), and a rejected or
 * missing cache is made again after the run. VIRTLINT_CODE_CACHE=0 turns it off.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
// The compiled module (dist/ is always there when the bundle is: bin/virtlint.js checks).
import { readPrivateCacheFile, writePrivateCacheFile } from '../dist/src/private-cache.js';

/** Larger cached data is not read (the bundle's is ~1 MB). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const PREFIX = 'cli-';
/** Entries kept (the most recently written): one per bundle in use. */
const MAX_ENTRIES = 4;

/** `$XDG_CACHE_HOME/virtlint/code`, else `~/.cache/virtlint/code` (where virtlint keeps its other caches). */
export function codeCacheDir(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'virtlint', 'code');
}

/** Each file is the SHA-256 of the cached data (~0.7 ms for the bundle's ~0.9 MB), then the data. */
const DIGEST_BYTES = 32;
const digest = (data) => crypto.createHash('sha256').update(data).digest();

/** The cache file's name: the bundle as it is on disk (size, time, inode) and the Node (and V8 flags set at run time) that compiles it. */
function cacheName(bundle, st, v8Flags) {
  const key = [st.size, st.mtimeMs, st.ino, process.version, process.arch, process.execArgv.join(' '), v8Flags].join('\0');
  return `${PREFIX}${crypto.createHash('sha256').update(key).digest('hex').slice(0, 32)}.bin`;
}

/** The cached data when the directory and the file are this user's alone and it is whole; undefined otherwise. */
export function readCodeCache(dir, name) {
  const buf = readPrivateCacheFile(path.join(dir, name), MAX_CACHE_BYTES);
  if (!buf || buf.length < DIGEST_BYTES) return undefined;
  // V8 checks code cache data only in debug builds: damaged data (a bad disk block, a stray
  // write) crashed every run at the load (V8_Fatal, a segfault) and was never written again.
  const data = buf.subarray(DIGEST_BYTES);
  return digest(data).equals(buf.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Writes the data (after its digest) atomically, mode 0600, in a directory made mode 0700 and this user's alone; old entries go. Failures are ignored. */
export function writeCodeCache(dir, name, data) {
  if (!writePrivateCacheFile(path.join(dir, name), Buffer.concat([digest(data), data]))) return false;
  try {
    // Several installations (a global one, a project's) may take turns: keep a few entries, not one.
    const entries = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(PREFIX) && f.endsWith('.bin'))
      .map((f) => ({ f, t: fs.lstatSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of entries.slice(MAX_ENTRIES)) if (f !== name) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // an entry removed meanwhile (another run pruning): the one written stays
  }
  return true;
}

/**
 * Loads the CommonJS bundle at `bundle` through the code cache (`v8Flags`: what the caller set with
 * v8.setFlagsFromString, part of the cache's name); returns its exports and `save()`,
 * which stores the compiled code (functions compiled while running included) when the cache was
 * missing or rejected — called once the run is over.
 */
export function loadWithCodeCache(bundle, env = process.env, v8Flags = '') {
  const st = fs.statSync(bundle);
  let dir;
  try {
    // VIRTLINT_CODE_CACHE=0: compiled as on a first run, nothing read or written (bin/virtlint.js
    // does not come here then; prebuilt/virtlint.js has only this script to run).
    dir = env.VIRTLINT_CODE_CACHE === '0' ? undefined : codeCacheDir(env);
  } catch {
    dir = undefined; // no home directory (os.homedir() fails): run without a cache
  }
  const name = cacheName(bundle, st, v8Flags);
  const cachedData = dir === undefined ? undefined : readCodeCache(dir, name);
  // ASCII only (scripts/bundle.mjs makes sure): read as Latin-1, without UTF-8 decoding.
  const source = fs.readFileSync(bundle, 'latin1');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __virtlintImport) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  // Configuration files, plugins and formatter modules (absolute URLs) are imported from here: the
  // script itself cannot import() (scripts/bundle.mjs routes its imports through this function).
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), importModule);
  const fresh = !cachedData || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    cacheHit: !fresh,
    save: () => (fresh && dir !== undefined ? writeCodeCache(dir, name, script.createCachedData()) : false),
  };
}
