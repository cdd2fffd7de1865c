/**
 * Standard input (`virtlint -`, `--stdin`): its lint, in a worker thread when plugin rules need the
 * time limit, and the output of the filter `--stdin --fix`, which must always be the document.
 */
import type { TextEncoding } from './xml/decode.js';
import type { FileJob, FileResult, RunOptions } from './workers/file-job.js';
import { perFile } from './lint-files.js';

/**
 * Writes a filter's output: the bytes, then what is left of the input as it comes, with
 * backpressure. A reader that goes away (`| head`) ends it: the rest of the input is not read on.
 */
export async function writeFiltered(out: NodeJS.WritableStream, bytes: Buffer, rest: AsyncIterator<Buffer> | undefined): Promise<void> {
  let gone = false;
  const write = (chunk: Buffer): Promise<void> | undefined => {
    if (out.write(chunk)) return undefined;
    return new Promise((resolve) => {
      const done = (e?: unknown): void => {
        if (e !== undefined) gone = true;
        out.removeListener('drain', done).removeListener('error', done).removeListener('close', closed);
        resolve();
      };
      const closed = (): void => done(new Error('closed'));
      out.once('drain', done).once('error', done).once('close', closed);
    });
  };
  await write(bytes);
  if (!rest) return;
  try {
    for (let next = await rest.next(); !next.done && !gone; next = await rest.next()) await write(next.value);
  } finally {
    await rest.return?.();
  }
}

/**
 * Lints standard input: in this thread, or, when its configuration loads plugin rules and there is
 * a time limit, in a worker thread that the limit can stop (as files are: lint-files.ts), so that a
 * plugin rule that never returns cannot hang a filter such as an editor's `:%!virtlint --stdin --fix`.
 */
export async function lintStandardInput(job: FileJob, text: string, encoding: TextEncoding, configPath: string, timeoutMs: number, run: RunOptions): Promise<FileResult> {
  if (timeoutMs <= 0) return job.lintSource(text, configPath, encoding);
  const { WorkerPool } = await import('./workers/pool.js');
  const pool = new WorkerPool(1, run, timeoutMs);
  try {
    // A worker that dies (a plugin rule exits it or exhausts its heap) fails the document, as it fails
    // a file (virtlint/internal, exit 1), rather than the run: a filter then prints the document back.
    return await perFile(configPath, () => pool.lintSource(text, configPath, encoding));
  } finally {
    await pool.close();
  }
}
