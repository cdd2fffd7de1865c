import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globMatcher } from './config/glob.js';
import { DIAGNOSTIC_IDS } from './diagnostic-ids.js';
import type { Diagnostic } from './types.js';
import { decodeBytes, type TextEncoding } from './xml/decode.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Fixed bounds for the files virtlint reads besides documents (docs/security.md#limits-and-their-flags). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_GRAMMAR_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_RESULT_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * Every entry below `dir` (recursively, not through symbolic links to directories) that `accept`
 * takes, as sorted absolute paths. Throws when `dir` cannot be read.
 */
export function filesBelow(dir: string, accept: (entry: fs.Dirent) => boolean): string[] {
  const out: string[] = [];
  const walkDir = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walkDir(p);
      else if (accept(e)) out.push(p);
    }
  };
  walkDir(dir);
  return out.sort();
}

/** A command-line input that could not be turned into files: a usage error (exit 2). */
export class InputError extends Error {}

/** Directories never walked into. */
const IGNORED_DIR_NAMES = new Set(['node_modules', '.git']);

/** One file to lint, and whether the user named it (then a symbolic link is followed: their choice). */
export interface InputFile {
  readonly path: string;
  readonly explicit: boolean;
  /**
   * A walk or glob found it and readdir reported a regular file (not a link): it is opened without
   * a second look first (`readBoundedRegularFile`'s `seenRegular`). Never set for a named path.
   */
  readonly seenRegular?: boolean;
}

export interface ExpandedInputs {
  readonly files: readonly InputFile[];
  /** Paths a walk or glob found but does not lint (symbolic links), with why: shown by --verbose. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/** A path an input named or a walk found; `kind` is what the walk's readdir saw ('file' for a named path). */
interface Found {
  readonly path: string;
  readonly kind: 'file' | 'link' | 'other';
  readonly explicit: boolean;
}

const LINK_NOT_FOLLOWED = 'a symbolic link found by a directory walk or glob is not followed (name it to lint it)';

/**
 * `dir`/`name` for a directory path that is already normalized (path.resolve's output or built by
 * this function) and an entry name from readdir (no separator, never '.' or '..'): what path.join
 * returns, without normalizing the whole path again for each of thousands of entries.
 */
const childPath = (dir: string, name: string): string => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/**
 * Walks `base` (never following symbolic links, skipping dot-entries, node_modules and .git) and
 * yields every entry but directories, plus directories whose name `wanted` accepts (a directory
 * named vm.xml is reported, not silently dropped). `maxDepth` bounds how deep a pattern can reach.
 */
function walk(base: string, wanted: (rel: string) => boolean, maxDepth: number, out: Found[]): void {
  const stack: { dir: string; rel: string; depth: number }[] = [{ dir: base, rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { dir, rel, depth } = stack.pop() as { dir: string; rel: string; depth: number };
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // A directory that cannot be listed (EACCES, a path over PATH_MAX below a deep tree) hides
      // files: it becomes a result of its own (io/unreadable), not a silent gap in a green run.
      // One that vanished during the walk (ENOENT, ENOTDIR) had nothing left to lint; one whose name
      // is not UTF-8 is there, and cannot be reached by the name Node gave it (notUtf8Name).
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || (code === 'ENOENT' && notUtf8Name(dir))) out.push({ path: dir, kind: 'other', explicit: false });
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = childPath(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        // A directory is reported only when named like a document (vms/**: the files, not the folders).
        if (e.name.toLowerCase().endsWith('.xml') && wanted(r)) out.push({ path: abs, kind: 'other', explicit: false });
        if (!IGNORED_DIR_NAMES.has(e.name) && depth + 1 < maxDepth) stack.push({ dir: abs, rel: r, depth: depth + 1 });
      } else if (wanted(r)) {
        // readdir's entry type (d_type; Node lstats the entry itself where the file system gives
        // DT_UNKNOWN), a look at the entry that does not open it: 'file' is what the reader trusts.
        out.push({ path: abs, kind: e.isSymbolicLink() ? 'link' : e.isFile() ? 'file' : 'other', explicit: false });
      }
    }
  }
}

/**
 * Whether a path is a glob pattern: tinyglobby's isDynamicPattern, written out — importing tinyglobby
 * (and fdir with it) cost a one-file run several milliseconds for this one test.
 */
export function isDynamicPattern(pattern: string): boolean {
  const scan = picomatch.scan(pattern);
  return scan.isGlob || scan.negated;
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Appends one by one: push(...listed) overflows the stack with a few hundred thousand files. */
const appendSorted = (found: Found[], listed: Found[]): void => {
  listed.sort(byPath);
  for (const f of listed) found.push(f);
};

/** The leading path segments of a glob that contain no pattern characters, and the rest. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !isDynamicPattern(parts[i] as string)) i++;
  return { base: parts.slice(0, i).join('/') || (pattern.startsWith('/') ? '/' : '.'), rest: parts.slice(i).join('/') };
}

/**
 * Expands files, directories (→ every *.xml below, recursively, any case: *.XML too) and glob
 * patterns into a sorted, de-duplicated list of files. A named path is linted as named (a symbolic
 * link too, a FIFO is then reported); what a walk or a glob finds is never followed through a
 * symbolic link. A named path that does not exist and matches nothing is an InputError.
 */
export async function expandInputsDetailed(inputs: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const found: Found[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const listed: Found[] = [];
      // *.XML too: files copied from Windows tools keep upper-case extensions.
      walk(abs, (rel) => rel.toLowerCase().endsWith('.xml'), Infinity, listed);
      appendSorted(found, listed);
    } else if (stat || lstatReaches(abs, input)) {
      found.push({ path: abs, kind: 'file', explicit: true }); // regular files, FIFOs, dangling links…: reported when read
    } else if (isDynamicPattern(input)) {
      const { base, rest } = splitGlob(input.split(path.sep).join('/'));
      // Bounded time against any name the walk finds (a pull request chooses them): src/config/glob.ts.
      const match = globMatcher(rest, { dot: false });
      const depth = rest.includes('**') ? Infinity : rest.split('/').length;
      const listed: Found[] = [];
      walk(path.resolve(cwd, base), match, depth, listed);
      if (listed.length === 0) throw new InputError(`No files match the pattern '${input}'`);
      appendSorted(found, listed);
    } else {
      throw new InputError(`No such file or directory: ${input}${notUtf8Name(abs) ? ` (${NOT_UTF8_NAME})` : ''}`);
    }
  }
  const files = new Map<string, InputFile>();
  const skipped = new Map<string, string>();
  for (const f of found) {
    const p = f.path; // normalized already: path.resolve's output, or childPath's below it
    if (f.kind === 'link' && !f.explicit) {
      if (!files.has(p)) skipped.set(p, LINK_NOT_FOLLOWED);
      continue;
    }
    skipped.delete(p);
    // Named explicitly anywhere wins (then a link is followed); the first position is kept.
    const seen = files.get(p);
    if (!seen) files.set(p, f.explicit ? { path: p, explicit: true } : f.kind === 'file' ? { path: p, explicit: false, seenRegular: true } : { path: p, explicit: false });
    else if (f.explicit && !seen.explicit) files.set(p, { path: p, explicit: true });
  }
  return { files: [...files.values()], skipped: [...skipped].map(([p, reason]) => ({ path: p, reason })) };
}

/**
 * Whether a named path that stat could not follow is still something to report on: it exists (a
 * dangling link, say), or lstat failed otherwise than "no such file" (EACCES, ENOTDIR, ENAMETOOLONG
 * — these ended the run as an internal error), unless it is a glob, which is then walked.
 */
function lstatReaches(abs: string, input: string): boolean {
  try {
    return fs.lstatSync(abs, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT' && !isDynamicPattern(input);
  }
}

/** The paths of `expandInputsDetailed` (kept for API callers). */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  return (await expandInputsDetailed(inputs, cwd)).files.map((f) => f.path);
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
  /**
   * The caller has just looked at the path without opening it or following a link, and saw a
   * regular file: a directory walk's readdir entry type. The look before the open is then skipped
   * (it would be the same look again). Ignored when `followSymlinks` (the walk saw a link's own type).
   */
  readonly seenRegular?: boolean;
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
  // A first look without opening: opening a device can itself have effects (a tape rewinds). A
  // walk's readdir made that look already (`seenRegular`): like this one, it is a look before the
  // open that a file swapped in afterwards escapes; either way O_NOFOLLOW refuses a link, and the
  // fstat below a FIFO (opened non-blocking: no wait) or a device (docs/security.md#files-virtlint-reads).
  if (!options.seenRegular || options.followSymlinks) lookBeforeOpening(file, options.followSymlinks === true);
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
      // The size fstat gave, in a read asked for one byte more: the end, without a read that
      // returns 0 to say so. A file still growing was read as it was at the fstat, a snapshot like
      // any other; one that grew before the read fills the buffer and is read on to its end.
      if (n === st.size && n < buf.length) return buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses a path that is not a regular file, looking without opening it (`readBoundedRegularFile`). */
function lookBeforeOpening(file: string, followSymlinks: boolean): void {
  let pre: fs.Stats | undefined;
  try {
    pre = followSymlinks ? fs.statSync(file) : fs.lstatSync(file);
  } catch {
    return; // the open names the problem
  }
  if (pre.isSymbolicLink()) throw new BoundedReadError(file, 'ESYMLINK', 'it is a symbolic link, which is not followed here');
  if (pre.isDirectory()) throw new BoundedReadError(file, 'EISDIR', 'it is a directory');
  if (!pre.isFile()) throw new BoundedReadError(file, 'ENOTREG', 'not a regular file (FIFO, socket or device)');
}

export type ReadOutcome =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const START = { line: 1, column: 1, offset: 0 };
const fileProblem = (ruleId: string, message: string): { readonly ok: false; readonly diagnostic: Diagnostic } => ({
  ok: false,
  diagnostic: { ruleId, severity: 'error', message, range: { start: START, end: START } },
});

/** The bytes of a document, or why it cannot be linted (a diagnostic on the file). */
export type BytesOutcome = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * Reads a document's bytes without ever blocking or exhausting memory: only regular files are
 * read, never more than the size limit. `followSymlinks` is true for a file the user named; a file
 * found by a directory walk or a glob is read with O_NOFOLLOW (a link swapped in after the walk is
 * refused, not followed). `seenRegular`: the walk's readdir saw a regular file (InputFile).
 */
export function readDocumentBytes(filePath: string, maxBytes = DEFAULT_MAX_BYTES, followSymlinks = true, seenRegular = false): BytesOutcome {
  try {
    return { ok: true, bytes: readBoundedRegularFile(filePath, { maxBytes, followSymlinks, seenRegular }) };
  } catch (e) {
    if (!(e instanceof BoundedReadError)) throw e;
    switch (e.code) {
      case 'EISDIR': {
        const unlisted = whyNotListable(filePath);
        return fileProblem(
          DIAGNOSTIC_IDS.ioUnreadable,
          unlisted ? `Cannot read the directory ${filePath}: ${unlisted}; the files in it were not linted` : `Cannot lint ${filePath}: it is a directory`,
        );
      }
      case 'ENOTREG':
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: not a regular file (FIFO, socket or device)`);
      case 'ESYMLINK':
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: it is a symbolic link found by a directory walk or glob, which virtlint does not follow (name the file to lint it)`);
      case 'ETOOBIG':
        return fileProblem(DIAGNOSTIC_IDS.xmlTooLarge, `The file is ${e.size !== undefined ? `${formatBytes(e.size)}, ` : ''}over the ${formatBytes(maxBytes)} limit for one document (raise it with --max-file-size)`);
      default:
        return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot read ${filePath}: ${e.code === 'ENOENT' && notUtf8Name(filePath) ? NOT_UTF8_NAME : e.reason}`);
    }
  }
}

const NOT_UTF8_NAME = 'its name is not valid UTF-8, and virtlint reads names as UTF-8: it cannot open it, nor anything in it, by that name (rename it)';

/**
 * Whether a path that could not be found was made from a name that is not UTF-8: Node reads names
 * as UTF-8, each bad byte becomes U+FFFD, and the path no longer names the file ("no such file" for
 * a file right there). Looked up only after such a failure: an entry of the directory, read as
 * bytes, that decodes to this name but is not its UTF-8.
 */
function notUtf8Name(file: string): boolean {
  const name = path.basename(file);
  if (!name.includes('\uFFFD')) return false;
  try {
    const utf8 = Buffer.from(name, 'utf8');
    return fs.readdirSync(path.dirname(file), { encoding: 'buffer' }).some((e) => e.toString('utf8') === name && !e.equals(utf8));
  } catch {
    return false;
  }
}

/** Why a directory cannot be listed (a walk reports such a directory as a result of its own), or undefined. */
function whyNotListable(dir: string): string | undefined {
  try {
    fs.opendirSync(dir).closeSync();
    return undefined;
  } catch (e) {
    return errnoText((e as NodeJS.ErrnoException).code, e as Error);
  }
}

/** Reads a document for linting (`readDocumentBytes`) and decodes it. */
export function readDocument(filePath: string, maxBytes = DEFAULT_MAX_BYTES, followSymlinks = true, seenRegular = false): ReadOutcome {
  const read = readDocumentBytes(filePath, maxBytes, followSymlinks, seenRegular);
  return read.ok ? decodeBytes(read.bytes) : read;
}

/**
 * Standard input as read: its text, or why it cannot be linted, and in both cases the bytes read, so
 * a filter (`--stdin --fix`) can print back a document it could not or did not change exactly as it
 * came. `rest`, with `keepRest` only: reading stopped at the size limit, and this reads the rest of
 * the input (the caller drains it, or ends it with `return()`); without `keepRest`, the rest is
 * never read (the input is closed).
 */
export type StdinOutcome =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly bytes: Buffer }
  | { readonly ok: false; readonly diagnostic: Diagnostic; readonly bytes: Buffer; readonly rest?: AsyncIterator<Buffer> };

/** Reads standard input up to the limit (never more than limit + one chunk of bytes are kept). */
export async function readStdin(maxBytes = DEFAULT_MAX_BYTES, stream: NodeJS.ReadableStream = process.stdin, keepRest = false): Promise<StdinOutcome> {
  // `virtlint - < dir`: reading a directory fails, and Node's stream for it simply ends — an empty
  // document ("must contain a root element") rather than the reason.
  if (stream === process.stdin && stdinIsDirectory()) return { ...fileProblem(DIAGNOSTIC_IDS.ioUnreadable, 'Cannot read standard input: it is a directory'), bytes: Buffer.alloc(0) };
  const chunks: Buffer[] = [];
  let size = 0;
  // By hand rather than `for await`, whose early exit would close the input a filter still passes on.
  const input = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  for (let next = await input.next(); !next.done; next = await input.next()) {
    const buf = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    size += buf.length;
    chunks.push(buf);
    if (size > maxBytes) {
      const problem = fileProblem(DIAGNOSTIC_IDS.xmlTooLarge, `Standard input is over the ${formatBytes(maxBytes)} limit for one document`);
      if (!keepRest) {
        await input.return?.();
        return { ...problem, bytes: Buffer.concat(chunks) };
      }
      return { ...problem, bytes: Buffer.concat(chunks), rest: input as AsyncIterator<Buffer> };
    }
  }
  const bytes = Buffer.concat(chunks);
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding, bytes } : { ...decoded, bytes };
}

function stdinIsDirectory(): boolean {
  try {
    return fs.fstatSync(0).isDirectory();
  } catch {
    return false; // closed: read as empty
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} bytes`;
}
