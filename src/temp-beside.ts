import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The temporary file's path beside `target`, made unique by `random` (each writer has its own pattern). */
export type TempName = (target: string, random: string) => string;

/** The longest file name most file systems take (NAME_MAX), in bytes. */
const NAME_MAX = 255;

/**
 * `prefix + name + suffix` as a file name of at most NAME_MAX bytes: `name` is cut (between
 * characters) to make room. A temporary name is the target's with more around it, so a target named
 * near the limit (a 240-byte name) could never be fixed or replaced (ENAMETOOLONG).
 */
export function fitName(prefix: string, name: string, suffix: string): string {
  let room = NAME_MAX - Buffer.byteLength(prefix) - Buffer.byteLength(suffix);
  if (Buffer.byteLength(name) <= room) return prefix + name + suffix;
  let kept = '';
  for (const ch of name) {
    room -= Buffer.byteLength(ch);
    if (room < 0) break;
    kept += ch;
  }
  return prefix + kept + suffix;
}

/** `TARGET.PID-RANDOM.tmp`: the report's and the result cache's temporary files (the name cut to fit). */
export const tempNameBeside: TempName = (target, random) => path.join(path.dirname(target), fitName('', path.basename(target), `.${process.pid}-${random}.tmp`));

/** What `finish` does before the file is closed. */
export interface FinishOptions {
  /** Permissions to set (the umask narrowed those given at creation). */
  readonly mode?: number;
  /** Owner to keep, best effort (only root can give a file away). */
  readonly owner?: { readonly uid: number; readonly gid: number };
  /** Flush the data to the disk before the rename (a crash then leaves the old file or the whole new one). */
  readonly fsync?: boolean;
}

/**
 * A file written beside its target under a temporary name and renamed over it in one step, so that
 * a reader sees the old content or the new, never part of one. The temporary file is always a new
 * file (O_EXCL) and never reached through a symbolic link (O_NOFOLLOW); `discard` removes it.
 */
export class TempBeside {
  private fd: number | undefined;

  private constructor(
    /** Where the temporary file is (for a last look before the rename). */
    readonly path: string,
    private readonly target: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Creates the temporary file (with `mode`, narrowed by the umask); throws what open throws. */
  static create(target: string, name: TempName, mode: number): TempBeside {
    const temp = name(target, crypto.randomBytes(4).toString('hex'));
    const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
    return new TempBeside(temp, target, fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode));
  }

  /** Appends text (as UTF-8) or bytes, all of them (a write may take only part). */
  write(data: string | Uint8Array): void {
    const fd = this.open();
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
  }

  /** Sets what the options ask for and closes the file; the rename is left to `replaceTarget`. */
  finish(o: FinishOptions = {}): void {
    const fd = this.open();
    if (o.owner) {
      try {
        fs.fchownSync(fd, o.owner.uid, o.owner.gid);
      } catch {
        try {
          // Not root: the group alone, which a member of it may give (the owner stays the writer).
          fs.fchownSync(fd, -1, o.owner.gid);
        } catch {
          // best effort: ownership can only be kept by root
        }
      }
    }
    // After fchown, which clears the set-user-ID and set-group-ID bits: the mode asked for is kept whole.
    if (o.mode !== undefined) fs.fchmodSync(fd, o.mode);
    if (o.fsync) fs.fsyncSync(fd);
    fs.closeSync(fd);
    this.fd = undefined;
  }

  /** Renames the finished file over the target. */
  replaceTarget(): void {
    fs.renameSync(this.path, this.target);
  }

  /** Closes and removes the temporary file (after a failure; nothing once it was renamed). */
  discard(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    fs.rmSync(this.path, { force: true });
  }

  private open(): number {
    if (this.fd === undefined) throw new Error(`${this.path}: already closed`);
    return this.fd;
  }
}
