import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isInside } from '../path-inside.js';

/**
 * Which emulator binaries virtlint may execute to probe. A document under lint may come from a pull
 * request that also adds an executable, so a path taken from a document is run only when policy allows.
 */
export interface ExecutionPolicy {
  /** Explicit allow-list from configuration: replaces the default rules (file checks still apply). */
  readonly allow?: readonly string[];
  /** Trees that must never hold an executed binary (the linted inputs, their repository, the working directory). */
  readonly forbiddenRoots?: readonly string[];
}

export type PolicyDecision =
  | { readonly allowed: true; readonly realPath: string; readonly stat: fs.Stats }
  | { readonly allowed: false; readonly missing: boolean; readonly reason: string };

/** Emulator names the default policy accepts. */
const EMULATOR_NAME = /^(qemu-system-[A-Za-z0-9_.-]+|qemu-kvm|kvm)$/;

/** Directories that are temporary by nature: anyone may have written there. */
function temporaryDirs(): string[] {
  return [os.tmpdir(), process.env.TMPDIR, '/tmp', '/var/tmp', '/dev/shm'].filter((d): d is string => Boolean(d));
}

/** The real path of `p`, undefined when it cannot be resolved (a forbidden root that does not exist holds nothing). */
export function realpathOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}


const refuse = (reason: string, missing = false): PolicyDecision => ({ allowed: false, missing, reason });

/** Every directory from `dir` up to `/` must be root-owned and writable by neither group nor others. */
function insecureAncestor(dir: string): string | undefined {
  for (let cur = dir; ; cur = path.dirname(cur)) {
    const st = fs.statSync(cur);
    if (st.uid !== 0) return `${cur} is not owned by root`;
    if ((st.mode & 0o022) !== 0) return `${cur} is writable by group or others`;
    if (cur === path.dirname(cur)) return undefined;
  }
}

/**
 * For an allow-listed binary: owned by root or the user running virtlint, and every directory from
 * its own up to `/` owned likewise and not writable by others (group-writable directories of
 * user-private groups are accepted). An allow-list entry comes from a configuration, which a
 * repository can ship: it must never name a file another user could have put or changed.
 */
function untrustedAllowListed(realPath: string, stat: fs.Stats): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const trusted = (owner: number): boolean => owner === 0 || owner === uid;
  if (!trusted(stat.uid)) return `it is owned by another user (uid ${stat.uid})`;
  for (let cur = path.dirname(realPath); ; cur = path.dirname(cur)) {
    const st = fs.statSync(cur);
    if (!trusted(st.uid)) return `${cur} is owned by another user (uid ${st.uid})`;
    if ((st.mode & 0o002) !== 0) return `${cur} is writable by every user`;
    if (cur === path.dirname(cur)) return undefined;
  }
}

/** Of the real paths of the working directory and the forbidden roots, the first that holds `realPath`. */
function forbiddenRootHolding(realPath: string, realRoots: readonly (string | undefined)[]): string | undefined {
  // The filesystem root as "working directory" or input would forbid everything; only real subtrees count.
  return realRoots.find((real) => real !== undefined && real !== path.parse(real).root && isInside(realPath, real));
}

/** The binary an emulator path names, as the policy sees it before asking where it lives. */
export interface EmulatorBinary {
  readonly realPath: string;
  readonly stat: fs.Stats;
  /** The path for messages: as written, with its real path when they differ. */
  readonly shown: string;
}

/**
 * The checks of the binary itself: it exists, is a regular executable file, not writable by others.
 * A refusal, or the binary for the next checks. Does not depend on what is being linted.
 */
export function inspectEmulatorBinary(emulatorPath: string): EmulatorBinary | PolicyDecision {
  if (!path.isAbsolute(emulatorPath)) return refuse(`'${emulatorPath}' is not an absolute path`);
  let realPath: string;
  try {
    realPath = fs.realpathSync(emulatorPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? refuse(`${emulatorPath} does not exist`, true) : refuse(`${emulatorPath} cannot be resolved (${code ?? 'error'})`);
  }
  const stat = fs.statSync(realPath);
  const shown = realPath === emulatorPath ? emulatorPath : `${emulatorPath} (→ ${realPath})`;
  if (!stat.isFile()) return refuse(`${shown} is not a regular file`);
  if ((stat.mode & 0o111) === 0) return refuse(`${shown} is not executable`);
  if ((stat.mode & 0o022) !== 0) return refuse(`${shown} is writable by group or others`);
  return { realPath, stat, shown };
}

/** The refusal of a binary that lives in a forbidden root (see `forbiddenRootHolding`). */
function refuseInTree(binary: EmulatorBinary, root: string): PolicyDecision {
  return refuse(`${binary.shown} is inside ${root}, which is being linted or is the working directory`);
}

/**
 * The checks after the binary's location in the linted tree: the allow-list, or the default policy's
 * name, ownership and directory rules, and temporary directories. Does not depend on what is being linted.
 */
export function decideOnPlace(emulatorPath: string, binary: EmulatorBinary, allow: readonly string[] | undefined): PolicyDecision {
  const { realPath, stat, shown } = binary;
  if (allow) {
    const listed = allow.some((a) => a === emulatorPath || a === realPath || realpathOrUndefined(a) === realPath);
    if (!listed) return refuse(`${shown} is not in the configured probe allow-list`);
    // Being listed waives the name rule only: ownership and location are checked as for any binary.
    const untrusted = untrustedAllowListed(realPath, stat);
    if (untrusted) return refuse(`${shown} is allow-listed but ${untrusted}`);
    const temp = insideTemporaryDir(realPath);
    if (temp) return refuse(`${shown} is allow-listed but inside the temporary directory ${temp}`);
    return { allowed: true, realPath, stat };
  }

  for (const name of new Set([path.basename(emulatorPath), path.basename(realPath)])) {
    if (!EMULATOR_NAME.test(name)) return refuse(`${shown}: '${name}' is not an emulator name the default policy runs (qemu-system-*, qemu-kvm, kvm)`);
  }
  if (stat.uid !== 0) return refuse(`${shown} is not owned by root`);
  const bad = insecureAncestor(path.dirname(realPath));
  if (bad) return refuse(`${shown}: ${bad}`);
  const temp = insideTemporaryDir(realPath);
  if (temp) return refuse(`${shown} is inside the temporary directory ${temp}`);
  return { allowed: true, realPath, stat };
}

/**
 * How checkExecutionPolicy finds its facts. The parts that do not depend on what is linted (the
 * binary's own checks, a root's real path, the checks of the binary's place and name) can be
 * remembered by a caller that decides often (the capability resolver, per emulator and per root).
 */
export interface PolicyLookups {
  readonly binary: (emulatorPath: string) => EmulatorBinary | PolicyDecision;
  readonly realRoot: (root: string) => string | undefined;
  readonly onPlace: (emulatorPath: string, binary: EmulatorBinary, allow: readonly string[] | undefined) => PolicyDecision;
}

const LOOK_NOW: PolicyLookups = { binary: inspectEmulatorBinary, realRoot: realpathOrUndefined, onPlace: decideOnPlace };

/**
 * Decides whether `emulatorPath` (as written in a document) may be executed. Symlinks are resolved
 * first and every check applies to the real file; the default policy then requires a root-owned
 * binary named like QEMU in a root-owned directory chain outside the linted tree and temporary dirs.
 */
export function checkExecutionPolicy(emulatorPath: string, policy: ExecutionPolicy = {}, lookups: PolicyLookups = LOOK_NOW): PolicyDecision {
  const binary = lookups.binary(emulatorPath);
  if ('allowed' in binary) return binary;
  // Even an allow-listed binary must not live in the tree being linted: a pull request could add both
  // a configuration that allows a path and the executable at that path.
  const inTree = forbiddenRootHolding(binary.realPath, [process.cwd(), ...(policy.forbiddenRoots ?? [])].map(lookups.realRoot));
  if (inTree) return refuseInTree(binary, inTree);
  return lookups.onPlace(emulatorPath, binary, policy.allow);
}

function insideTemporaryDir(realPath: string): string | undefined {
  for (const dir of temporaryDirs()) {
    const real = realpathOrUndefined(dir);
    if (real && isInside(realPath, real)) return real;
  }
  return undefined;
}

/** The directories a document's own location forbids: its directory and the repository that holds it. */
export function forbiddenRootsForDocument(documentPath: string | undefined): string[] {
  if (!documentPath || documentPath.startsWith('<')) return [];
  const dir = path.dirname(path.resolve(documentPath));
  const roots = [dir];
  for (let cur = dir; cur !== path.dirname(cur); cur = path.dirname(cur)) {
    if (fs.existsSync(path.join(cur, '.git'))) {
      roots.push(cur);
      break;
    }
  }
  return roots;
}
