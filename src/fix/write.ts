import fs from 'node:fs';
import path from 'node:path';
import type { TextEncoding } from '../xml/decode.js';
import { decodeBytes } from '../xml/decode.js';
import { readBoundedRegularFile } from '../files.js';
import { fitName, TempBeside, type TempName } from '../temp-beside.js';
import { isInside } from '../path-inside.js';

/** What the file looked like when it was read, to refuse writing over a newer version. */
export interface ReadSnapshot {
  readonly text: string;
  readonly mtimeMs: number;
  readonly size: number;
}

export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The one refusal that running --fix again can overcome (the others — a link, a read-only file… — stay). */
export const CHANGED_ON_DISK = 'the file changed on disk since it was read';

/** Test seam: runs just before the temporary file replaces the original. */
export interface WriteHooks {
  readonly beforeRename?: (tempFile: string) => void;
  /** Runs just after the rename, before bytes appended to the replaced file meanwhile are carried over. */
  readonly afterRename?: () => void;
}

/** Temporary files of --fix: `.NAME.virtlint-PID-RANDOM.tmp` (hidden, and known to removeStaleTempFiles by TEMP_NAME). */
const fixTempName: TempName = (target, random) => path.join(path.dirname(target), fitName('.', path.basename(target), `.virtlint-${process.pid}-${random}.tmp`));
const TEMP_NAME = /^\..+\.virtlint-(\d+)-[0-9a-f]{8}\.tmp$/;
const cleanedDirs = new Set<string>();

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
};

/**
 * Removes temporary files that an earlier --fix left behind when it was killed (kill -9): only
 * regular files named like ours, owned by this user, whose process is gone. Once per directory per run.
 */
export function removeStaleTempFiles(dir: string): string[] {
  if (cleanedDirs.has(dir)) return [];
  cleanedDirs.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    const p = path.join(dir, name);
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st?.isFile() || (uid !== undefined && st.uid !== uid)) continue;
    try {
      fs.unlinkSync(p);
      removed.push(p);
    } catch {
      // someone else's business after all
    }
  }
  return removed;
}

/** Reads `length` bytes at `position` from an open file. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let n = 0;
  while (n < length) {
    const got = fs.readSync(fd, buf, n, length - n, position + n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

/** Encodes text back to the file's own encoding (the byte-order mark of UTF-16 was stripped on reading). */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

const unchanged = (st: fs.Stats, snap: ReadSnapshot): boolean => st.mtimeMs === snap.mtimeMs && st.size === snap.size;


/** Where fixes may be written: the linted roots (files and directories as named). */
export interface WriteLimits {
  /** A file is written only if it is one of these or its real directory is inside one (resolved at write time). */
  readonly roots?: readonly string[];
}

/** Why `file` may not be written given the linted roots, or undefined when it may (checked on real paths). */
function outsideRoots(file: string, realDir: string, roots: readonly string[] | undefined): string | undefined {
  if (!roots) return undefined;
  const lexical = path.resolve(file);
  for (const root of roots) {
    const r = path.resolve(root);
    if (lexical === r) return undefined; // the file the user named
    let real: string;
    try {
      real = fs.realpathSync(r);
    } catch {
      continue;
    }
    if (fs.statSync(real, { throwIfNoEntry: false })?.isDirectory() && isInside(realDir, real)) return undefined;
  }
  return 'it is outside the files and directories being linted';
}

/**
 * What the replacement (a new file renamed over the old one) would take from a file that writing in
 * place would not, as a refusal; undefined when nothing. A directory one may write lets one replace a
 * file one may not write, or someone else's file (which would become one's own); and a file with
 * several names (hard links) would keep the old text under the others.
 */
function whatReplacingLoses(file: string, st: fs.Stats): string | undefined {
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    return 'you may not write to the file (only replace it, as the directory allows)';
  }
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && st.uid !== uid) return `it is owned by another user (${st.uid}), and replacing it would make it yours`;
  if (st.nlink > 1) return `it has ${st.nlink} names (hard links), and replacing it would leave the old text under the others`;
  return undefined;
}

/** The file's bytes, read again without following a symbolic link (undefined when unreadable). */
function currentText(file: string, limit: number): string | undefined {
  try {
    const now = decodeBytes(readBoundedRegularFile(file, { maxBytes: limit, followSymlinks: false }));
    return now.ok ? now.text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes fixed text over a file atomically: a temporary file in the same directory is written,
 * fsynced and renamed over the original (keeping its mode), so a reader sees the old or the new
 * content, never a truncated one. Refuses when the file vanished, is read-only, changed since it
 * was read, is (or became) a symbolic link, or lies outside the linted roots: these are checked on
 * the real path when writing, and the identity, size, time and content once more just before the rename.
 */
export function writeFileAtomically(file: string, text: string, encoding: TextEncoding, snapshot: ReadSnapshot, hooks: WriteHooks = {}, limits: WriteLimits = {}): WriteOutcome {
  let st: fs.Stats;
  let realDir: string;
  try {
    st = fs.lstatSync(file);
    realDir = fs.realpathSync(path.dirname(path.resolve(file)));
  } catch {
    return { ok: false, reason: 'the file no longer exists' };
  }
  if (st.isSymbolicLink()) return { ok: false, reason: 'it is a symbolic link, and --fix never writes through one' };
  if (!st.isFile()) return { ok: false, reason: 'it is no longer a regular file' };
  const outside = outsideRoots(file, realDir, limits.roots);
  if (outside) return { ok: false, reason: outside };
  if ((st.mode & 0o222) === 0) return { ok: false, reason: 'the file is read-only' };
  const kept = whatReplacingLoses(file, st);
  if (kept) return { ok: false, reason: kept };
  if (!unchanged(st, snapshot)) return { ok: false, reason: CHANGED_ON_DISK };
  const limit = Math.max(st.size, snapshot.size) + 1;
  if (currentText(file, limit) !== snapshot.text) return { ok: false, reason: CHANGED_ON_DISK };

  const target = path.join(realDir, path.basename(file));
  removeStaleTempFiles(realDir);
  let temp: TempBeside | undefined;
  let oldFd: number | undefined;
  try {
    try {
      temp = TempBeside.create(target, fixTempName, st.mode & 0o7777);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Not the temporary file's random name: what stops it (a file of its own beside the original).
      if (code === 'EACCES' || code === 'EROFS') throw new WriteRefused(`its directory is ${code === 'EROFS' ? 'on a read-only file system' : 'not writable by you'}, and --fix writes a new file beside it`);
      throw e;
    }
    temp.write(encodeText(text, encoding));
    // The umask may have narrowed the mode given to open; ownership can only be kept by root.
    // The owner is kept by root; anyone may keep the group when a member of it (fchown to one's own uid).
    temp.finish({ mode: st.mode & 0o7777, owner: { uid: st.uid, gid: st.gid }, fsync: true });
    if (fs.lstatSync(temp.path).gid !== st.gid) throw new WriteRefused(`replacing it would change its group (${st.gid}), of which you are not a member`);
    hooks.beforeRename?.(temp.path);
    // Last look, as close to the rename as we can, through a descriptor kept open across it: the same
    // file (not a link swapped in), with the same size, time and content as when it was read.
    const lst = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!lst) throw new WriteRefused('the file no longer exists');
    if (lst.isSymbolicLink()) throw new WriteRefused('it became a symbolic link, and --fix never writes through one');
    try {
      oldFd = fs.openSync(target, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    } catch {
      throw new WriteRefused(CHANGED_ON_DISK);
    }
    const last = fs.fstatSync(oldFd);
    if (last.ino !== st.ino || last.dev !== st.dev || !unchanged(last, snapshot)) throw new WriteRefused(CHANGED_ON_DISK);
    const now = decodeBytes(readAt(oldFd, 0, limit));
    if (!now.ok || now.text !== snapshot.text) throw new WriteRefused(CHANGED_ON_DISK);
    temp.replaceTarget();
    temp = undefined;
    hooks.afterRename?.();
    // A writer that opened the old file before the rename may append to it after our last look:
    // carry such bytes over to the end of the new file rather than lose them.
    const grown = fs.fstatSync(oldFd).size - snapshot.size;
    if (grown > 0) {
      const tail = readAt(oldFd, snapshot.size, grown);
      const out = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_NOFOLLOW);
      try {
        fs.writeSync(out, tail);
      } finally {
        fs.closeSync(out);
      }
    }
    fs.closeSync(oldFd);
    oldFd = undefined;
  } catch (e) {
    temp?.discard();
    if (oldFd !== undefined) fs.closeSync(oldFd);
    return { ok: false, reason: e instanceof WriteRefused ? e.message : `cannot write: ${(e as Error).message}` };
  }
  try {
    const dfd = fs.openSync(realDir, 'r');
    fs.fsyncSync(dfd); // make the rename itself durable
    fs.closeSync(dfd);
  } catch {
    // some file systems refuse fsync on directories; the rename has happened
  }
  return { ok: true };
}

class WriteRefused extends Error {}
