/**
 * What a document's saved file says about its encoding. The editor sends text it decoded itself (a
 * file saved as UTF-16 arrives as ordinary text), so the lint of that text alone cannot see what
 * libvirt and the command line see in the bytes: the server reads the file, with the command line's
 * reader and decoder, and lints the editor's text as the command line lints the file's.
 *
 * A file over the size limit is not read, as the command line reads none: it gets the command line's
 * `xml/too-large`, alone, whatever the size of the editor's text (a UTF-16 file takes two bytes a
 * character, about twice the UTF-8 text the editor holds), until it is saved under the limit.
 *
 * The file is read when a document is first checked and after it is saved, not on every change: the
 * verdict is kept per document with the file's identity and times (`stat`), which each check looks at
 * again (a look, not a read), so a file replaced on disk is read again at the next check.
 */
import fs from 'node:fs';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { BoundedReadError, formatBytes, readBoundedRegularFile } from '../files.js';
import type { Diagnostic } from '../types.js';
import { decodeOnly, type TextEncoding } from '../xml/decode.js';

/** The saved file's encoding, the command line's refusal of the file (its bytes, its size), or why it was not read. */
export type SavedEncoding =
  | { readonly encoding: TextEncoding }
  /**
   * What the command line reports alone on the file: bytes it cannot decode (UTF-32, invalid UTF-8…:
   * `xml/encoding`), or a file over the size limit, not read (`xml/too-large`).
   */
  | { readonly refused: Diagnostic }
  /** Gone, not a regular file, unreadable: the editor's text is linted as before. */
  | { readonly unread: string };

interface Entry {
  readonly stamp: string;
  readonly saved: SavedEncoding;
}

/** What a verdict changes in a check: two verdicts with the same key check a text alike. */
export function effectOf(saved: SavedEncoding | undefined): string {
  if (saved === undefined || 'unread' in saved) return 'utf-8';
  return 'encoding' in saved ? saved.encoding : `refused: ${saved.refused.message}`;
}

export class SavedEncodings {
  private readonly byUri = new Map<string, Entry>();

  /** `maxBytes`: the largest file read (the server's maxFileSize, the command line's limit). */
  constructor(private readonly maxBytes: () => number) {}

  /** The last verdict for a document, without looking at its file (undefined before its first check). */
  last(uri: string): SavedEncoding | undefined {
    return this.byUri.get(uri)?.saved;
  }

  /**
   * The verdict for the file as it is now: the one kept for the document while the file's `stat`
   * is unchanged, otherwise (and always when `reread`: a save) read. The file is read as a file
   * named on the command line is: a link followed, only a regular file, never more than the limit
   * plus one byte, a FIFO never opened.
   */
  of(uri: string, file: string, reread = false): SavedEncoding {
    const stamp = stampOf(file, this.maxBytes());
    const kept = this.byUri.get(uri);
    // A save rewrites the file, maybe within the file system's clock tick and at the same size: read it anyway.
    if (kept?.stamp === stamp && !reread) return kept.saved;
    const saved = stamp.startsWith('!') ? { unread: stamp.slice(1) } : read(file, this.maxBytes());
    this.byUri.set(uri, { stamp, saved });
    return saved;
  }

  /** A document closed: its verdict goes with it. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/** The file's identity, size and times (and the limit), or '!' and why it cannot be looked at. */
function stampOf(file: string, maxBytes: number): string {
  let st: fs.BigIntStats;
  try {
    st = fs.statSync(file, { bigint: true });
  } catch (e) {
    return `!${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
  return `${st.dev}:${st.ino}:${st.mode}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${maxBytes}`;
}

function read(file: string, maxBytes: number): SavedEncoding {
  let bytes: Buffer;
  try {
    bytes = readBoundedRegularFile(file, { maxBytes, followSymlinks: true });
  } catch (e) {
    if (e instanceof BoundedReadError && e.code === 'ETOOBIG') return { refused: tooLarge(e.size, maxBytes) };
    return { unread: e instanceof BoundedReadError ? e.reason : (e as Error).message };
  }
  const decoded = decodeOnly(bytes);
  return decoded.ok ? { encoding: decoded.encoding } : { refused: decoded.diagnostic };
}

/** The command line's xml/too-large of a file (src/files.ts), the limit named as the editor's setting. */
function tooLarge(size: number | undefined, maxBytes: number): Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  const message = `The file is ${size !== undefined ? `${formatBytes(size)}, ` : ''}over the ${formatBytes(maxBytes)} limit for one document (raise it with the maxFileSize setting)`;
  return { ruleId: DIAGNOSTIC_IDS.xmlTooLarge, severity: 'error', message, range: { start: at, end: at } };
}
