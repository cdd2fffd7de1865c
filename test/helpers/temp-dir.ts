import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Directories made by tempDir() and not removed yet. */
const made = new Set<string>();
let exitHandler = false;

function removeAll(): void {
  for (const dir of made) removeTempDir(dir);
}

/** Removes a directory made here (and everything in it); one that is already gone is no error. */
export function removeTempDir(dir: string): void {
  made.delete(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (e) {
    // A test that took the permissions away (as another user) leaves it; say so rather than fail the run.
    process.stderr.write(`warning: could not remove the temporary directory ${dir}: ${(e as Error).message}\n`);
  }
}

/** Keeps a directory made by tempDir() when the process exits (what a failed test left, for a person to read). */
export function keepTempDir(dir: string): void {
  made.delete(dir);
}

/**
 * A fresh directory under the system's temporary directory (os.tmpdir(), so TMPDIR), whose name
 * starts with `prefix`. It is removed when the test process exits, whether its tests passed or failed
 * (an `exit` handler; a process killed by a signal keeps it); `removeTempDir` removes it earlier, and
 * `keepTempDir` keeps it.
 */
export function tempDir(prefix = 'virtlint-test-'): string {
  if (!exitHandler) process.once('exit', removeAll);
  exitHandler = true;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/**
 * A fresh directory for the current `describe`: made in a `before` hook registered now (so before
 * the suite's own hooks that come after this call) and removed in an `after` hook registered now
 * (mocha runs a suite's `after` hooks in the order they were registered: call this last, or after
 * the hooks that still use the directory, when an `after` hook of the suite needs it). The returned
 * function gives the directory's name in hooks and tests (not while the suite is declared).
 */
export function suiteTempDir(prefix: string): () => string {
  let dir: string | undefined;
  before(() => {
    dir = tempDir(prefix);
  });
  after(() => {
    if (dir !== undefined) removeTempDir(dir);
  });
  return () => {
    if (dir === undefined) throw new Error(`the temporary directory ${prefix}… is made in the suite's before hook, and asked for before it`);
    return dir;
  };
}

/**
 * `<dir>/run` (made, mode 0700) for a child's XDG_RUNTIME_DIR: VS Code (code-server) puts its IPC
 * sockets there, and in TMPDIR when it is unset, where nothing removes them. Short on purpose: a
 * socket's path must stay under 108 bytes.
 */
export function runtimeDir(dir: string): string {
  const run = path.join(dir, 'run');
  fs.mkdirSync(run, { mode: 0o700 });
  return run;
}
