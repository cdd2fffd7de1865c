import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DIAGNOSTIC_IDS } from './diagnostic-ids.js';
import type { Diagnostic } from './types.js';
import { decodeBytes, type TextEncoding } from './xml/decode.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** A command-line input that could not be turned into files: a usage error (exit 2). */
export class InputError extends Error {}

const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands files, directories (→ every *.xml below, recursively, any case) and glob patterns into a sorted,
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
      // *.XML too: files copied from Windows tools keep upper-case extensions.
      const found = await glob('**/*.[xX][mM][lL]', { cwd: abs, ignore: IGNORED_DIRS, absolute: true, dot: false, followSymbolicLinks: false });
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
 * opened (a FIFO or device is refused before opening), and the size limit is checked first.
 */
export function readDocument(filePath: string, maxBytes = DEFAULT_MAX_BYTES): ReadOutcome {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && fs.lstatSync(filePath, { throwIfNoEntry: false })?.isSymbolicLink()) {
      return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot read ${filePath}: it is a symbolic link to a file that does not exist`);
    }
    return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot read ${filePath}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (stat.isDirectory()) return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: it is a directory`);
  if (!stat.isFile()) return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot lint ${filePath}: not a regular file (FIFO, socket or device)`);
  if (stat.size > maxBytes) {
    return fileProblem('xml/too-large', `The file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for one document (raise it with --max-file-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fileProblem(DIAGNOSTIC_IDS.ioUnreadable, `Cannot read ${filePath}: ${code === 'EACCES' ? 'permission denied' : (e as Error).message}`);
  }
  if (bytes.length > maxBytes) {
    return fileProblem('xml/too-large', `The file is over the ${formatBytes(maxBytes)} limit for one document`);
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
