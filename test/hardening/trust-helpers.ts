import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoundedReadError } from '../../src/files.js';
import { CLI } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS, type JsonResult } from './helpers.js';

/** A valid, minimal domain (no emulator: nothing is probed). */
export const VALID_DOMAIN = `<domain type='kvm'>
  <name>trust</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64'>hvm</type>
  </os>
</domain>
`;

/** A domain with a schema error (an unknown attribute value), so a hidden finding shows. */
export const INVALID_DOMAIN = VALID_DOMAIN.replace("type='kvm'", "type='bogus'");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the CLI as a separate process in `cwd` (optionally as another user). A run that does not end
 * within the hostile bound fails the test: only a hang can take that long.
 */
export function cli(args: readonly string[], opts: { cwd?: string; asUser?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  const env = opts.env ?? { PATH: process.env.PATH ?? '', HOME: opts.cwd ?? os.tmpdir(), XDG_CACHE_HOME: path.join(opts.cwd ?? os.tmpdir(), '.xdg-cache') };
  const [file, argv] = opts.asUser
    ? ['setpriv', [`--reuid=${opts.asUser}`, `--regid=${opts.asUser === 'nobody' ? 'nogroup' : opts.asUser}`, '--clear-groups', process.execPath, CLI, ...args]]
    : [process.execPath, [CLI, ...args]];
  const r = spawnSync(file as string, argv as string[], { cwd: opts.cwd, env, encoding: 'utf8', input: opts.input ?? '', timeout: HOSTILE_BOUND_MS, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' });
  expect(r.error, `virtlint did not finish within ${HOSTILE_BOUND_MS} ms (stderr: ${String(r.stderr).slice(0, 500)})`).to.equal(undefined);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** The JSON report of a run, or a failure showing what was printed instead. */
export function report(run: Run): JsonResult[] {
  try {
    return JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`no JSON report (exit ${run.status}); stdout: ${run.stdout.slice(0, 500)}; stderr: ${run.stderr.slice(0, 1000)}`);
  }
}

/** A fresh directory (mode 0755, so that `nobody` can enter it) removed by `cleanup()`. */
export class Scratch {
  private readonly dirs: string[] = [];

  dir(prefix = 'virtlint-trust-'): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.chmodSync(d, 0o755);
    this.dirs.push(d);
    return d;
  }

  /** A directory that looks like a repository (has .git), with the given files. */
  repo(files: Record<string, string> = {}): string {
    const d = this.dir('virtlint-repo-');
    fs.mkdirSync(path.join(d, '.git'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
      fs.writeFileSync(path.join(d, rel), text);
    }
    return d;
  }

  cleanup(): void {
    for (const d of this.dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** Whether `setpriv` can run a process as `nobody` here (tests that need a non-root user skip otherwise). */
export function canActAsNobody(): boolean {
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', '0']);
  return r.status === 0;
}

/** The BoundedReadError code `read` throws, or 'read' when it reads. */
export function boundedReadCode(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    expect(e).to.be.instanceOf(BoundedReadError);
    return (e as BoundedReadError).code;
  }
  return 'read';
}

export function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  expect(r.status, 'mkfifo is needed for this test').to.equal(0);
}
