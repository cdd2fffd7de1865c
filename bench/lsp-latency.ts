/**
 * Re-lint latency after an edit, as an editor feels it: a ~300-line domain is edited 200 times and
 * each edit is timed from the change to its diagnostics.
 *
 *   node dist/bench/lsp-latency.js [--edits 200] [--warmup 20] [--disks 32] [--json]
 *
 * Two measurements:
 *  - server: through `node bin/virtlint-lsp.js --stdio` over JSON-RPC, didChange (an incremental
 *    edit) → publishDiagnostics of that version. The debounce is DISABLED (initializationOptions
 *    `debounceMs: 0`), so the figure is the server's own work plus the transport; an editor adds the
 *    debounce (150 ms by default) on top.
 *  - in-process: `lintText` on the edited text, the pipeline alone.
 * Edits alternate a disk's bus between virtio and ide (ide with ioeventfd is an error), walking
 * over the disks, so half the runs report findings and half come back clean.
 *
 * `--warmup` edits come first, untimed. After the default 20 the server is still young: V8 optimises
 * each rule's check (which runs once per lint) only after hundreds of lints, on its background
 * threads, and those compilations make most of the tail; `bench/run.ts` also measures after 1,000.
 *
 * Besides wall-clock time, each edit's CPU time is shown: of the server's main thread and of all
 * its threads (the lint worker included; from /proc/PID/task/TID/schedstat, Linux) and of this
 * process in-process. On a machine busy with other work,
 * wall-clock time includes waiting for a core; CPU time is what an idle machine would take.
 */
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/linter/lint.js';
import { TestLspClient } from '../test/lsp/client.js';
import { generateDomain } from './generate.js';

const argv = process.argv.slice(2);
const flag = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const EDITS = flag('--edits', 200);
const WARMUP = flag('--warmup', 20);
const DISKS = flag('--disks', 32);
const JSON_OUT = argv.includes('--json');

interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] as number, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** The offsets of every disk's `bus='virtio'` value in the text. */
function busValues(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("bus='virtio'"); i >= 0; i = text.indexOf("bus='virtio'", i + 1)) out.push(i + "bus='".length);
  return out;
}

/** Edit n: disk n/2 (round robin) goes to ide on even n and back to virtio on odd n. */
function editFor(n: number, disks: number): { disk: number; from: string; to: string } {
  const disk = Math.floor(n / 2) % disks;
  return n % 2 === 0 ? { disk, from: 'virtio', to: 'ide' } : { disk, from: 'ide', to: 'virtio' };
}

function apply(text: string, offsets: readonly number[], n: number, disks: number): { text: string; start: number; end: number; insert: string } {
  const e = editFor(n, disks);
  // Values before this disk keep their offsets: every other disk is back on 'virtio' when this one changes.
  const start = offsets[e.disk] as number;
  const end = start + e.from.length;
  return { text: text.slice(0, start) + e.to + text.slice(end), start, end, insert: e.to };
}

/** Line and character (0-based, UTF-16) of an offset, for LSP ranges. */
function lspPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

interface Samples {
  readonly wall: number[];
  /** Empty when CPU time cannot be read. */
  readonly cpu: number[];
  /** Server only: CPU time of all its threads (empty when it cannot be read). */
  readonly cpuAll?: number[];
}

/** CPU time of all of a process's threads in ms (Linux: the lint worker, V8's helpers), or undefined. */
function processCpuMs(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // a thread that ended meanwhile
      }
    }
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time of a process's main thread in ms (Linux), or undefined. */
function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const ns = Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

async function inProcess(base: string, offsets: readonly number[]): Promise<Samples> {
  let text = base;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let n = 0; n < WARMUP + EDITS; n++) {
    text = apply(text, offsets, n, offsets.length).text;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await lintText(text, { filePath: 'bench.xml' });
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    if (n >= WARMUP) {
      wall.push(t1 - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall, cpu };
}

async function throughServer(base: string, offsets: readonly number[]): Promise<Samples> {
  const { client } = await TestLspClient.start({ debounceMs: 0 });
  try {
    const uri = 'file:///bench/lsp-latency.xml';
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, base);
    await opened;
    let text = base;
    const wall: number[] = [];
    const cpu: number[] = [];
    const cpuAll: number[] = [];
    const pid = client.child.pid ?? -1;
    for (let n = 0; n < WARMUP + EDITS; n++) {
      const e = apply(text, offsets, n, offsets.length);
      const range = { start: lspPosition(text, e.start), end: lspPosition(text, e.end) };
      text = e.text;
      const version = n + 2;
      const published = client.nextDiagnostics(uri, (p) => p.version === version);
      const c0 = mainThreadCpuMs(pid);
      const a0 = processCpuMs(pid);
      const t0 = performance.now();
      await client.change(uri, [{ range, text: e.insert }]);
      const p = await published;
      const t1 = performance.now();
      const c1 = mainThreadCpuMs(pid);
      const a1 = processCpuMs(pid);
      if (n >= WARMUP) {
        wall.push(t1 - t0);
        if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
        if (a0 !== undefined && a1 !== undefined) cpuAll.push(a1 - a0);
      }
      // The edit really went through: ide with ioeventfd is reported, virtio is not.
      const expectError = editFor(n, offsets.length).to === 'ide';
      if (p.diagnostics.some((d) => d.code === 'ioeventfd-requires-virtio') !== expectError) {
        throw new Error(`edit ${n}: the server's diagnostics do not match the edit (${JSON.stringify(p.diagnostics.map((d) => d.code))})`);
      }
    }
    const code = await client.stop();
    if (code !== 0) throw new Error(`the server exited with status ${code}`);
    return { wall, cpu, cpuAll };
  } finally {
    client.kill();
  }
}

async function main(): Promise<void> {
  const base = generateDomain(DISKS);
  const offsets = busValues(base);
  const lines = base.split('\n').length;
  const server = await throughServer(base, offsets);
  const local = await inProcess(base, offsets);
  const summary = {
    lines,
    edits: EDITS,
    warmup: WARMUP,
    debounce: 'disabled',
    loadAverage: os.loadavg()[0] ?? 0,
    server: { wall: stats(server.wall), ...(server.cpu.length > 0 ? { cpu: stats(server.cpu) } : {}), ...(server.cpuAll?.length ? { cpuAll: stats(server.cpuAll) } : {}) },
    inProcess: { wall: stats(local.wall), cpu: stats(local.cpu) },
  };
  if (JSON_OUT) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const row = (name: string, s: Stats | undefined): string =>
    s
      ? `${name.padEnd(42)} ${s.p50.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)} ${s.max.toFixed(2).padStart(8)} ${s.mean.toFixed(2).padStart(8)}`
      : `${name.padEnd(42)} ${'n/a'.padStart(8)}`;
  process.stdout.write(
    [
      `Re-lint after an edit: ${lines}-line domain, ${EDITS} edits (after ${WARMUP} warm-up), times in ms; load average ${summary.loadAverage.toFixed(2)} on ${os.cpus().length} cores`,
      `${''.padEnd(42)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)} ${'mean'.padStart(8)}`,
      row('server, wall (didChange → diagnostics)', summary.server.wall),
      row('server, CPU of its main thread', summary.server.cpu),
      row('server, CPU of all its threads', summary.server.cpuAll),
      row('in-process, wall (lintText)', summary.inProcess.wall),
      row('in-process, CPU', summary.inProcess.cpu),
      'Server figures are with the debounce disabled (debounceMs: 0); an editor adds the debounce (default 150 ms).',
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`lsp-latency: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
