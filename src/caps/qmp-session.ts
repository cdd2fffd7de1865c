import type * as ChildProcess from 'node:child_process';
import { sliceWhole } from '../quote-long.js';
import { killProbeProcesses, newProbeToken, PROBE_TOKEN_VAR } from './reap.js';

/** Limits for one emulator process. Every probe is bounded in time and in memory. */
export interface QmpLimits {
  /** Wall-clock limit for the whole session, in ms. */
  readonly timeoutMs: number;
  /** Most bytes read from the emulator's stdout in total. */
  readonly maxOutputBytes: number;
  /** Longest single QMP message, in bytes. */
  readonly maxLineBytes: number;
}

/** A real probe reads well under 1 MiB; the limits leave room for much bigger emulators. */
export const DEFAULT_QMP_LIMITS: QmpLimits = { timeoutMs: 10_000, maxOutputBytes: 16 * 1024 * 1024, maxLineBytes: 8 * 1024 * 1024 };

/** Why a probe failed; the message is shown as a note and never crashes the lint. */
export class ProbeError extends Error {}

/** The emulator answered a command with a QMP error (the session itself is fine). */
export class QmpCommandError extends ProbeError {}

/** The arguments virtlint passes: no machine, no devices, no display, no user config, QMP on stdio. */
export const QMP_ARGS: readonly string[] = ['-S', '-no-user-config', '-nodefaults', '-nographic', '-machine', 'none', '-qmp', 'stdio'];

type Pending = { resolve: (value: unknown) => void; reject: (e: Error) => void };

/** How long to wait for the pipes to close after the emulator is gone (its children may hold them). */
const PIPE_GRACE_MS = 200;

/**
 * One emulator process spoken to over QMP on stdin/stdout. Started without a shell, with a minimal
 * environment, in its own process group and with a token in its environment, so that the end of a
 * session kills whatever it spawned too, even a child in a session of its own (see reap.ts). The
 * deadline holds whatever the pipes do: the session ends when the emulator has exited, whether or
 * not a child still holds its stdout.
 */
export class QmpSession {
  private readonly child: ChildProcess.ChildProcessWithoutNullStreams;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private totalBytes = 0;
  private stderrTail = '';
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private greeting: Pending | undefined;
  private failure: ProbeError | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly exited: Promise<void>;
  private readonly token = newProbeToken();

  private constructor(
    readonly binary: string,
    private readonly limits: QmpLimits,
    spawn: typeof ChildProcess.spawn,
  ) {
    this.child = spawn(binary, [...QMP_ARGS], {
      cwd: '/',
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LC_ALL: 'C', [PROBE_TOKEN_VAR]: this.token },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      shell: false,
      windowsHide: true,
    });
    this.exited = new Promise((resolve) => {
      const ended = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.fail(`${binary} exited (${signal ? `signal ${signal}` : `status ${code}`}) before answering${this.stderrSummary()}`);
        resolve();
      };
      // 'close' (not 'exit'): the last answers may still be in the pipe when the process ends.
      this.child.once('close', ended);
      // But a child of the emulator may hold the pipe open forever: shortly after the exit, kill
      // what is left and stop reading, so the session ends anyway.
      this.child.once('exit', (code, signal) => {
        setTimeout(() => {
          if (this.child.stdout.destroyed && this.child.stderr.destroyed) return;
          killProbeProcesses(undefined, this.token);
          this.child.stdout.destroy();
          this.child.stderr.destroy();
          this.child.stdin.destroy();
          ended(code, signal);
        }, PIPE_GRACE_MS);
      });
      this.child.once('error', (e) => {
        this.fail(`cannot run ${binary}: ${(e as NodeJS.ErrnoException).code ?? e.message}`);
        resolve();
      });
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      const tail = this.stderrTail + chunk.toString('utf8');
      this.stderrTail = sliceWhole(tail, Math.max(0, tail.length - 2000));
    });
    this.child.stdin.on('error', () => undefined); // EPIPE when the emulator is gone; reported via 'exit'
    this.timer = setTimeout(() => this.fail(`${binary} did not answer within ${limits.timeoutMs} ms`), limits.timeoutMs);
  }

  /** Starts the emulator and negotiates QMP capabilities. */
  static async open(binary: string, limits: QmpLimits = DEFAULT_QMP_LIMITS): Promise<QmpSession> {
    // Imported here, not at the top: most runs answer from the probe cache and start no emulator, and
    // loading node:child_process (not in Node's start-up snapshot) cost a one-file run ~6 ms.
    const { spawn } = await import('node:child_process');
    const session = new QmpSession(binary, limits, spawn);
    try {
      await new Promise((resolve, reject) => {
        session.greeting = { resolve, reject };
        if (session.failure) reject(session.failure);
      });
      await session.execute('qmp_capabilities');
      return session;
    } catch (e) {
      await session.close();
      throw e;
    }
  }

  private stderrSummary(): string {
    const line = this.stderrTail.trim().split('\n').pop();
    return line ? `: ${sliceWhole(line, 0, 300)}` : '';
  }

  private fail(message: string): void {
    if (this.failure) return;
    this.failure = new ProbeError(message);
    this.kill();
    this.greeting?.reject(this.failure);
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  private kill(): void {
    clearTimeout(this.timer);
    if (this.child.pid === undefined) return;
    // The pid is ours only until the exit is reaped; after that, only the token identifies our processes.
    const reaped = this.child.exitCode !== null || this.child.signalCode !== null;
    killProbeProcesses(reaped ? undefined : this.child.pid, this.token);
  }

  private onData(chunk: Buffer): void {
    if (this.failure) return;
    this.totalBytes += chunk.length;
    if (this.totalBytes > this.limits.maxOutputBytes) {
      this.fail(`${this.binary} wrote more than ${this.limits.maxOutputBytes} bytes`);
      return;
    }
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.buffered.push(chunk.subarray(start, nl));
      const line = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      this.bufferedBytes = 0;
      start = nl + 1;
      this.onLine(line);
      if (this.failure) return;
    }
    const rest = chunk.subarray(start);
    this.bufferedBytes += rest.length;
    if (this.bufferedBytes > this.limits.maxLineBytes) {
      this.fail(`${this.binary} wrote a QMP message longer than ${this.limits.maxLineBytes} bytes`);
      return;
    }
    if (rest.length > 0) this.buffered.push(rest);
  }

  private onLine(line: string): void {
    if (line.trim() === '') return;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      this.fail(`${this.binary} does not speak QMP (not JSON: ${JSON.stringify(sliceWhole(line, 0, 80))})`);
      return;
    }
    if (typeof msg !== 'object' || msg === null) {
      this.fail(`${this.binary} sent an unexpected QMP message`);
      return;
    }
    const m = msg as Record<string, unknown>;
    if ('QMP' in m) {
      const g = this.greeting;
      this.greeting = undefined;
      g?.resolve(m.QMP);
      return;
    }
    if ('event' in m) return; // asynchronous events are irrelevant to a probe
    const id = typeof m.id === 'string' ? m.id : undefined;
    const p = id ? this.pending.get(id) : undefined;
    if (!p || !id) return;
    this.pending.delete(id);
    if ('return' in m) p.resolve(m.return);
    else {
      const err = m.error as { class?: string; desc?: string } | undefined;
      p.reject(new QmpCommandError(`${err?.class ?? 'Error'}: ${err?.desc ?? 'no description'}`));
    }
  }

  /** Sends one QMP command and waits for its answer (rejects on error, timeout or exit). */
  execute(command: string, args?: Record<string, unknown>): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = `virtlint-${this.nextId++}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ execute: command, ...(args ? { arguments: args } : {}), id })}\n`);
    });
  }

  /** Asks the emulator to quit, then makes sure the whole process group is gone. */
  async close(): Promise<void> {
    if (!this.failure && this.child.exitCode === null) {
      this.child.stdin.write('{"execute":"quit"}\n');
      this.child.stdin.end();
      const grace = setTimeout(() => this.kill(), 1000);
      await this.exited;
      clearTimeout(grace);
    } else {
      this.kill();
      await this.exited;
    }
    clearTimeout(this.timer);
    // Whatever happened, nothing the emulator started outlives the session.
    killProbeProcesses(undefined, this.token);
  }
}
