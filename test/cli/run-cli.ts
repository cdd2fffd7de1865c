import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.js';
import { CLI } from '../helpers/paths.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process with captured streams (fast; for most tests). */
export async function runCli(argv: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string; stderrIsTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const code = await main(argv, {
    stdout: out,
    stderr: err,
    stdin,
    isTTY: false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    env: opts.env ?? { PATH: process.env.PATH },
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
  });
  return { code, stdout, stderr };
}

/** Runs bin/virtlint.js as a separate process (for what only a real process shows: exit codes, workers, env). */
export function spawnCli(argv: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...argv], {
    encoding: 'utf8',
    cwd: opts.cwd,
    env: opts.env ?? { PATH: process.env.PATH ?? '' },
    input: opts.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
