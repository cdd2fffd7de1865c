import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Finding and killing everything a probed emulator started. Killing the process group is not
 * enough: a child can `setsid` into a session of its own (and keep the emulator's stdout open, so
 * that the pipe never closes). Every probe therefore runs with a random token in its environment,
 * which its descendants inherit; at the end, every process carrying the token or descending from
 * the emulator is killed, until none is left. A process that both clears its environment and
 * leaves the emulator's tree escapes this; it can no longer hold virtlint up, though: the session
 * ends on the emulator's exit, not on the pipe's close.
 */

/** The environment variable carrying a probe's token. */
export const PROBE_TOKEN_VAR = 'VIRTLINT_PROBE_TOKEN';

export const newProbeToken = (): string => crypto.randomBytes(12).toString('hex');

interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly zombie: boolean;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so parse after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(rest[1]), zombie: rest[0] === 'Z' || rest[0] === 'X' };
  } catch {
    return undefined;
  }
}

function carriesToken(pid: number, needle: Buffer): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/environ`).includes(needle);
  } catch {
    return false;
  }
}

/** Live processes that descend from `root` (included) or carry the token. Empty where /proc is missing. */
export function probeProcesses(root: number | undefined, token: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const needle = Buffer.from(`${PROBE_TOKEN_VAR}=${token}\0`);
  const procs = entries.map((e) => readProc(Number(e))).filter((p): p is ProcInfo => p !== undefined && p.pid !== process.pid);
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const found = new Set<number>();
  const stack = root !== undefined ? [root] : [];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (found.has(pid)) continue;
    found.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  for (const p of procs) if (!found.has(p.pid) && carriesToken(p.pid, needle)) found.add(p.pid);
  const zombie = new Set(procs.filter((p) => p.zombie).map((p) => p.pid));
  return [...found].filter((pid) => !zombie.has(pid) && procs.some((p) => p.pid === pid));
}

/**
 * SIGKILLs the emulator's process group and every process `probeProcesses` finds, repeating while
 * new ones appear (a process may fork while we kill). Returns how many were killed.
 */
export function killProbeProcesses(root: number | undefined, token: string): number {
  let killed = 0;
  if (root !== undefined) {
    try {
      process.kill(-root, 'SIGKILL'); // the group, even after its leader is gone
    } catch {
      // no such group any more
    }
  }
  for (let round = 0; round < 20; round++) {
    const alive = probeProcesses(root, token);
    if (alive.length === 0) break;
    for (const pid of alive) {
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {
        // gone meanwhile
      }
    }
  }
  return killed;
}
