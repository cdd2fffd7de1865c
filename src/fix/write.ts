import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TextEncoding } from '../xml/decode.js';
import { decodeBytes } from '../xml/decode.js';

/** What the file looked like when it was read, to refuse writing over a newer version. */
export interface ReadSnapshot {
  readonly text: string;
  readonly mtimeMs: number;
  readonly size: number;
}

export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Test seam: runs just before the temporary file replaces the original. */
export interface WriteHooks {
  readonly beforeRename?: (tempFile: string) => void;
}

/** Encodes text back to the file's own encoding (the byte-order mark of UTF-16 was stripped on reading). */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

const unchanged = (st: fs.Stats, snap: ReadSnapshot): boolean => st.mtimeMs === snap.mtimeMs && st.size === snap.size;

/**
 * Writes fixed text over a file atomically: a temporary file in the same directory is written,
 * fsynced and renamed over the original (keeping its mode), so a reader sees the old or the new
 * content, never a truncated one. Refuses when the file vanished, is read-only, or changed since
 * it was read.
 */
export function writeFileAtomically(file: string, text: string, encoding: TextEncoding, snapshot: ReadSnapshot, hooks: WriteHooks = {}): WriteOutcome {
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file); // write through a symbolic link, not over it
    st = fs.statSync(target);
  } catch {
    return { ok: false, reason: 'the file no longer exists' };
  }
  if (!st.isFile()) return { ok: false, reason: 'it is no longer a regular file' };
  if ((st.mode & 0o222) === 0) return { ok: false, reason: 'the file is read-only' };
  if (!unchanged(st, snapshot)) return { ok: false, reason: 'the file changed on disk since it was read' };
  const now = decodeBytes(fs.readFileSync(target));
  if (!now.ok || now.text !== snapshot.text) return { ok: false, reason: 'the file changed on disk since it was read' };

  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.virtlint-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', st.mode & 0o7777);
    const bytes = encodeText(text, encoding);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fchmodSync(fd, st.mode & 0o7777); // the umask may have narrowed the mode given to open
    if (process.getuid?.() === 0) {
      try {
        fs.fchownSync(fd, st.uid, st.gid);
      } catch {
        // best effort: ownership can only be kept by root
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    hooks.beforeRename?.(temp);
    const last = fs.statSync(target, { throwIfNoEntry: false });
    if (!last) throw new WriteRefused('the file no longer exists');
    if (!unchanged(last, snapshot)) throw new WriteRefused('the file changed on disk since it was read');
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    return { ok: false, reason: e instanceof WriteRefused ? e.message : `cannot write: ${(e as Error).message}` };
  }
  try {
    const dfd = fs.openSync(dir, 'r');
    fs.fsyncSync(dfd); // make the rename itself durable
    fs.closeSync(dfd);
  } catch {
    // some file systems refuse fsync on directories; the rename has happened
  }
  return { ok: true };
}

class WriteRefused extends Error {}
