import fs from 'node:fs';
import path from 'node:path';
import { InputError } from './files.js';
import { makeDirectories } from './make-directories.js';
import { isInside } from './path-inside.js';
import { TempBeside, tempNameBeside } from './temp-beside.js';

/**
 * Where a run writes its report, part by part as the files are linted. A failed write (a full disk,
 * a closed pipe) never throws: later parts are dropped and `close` returns the error, so the run
 * still ends (--fix still writes every file) and the caller reports it once.
 */
export interface ReportOutput {
  /** Writes one part; resolves when the output can take more (a slow reader holds the run back). */
  write(part: string): Promise<void>;
  /** Writes the last part and ends the report; resolves to the first error, if any write failed. */
  close(last: string): Promise<Error | undefined>;
  /**
   * The run ended early (exit 2). A file's temporary report is removed (the previous report stays);
   * a stream (or a device) gets the parts gathered so far, so that it holds every file handed on,
   * and true is returned when part of a report stays written there: the caller says it is incomplete.
   */
  abort(): boolean;
}

/** Resolves when `out` takes writes again (or can take none: an error, closed). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('error', done);
    out.on('close', done);
  });
}

/**
 * Parts are gathered up to this size before a write (one write per file cost ~30 ms of CPU over
 * 5,000 files); a terminal gets each part at once, for the person watching.
 */
const GATHER_BYTES = 16 * 1024;

/** A report on a stream (standard output, or standard error for `--stdin --fix`). */
export function streamOutput(out: NodeJS.WritableStream, isTTY = false): ReportOutput {
  let gathered = '';
  let failure: Error | undefined;
  /** Waiting for the last write: called on an error too (a failed stream may never call back). */
  let onFailure: (() => void) | undefined;
  // Kept: a stream that failed once may emit more errors, which must not crash the process.
  out.on('error', (e: Error) => {
    failure ??= e;
    onFailure?.();
  });
  // One callback for every write: a closure per write would keep its part alive as long as it is.
  const written = (e?: Error | null): void => {
    if (e) failure ??= e;
  };
  let begun = false;
  return {
    async write(part) {
      if (failure || part === '') return;
      begun = true;
      gathered += part;
      if (!isTTY && gathered.length < GATHER_BYTES) return;
      const chunk = gathered;
      gathered = '';
      if (!out.write(chunk, written) && !failure) await drained(out);
    },
    async close(last) {
      // Always one last write (possibly empty), as when the report was written at once: its callback
      // says whether everything before it reached the stream.
      const chunk = gathered + last;
      gathered = '';
      if (!failure) {
        await new Promise<void>((resolve) => {
          onFailure = resolve;
          out.write(chunk, (e) => {
            written(e);
            resolve();
          });
        });
      }
      onFailure = undefined;
      return failure;
    },
    abort() {
      if (!failure && gathered !== '') out.write(gathered, written);
      gathered = '';
      return begun;
    },
  };
}

/** Whether `file` exists and is not a regular file (through links): a report is written through it. */
function isDevice(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === false;
  } catch {
    return false;
  }
}

/**
 * Where `file` really is: every symbolic link on its path followed, a dangling one's target (and missing
 * directories) as written. Not path-inside.ts's realPathOfExisting (where a read goes): opening a dangling
 * link for writing creates its target, so that is what is checked; a non-directory on the way (ENOTDIR)
 * throws, and the caller leaves the error to the open.
 */
function realTarget(file: string): string {
  let cur = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    // The deepest part of the path that exists, really; the rest as written.
    let existing = cur;
    let rest = '';
    while (!fs.lstatSync(existing, { throwIfNoEntry: false }) && path.dirname(existing) !== existing) {
      rest = rest === '' ? path.basename(existing) : path.join(path.basename(existing), rest);
      existing = path.dirname(existing);
    }
    const st = fs.lstatSync(existing, { throwIfNoEntry: false });
    if (!st?.isSymbolicLink() || fs.statSync(existing, { throwIfNoEntry: false })) return path.join(fs.realpathSync(existing), rest);
    // A dangling link (its target missing): where opening it would create the file.
    cur = path.join(path.resolve(fs.realpathSync(path.dirname(existing)), fs.readlinkSync(existing)), rest);
  }
  return cur;
}

/** How a refusal names what is written and the option that named the file (`virtlint caps -o` writes a profile). */
export interface OutputNaming {
  readonly option: string;
  readonly what: string;
}

const REPORT: OutputNaming = { option: '--output-file', what: 'a report' };

/**
 * Refuses (InputError: exit 2, before anything is linted) a report path inside `base` (the working
 * directory: in CI, the checkout of a pull request) that symbolic links lead out of it. A pull request
 * can commit `report.xml` as a link to `~/.bashrc`, to a path that does not exist yet, or to
 * `/dev/sda`, or `reports/` as a link to `~/.ssh`: `virtlint -f junit -o report.xml .` then replaced that
 * file, created one there, or wrote the report onto the disk. A path named outside `base` (`/dev/stdout`,
 * `/tmp/report.json`) is the user's own choice, links included; links that stay inside `base` are followed.
 */
export function refuseLinkOutOfBase(file: string, base: string = process.cwd(), naming: OutputNaming = REPORT): void {
  const lexical = path.resolve(base, file);
  const root = path.resolve(base);
  if (!isInside(lexical, root)) return;
  let real: string;
  let realRoot: string;
  try {
    real = realTarget(lexical);
    realRoot = fs.realpathSync(root);
  } catch {
    return; // a path that cannot be resolved (a loop, EACCES) fails where it is opened, with its own error
  }
  if (isInside(real, realRoot)) return;
  throw new InputError(
    `${naming.option} ${path.relative(root, lexical)}: a symbolic link leads it out of the working directory, to ${real}; ${naming.what} is not written there through a link (name that file itself if it is meant)`,
  );
}

/** How long a report waits for a process to open a FIFO it is to be written to (-o a named pipe). */
export const FIFO_READER_WAIT_MS = 10_000;

/** Blocks the thread for `ms` (a FIFO's reader or room in it is awaited with nothing else to do). */
const sleepSync = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A FIFO opened for writing without blocking: opening one that no process reads blocks until one does,
 * for ever (`-o pipe` with no reader hung the run). Its reader is awaited FIFO_READER_WAIT_MS, then the
 * report fails with a message saying so.
 */
function openFifoForWriting(file: string): number {
  const deadline = Date.now() + FIFO_READER_WAIT_MS;
  for (;;) {
    try {
      return fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw e;
      if (Date.now() >= deadline) throw new Error(`no process opened the named pipe for reading within ${FIFO_READER_WAIT_MS / 1000} s`, { cause: e });
      sleepSync(50);
    }
  }
}

/** Writes all of `part` to a descriptor opened without blocking, waiting while the pipe is full. */
function writeAllNonBlocking(fd: number, part: string): void {
  const bytes = Buffer.from(part);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += fs.writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      sleepSync(2);
    }
  }
}

/**
 * A report in a file (--output-file). A regular file, or a new one, is written as a temporary file
 * beside it and renamed over it at the end: readers never see half a report, and a run that fails
 * leaves the previous report in place (a symbolic link to a regular file: that file, the link kept).
 * Anything else (a device such as /dev/stdout, a dangling link) is written through, as before; a named
 * pipe waits a while for a reader, then fails (openFifoForWriting). The parent directories are made first.
 * Links inside `base` (the working directory) that lead out of it are refused first (`refuseLinkOutOfBase`).
 */
export function fileOutput(file: string, base: string = process.cwd(), naming: OutputNaming = REPORT): ReportOutput {
  refuseLinkOutOfBase(file, base, naming);
  let failure: Error | undefined;
  /** The file written through (a device, a dangling link's target), when there is no temporary file. */
  let fd: number | undefined;
  let temp: TempBeside | undefined;
  let mode: number | undefined;
  let writeThrough = (out: number, part: string): void => void fs.writeSync(out, part);
  const opened = (): boolean => fd !== undefined || temp !== undefined;
  const open = (): void => {
    if (opened()) return;
    makeDirectories(path.dirname(file));
    // Through a symbolic link to a regular file: that file is replaced the same way (the link stays).
    const existing = fs.statSync(file, { throwIfNoEntry: false });
    if (existing?.isFIFO()) {
      fd = openFifoForWriting(file);
      writeThrough = writeAllNonBlocking;
      return;
    }
    if (existing && !existing.isFile()) {
      fd = fs.openSync(file, 'w');
      return;
    }
    if (!existing && fs.lstatSync(file, { throwIfNoEntry: false })) {
      fd = fs.openSync(file, 'w'); // a dangling link: its target is made
      return;
    }
    mode = existing ? existing.mode & 0o7777 : undefined;
    temp = TempBeside.create(existing ? fs.realpathSync(file) : file, tempNameBeside, 0o666);
  };
  const put = (part: string): void => {
    if (failure) return;
    try {
      open();
      if (part === '') return;
      if (temp) temp.write(part);
      else writeThrough(fd as number, part);
    } catch (e) {
      failure = e as Error;
    }
  };
  const cleanUp = (): void => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
    temp?.discard();
    temp = undefined;
  };
  // Gathered as on a stream (GATHER_BYTES): a system call per file's part cost as much here.
  let gathered = '';
  return {
    async write(part) {
      gathered += part;
      if (gathered.length >= GATHER_BYTES) {
        put(gathered);
        gathered = '';
      }
      return Promise.resolve();
    },
    async close(last) {
      put(gathered + last);
      gathered = '';
      try {
        if (failure) return failure;
        if (fd !== undefined) fs.closeSync(fd);
        fd = undefined;
        if (temp) {
          // The report keeps an existing file's permissions, as a write into that file did.
          temp.finish(mode !== undefined ? { mode } : {});
          temp.replaceTarget();
          temp = undefined;
        }
        return Promise.resolve(undefined);
      } catch (e) {
        return (failure = e as Error);
      } finally {
        cleanUp();
      }
    },
    abort() {
      // A device written through (-o /dev/stdout) gets the parts gathered, as a stream does; a temporary file just goes.
      if (gathered !== '' && (opened() ? temp === undefined : isDevice(file))) put(gathered);
      gathered = '';
      const leftIncomplete = fd !== undefined;
      cleanUp();
      return leftIncomplete;
    },
  };
}
