/** A one-line progress bar on stderr, for long runs in a terminal only. */
export interface Progress {
  tick(): void;
  done(): void;
}

export const PROGRESS_MIN_FILES = 50;

const NONE: Progress = { tick: () => undefined, done: () => undefined };

/**
 * Never in CI (CI set), never when stderr is not a terminal (piped, a file, an editor), never for
 * short runs: a bar there would be noise in logs.
 */
export function shouldShowProgress(total: number, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return total > PROGRESS_MIN_FILES && stream.isTTY === true && !env.CI;
}

export interface ProgressStream {
  write(s: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export function createProgress(total: number, stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!shouldShowProgress(total, stream, env)) return NONE;
  let count = 0;
  let last = 0;
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const filled = Math.round((count / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} files`);
  };
  return {
    tick(): void {
      count++;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done(): void {
      stream.write('\r\u001b[2K'); // clear the line so the report starts clean
    },
  };
}
