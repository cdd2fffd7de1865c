import fs from 'node:fs';
import path from 'node:path';
import { isInside } from '../path-inside.js';
import { wellFormed } from '../quote-long.js';
import { pathToFileURL } from 'node:url';
import { registryOfConfig } from './plugins.js';
import { BoundedReadError, MAX_CONFIG_BYTES, readBoundedRegularFile } from '../files.js';
import { ConfigError, type LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Looked up in this order in each directory, from the linted file's directory upwards. */
export const CONFIG_FILE_NAMES: readonly string[] = ['virtlint.config.js', 'virtlint.config.mjs', 'virtlint.config.json'];

/** lstat failures that mean nothing at the path can be reached, so nothing there can be read either. */
const UNREACHABLE = new Set(['ENAMETOOLONG', 'ENOTDIR', 'EACCES']);

/**
 * lstat, taking a path that cannot be reached as absent: below a tree deeper than PATH_MAX
 * (ENAMETOOLONG), below a file (ENOTDIR) or in a directory the user may not search (EACCES). The
 * document there is then io/unreadable; these ended the whole run as an internal error.
 */
function lstatIfReachable(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p, { throwIfNoEntry: false });
  } catch (e) {
    if (UNREACHABLE.has((e as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw e;
  }
}

/** The repository root above (or at) `dir`: the nearest directory holding `.git`, or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (lstatIfReachable(path.join(cur, '.git'))) return cur;
    if (path.dirname(cur) === cur) return undefined;
  }
}

export { isInside };

/**
 * The nearest configuration file at or above `dir`, or undefined. The lookup never goes above the
 * repository root (the nearest directory with `.git`) nor above `stopAt` (the editor's workspace).
 */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let cur = path.resolve(dir);
  const repo = repositoryRoot(cur);
  const limits = [repo, stopAt && isInside(cur, path.resolve(stopAt)) ? path.resolve(stopAt) : undefined].filter((d): d is string => d !== undefined);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(cur, name);
      // Anything by that name counts (a link, a FIFO…): loading it then refuses it, naming it, rather than skipping it silently.
      if (lstatIfReachable(candidate)) return candidate;
    }
    const parent = path.dirname(cur);
    if (parent === cur || limits.includes(cur)) return undefined;
    cur = parent;
  }
}

/**
 * Why a configuration file found by lookup must not be used, or undefined. Such a file is data (JSON)
 * or code (.js/.mjs) from wherever the lookup found it, so it must be a regular file (not a link)
 * owned by the user running virtlint or root, in a directory owned likewise, neither writable by
 * others: a file anyone could have put there (in /tmp, say) is never read, let alone run.
 */
export function untrustedConfigReason(file: string, uid: number | undefined = process.getuid?.()): string | undefined {
  const st = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!st) return 'it does not exist';
  if (st.isSymbolicLink()) return 'it is a symbolic link';
  if (!st.isFile()) return 'it is not a regular file';
  const dir = path.dirname(file);
  const dst = fs.statSync(dir);
  if (uid === undefined) return undefined; // no owners to compare (Windows)
  const trustedOwner = (owner: number): boolean => owner === uid || owner === 0;
  if (!trustedOwner(st.uid)) return `it is owned by another user (uid ${st.uid})`;
  if ((st.mode & 0o002) !== 0) return 'it is writable by every user';
  if (!trustedOwner(dst.uid)) return `its directory ${dir} is owned by another user (uid ${dst.uid})`;
  if ((dst.mode & 0o002) !== 0) return `its directory ${dir} is writable by every user`;
  return undefined;
}

/**
 * Loads and validates a configuration file. A .js/.mjs file is imported, which runs its code: like
 * ESLint's flat config, it is trusted as much as the repository itself, so a file found by lookup
 * (`discovered`) is first checked by `untrustedConfigReason`; a file the user named is their choice.
 */
export async function loadConfigFile(file: string, options: { discovered?: boolean } = {}): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  const label = path.relative(process.cwd(), abs) || abs;
  if (options.discovered) {
    const why = untrustedConfigReason(abs);
    if (why) throw new ConfigError(`${label}: not used: ${why} (a configuration found by lookup must be a regular file owned by you or root, in a directory others cannot write; see docs/security.md). Name it with --config to use it anyway, or --no-config`);
  }
  let stat: fs.Stats | undefined;
  try {
    stat = options.discovered ? fs.lstatSync(abs) : fs.statSync(abs);
  } catch {
    throw new ConfigError(`${label}: configuration file not found`);
  }
  if (!stat.isFile()) throw new ConfigError(`${label}: not a regular file`);
  let value: unknown;
  if (abs.endsWith('.json')) {
    let text: string;
    try {
      text = readBoundedRegularFile(abs, { maxBytes: MAX_CONFIG_BYTES, followSymlinks: !options.discovered }).toString('utf8');
    } catch (e) {
      throw new ConfigError(`${label}: ${e instanceof BoundedReadError ? e.reason : (e as Error).message}`);
    }
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`${label}: not valid JSON: ${wellFormed((e as Error).message)}`);
    }
  } else if (/\.m?js$/.test(abs)) {
    try {
      // The query makes a changed file load afresh in a long-lived process (the language server).
      const mod = (await import(`${pathToFileURL(abs).href}?mtime=${stat.mtimeMs}`)) as { default?: unknown };
      if (!('default' in mod)) throw new Error('it has no default export (export default [ … ])');
      value = await mod.default;
    } catch (e) {
      throw new ConfigError(`${label}: cannot load: ${(e as Error).message}`);
    }
  } else {
    throw new ConfigError(`${label}: a configuration file must end in .js, .mjs or .json`);
  }
  const registry = registryOfConfig(value, label, !abs.endsWith('.json'));
  const entries = validateConfig(value, label, path.dirname(abs), registry);
  return { file: abs, baseDir: path.dirname(abs), entries, ...(registry.namespaces.length > 0 ? { ruleSet: registry.rules } : {}) };
}
