/**
 * CPU time of the calling thread alone, in milliseconds, for complexity tests measured inside the
 * test runner. `process.cpuUsage()` counts every thread of the process: in the full suite, threads
 * left by earlier tests and the collector's helpers add to it (a ratio bounded by 2 read 2.6 once in
 * CI). Node 20 has no per-thread counter (`process.threadCpuUsage` came in Node 23.9), but Linux
 * keeps one: the first field of /proc/thread-self/schedstat is this thread's time on a CPU, in
 * nanoseconds. Elsewhere, the process's CPU time.
 */
import fs from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

function readSchedstat(): number | undefined {
  try {
    const ns = Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) && ns > 0 ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

const perThread = readSchedstat() !== undefined;

/** Whether threadCpuMs counts this thread alone (false: the whole process). */
export const THREAD_CPU_IS_PER_THREAD = perThread;

export function threadCpuMs(): number {
  if (perThread) return readSchedstat() as number;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
