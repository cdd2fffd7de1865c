import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { lintText, type LintOptions } from '../../src/linter/lint.js';
import type { LintResult } from '../../src/types.js';
import { HANG_BOUND_MS, assertWellFormedResult } from '../fuzz/invariants.js';
import { CLI } from '../helpers/paths.js';

/** A bound only a hang can exceed: hostile inputs are large, so it is wider than the fuzz bound. */
export const HOSTILE_BOUND_MS = 6 * HANG_BOUND_MS;

export interface Timed<T> {
  readonly value: T;
  readonly ms: number;
}

/** Lints hostile text, checks the result's contract and the hang bound, and returns it with the time taken. */
export async function lintHostile(text: string, options: LintOptions = {}): Promise<Timed<LintResult>> {
  const t0 = performance.now();
  const value = await lintText(text, options);
  const ms = performance.now() - t0;
  expect(ms, `took ${ms.toFixed(0)} ms`).to.be.below(HOSTILE_BOUND_MS);
  assertWellFormedResult(text, value);
  return { value, ms };
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
}
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly results: JsonResult[];
}

/** Runs the CLI with the JSON formatter (optionally as another user) and parses its output. */
export function runCliJson(args: readonly string[], options: { input?: Buffer | string; asUser?: string } = {}): CliRun {
  const command = options.asUser
    ? { file: 'setpriv', args: [`--reuid=${options.asUser}`, `--regid=${options.asUser === 'nobody' ? 'nogroup' : options.asUser}`, '--clear-groups', process.execPath, CLI, '--format', 'json', ...args] }
    : { file: process.execPath, args: [CLI, '--format', 'json', ...args] };
  const t0 = performance.now();
  const r = spawnSync(command.file, command.args, { encoding: 'utf8', input: options.input, timeout: HOSTILE_BOUND_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, HOME: '/tmp' } });
  const ms = performance.now() - t0;
  expect(r.error, `the CLI failed to run or did not finish within ${HOSTILE_BOUND_MS} ms`).to.equal(undefined);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms, results: parseResults(r.status, r.stdout, r.stderr) };
}

/** A local HTTP server that records every request, to prove that nothing a document names is fetched. */
export class RequestTrap {
  readonly requests: string[] = [];
  private readonly server = http.createServer((req, res) => {
    this.requests.push(req.url ?? '');
    res.end('<!ENTITY leaked "LEAKED-OVER-HTTP">');
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Streams `bytes` into `virtlint -` and collects the JSON result. The CLI may stop reading early
 * (that is the point of a size limit), so a broken pipe on our side is expected, not an error.
 */
export async function runCliOnStdin(bytes: Buffer): Promise<CliRun> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, '--format', 'json', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.on('error', () => undefined);
  child.stdin.end(bytes);
  const timer = setTimeout(() => child.kill(), HOSTILE_BOUND_MS);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  const ms = performance.now() - t0;
  expect(ms, `the CLI did not finish within ${HOSTILE_BOUND_MS} ms`).to.be.below(HOSTILE_BOUND_MS);
  return { status, stdout, stderr, ms, results: parseResults(status, stdout, stderr) };
}

/** The JSON report; a run that printed none fails here with what it printed instead. */
function parseResults(status: number | null, stdout: string, stderr: string): JsonResult[] {
  try {
    return JSON.parse(stdout) as JsonResult[];
  } catch {
    throw new Error(`the CLI printed no JSON report (exit ${status}); stdout: ${stdout.slice(0, 500)}; stderr: ${stderr.slice(0, 2000)}`);
  }
}
