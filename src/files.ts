import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from './types.js';
import { decodeBytes, type TextEncoding } from './xml/decode.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Fixed bounds for the files virtlint reads besides documents (docs/security.md#limits-and-their-flags). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_GRAMMAR_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_RESULT_CACHE_BYTES = 256 * 1024 * 1024;

/** A command-line input that could not be turned into files: a usage error (exit 2). */
export class InputError extends Error {}

const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands files, directories (→ every *.xml below, recursively) and glob patterns into a sorted,
 * de-duplicated list of paths. A named path that does not exist is an InputError.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob('**/*.xml', { cwd: abs, ignore: IGNORED_DIRS, absolute: true, dot: false, followSymbolicLinks: false });
      out.push(...found.sort());
    } else if (stat || fs.lstatSync(abs, { throwIfNoEntry: false })) {
      out.push(abs); // regular files, FIFOs, dangling links…: reported when read
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, ignore: IGNORED_DIRS, absolute: true });
      if (found.length === 0) throw new InputError(`No files match the pattern '${input}'`);
      out.push(...found.sort());
    } else {
      throw new InputError(`No such file or directory: ${input}`);
    }
  }
  return [...new Set(out.map((p) => path.normalize(p)))];
}

/** Why `readBoundedRegularFile` refused a path (`code` is an errno code for system errors). */
export class BoundedReadError extends Error {
  constructor(
    readonly file: string,
    readonly code: 'ESYMLINK' | 'ENOTREG' | 'EISDIR' | 'ETOOBIG' | string,
    /** Why, without the file name ("it is a directory"). */
    readonly reason: string,
    /** The size fstat reported, for ETOOBIG. */
    readonly size?: number,
  ) {
    super(`cannot read ${file}: ${reason}`);
  }
}

export interface BoundedReadOptions {
  /** Refuse a file larger than this many bytes (checked from fstat and again while reading). */
  readonly maxBytes: number;
  /** Whether a symbolic link as the last path component is followed (default false: refused). */
  readonly followSymlinks?: boolean;
}

const errnoText = (code: string | undefined, e: Error): string =>
  code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'a path component is not a directory' : code === 'ENAMETOOLONG' ? 'the name is too long' : code === 'ELOOP' ? 'too many symbolic links' : e.message;

/**
 * Reads a file that must be a regular file of at most `maxBytes`, without ever blocking or reading
 * without bound: the file is opened non-blocking (a FIFO cannot stall the open) and, unless
 * `followSymlinks`, with O_NOFOLLOW; the *opened* descriptor is then checked with fstat, so a path
 * swapped between a check and the open cannot slip through. At most maxBytes + 1 bytes are read.
 * Throws BoundedReadError naming the file and the reason.
 */
export function readBoundedRegularFile(file: string, options: BoundedReadOptions): Buffer {
  const { O_RDONLY, O_NONBLOCK, O_NOFOLLOW } = fs.constants;
  // A first look without opening: opening a device can itself have effects (a tape rewinds).
  let pre: fs.Stats | undefined;
  try {
    pre = options.followSymlinks ? fs.statSync(file) : fs.lstatSync(file);
  } catch {
    pre = undefined; // the open below names the problem
  }
  if (pre?.isSymbolicLink()) throw new BoundedReadError(file, 'ESYMLINK', 'it is a symbolic link, which is not followed here');
  if (pre?.isDirectory()) throw new BoundedReadError(file, 'EISDIR', 'it is a directory');
  if (pre && !pre.isFile()) throw new BoundedReadError(file, 'ENOTREG', 'not a regular file (FIFO, socket or device)');
  let fd: number;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK | (options.followSymlinks ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && !options.followSymlinks && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new BoundedReadError(file, 'ESYMLINK', 'it is a symbolic link, which is not followed here');
    }
    if (code === 'ENOENT' && options.followSymlinks && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new BoundedReadError(file, 'ENOENT', 'it is a symbolic link to a file that does not exist');
    }
    if (code === 'ENXIO') throw new BoundedReadError(file, 'ENOTREG', 'not a regular file (FIFO, socket or device)');
    throw new BoundedReadError(file, code ?? 'EIO', errnoText(code, e as Error));
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new BoundedReadError(file, 'EISDIR', 'it is a directory');
    if (!st.isFile()) throw new BoundedReadError(file, 'ENOTREG', 'not a regular file (FIFO, socket or device)');
    if (st.size > options.maxBytes) throw new BoundedReadError(file, 'ETOOBIG', `it is ${formatBytes(st.size)}, over the ${formatBytes(options.maxBytes)} limit`, st.size);
    // The file may grow while it is read: the buffer grows too, but never past maxBytes + 1.
    let buf = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, st.size + 1));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > options.maxBytes) throw new BoundedReadError(file, 'ETOOBIG', `it grew over the ${formatBytes(options.maxBytes)} limit while being read`);
        const bigger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, Math.max(64 * 1024, buf.length * 2)));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      let got: number;
      try {
        got = fs.readSync(fd, buf, n, buf.length - n, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new BoundedReadError(file, code ?? 'EIO', errnoText(code, e as Error));
      }
      if (got === 0) return buf.subarray(0, n);
      n += got;
    }
  } finally {
    fs.closeSync(fd);
  }
}

export type ReadOutcome =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const START = { line: 1, column: 1, offset: 0 };
const fileProblem = (ruleId: string, message: string): ReadOutcome => ({
  ok: false,
  diagnostic: { ruleId, severity: 'error', message, range: { start: START, end: START } },
});

/**
 * Reads a file for linting without ever blocking or exhausting memory: only regular files are
 * read, never more than the size limit. `followSymlinks` is true for a file the user named; a file
 * found by a directory walk or a glob is read with O_NOFOLLOW (a link swapped in after the walk is
 * refused, not followed).
 */
export function readDocument(filePath: string, maxBytes = DEFAULT_MAX_BYTES, followSymlinks = true): ReadOutcome {
  let bytes: Buffer;
  try {
    bytes = readBoundedRegularFile(filePath, { maxBytes, followSymlinks });
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    switch (e.code) {
      case 'EISDIR':
        return fileProblem('io/unreadable', `Cannot lint ${filePath}: it is a directory`);
      case 'ENOTREG':
        return fileProblem('io/unreadable', `Cannot lint ${filePath}: not a regular file (FIFO, socket or device)`);
      case 'ESYMLINK':
        return fileProblem('io/unreadable', `Cannot lint ${filePath}: it is a symbolic link found by a directory walk or glob, which virtlint does not follow (name the file to lint it)`);
      case 'ETOOBIG':
        return fileProblem('xml/too-large', `The file is ${e.size !== undefined ? `${formatBytes(e.size)}, ` : ''}over the ${formatBytes(maxBytes)} limit for one document (raise it with --max-file-size)`);
      default:
        return fileProblem('io/unreadable', `Cannot read ${filePath}: ${e.reason}`);
    }
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : decoded;
}

/** Reads standard input up to the limit (never more than limit + 1 bytes are kept). */
export async function readStdin(maxBytes = DEFAULT_MAX_BYTES, stream: NodeJS.ReadableStream = process.stdin): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      return fileProblem('xml/too-large', `Standard input is over the ${formatBytes(maxBytes)} limit for one document`);
    }
    chunks.push(buf);
  }
  const decoded = decodeBytes(Buffer.concat(chunks));
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : decoded;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
