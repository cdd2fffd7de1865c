import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BoundedReadError, MAX_CONFIG_BYTES, readBoundedRegularFile } from '../files.js';
import { ConfigError, type LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Looked up in this order in each directory, from the linted file's directory upwards. */
export const CONFIG_FILE_NAMES = ['virtlint.config.js', 'virtlint.config.mjs', 'virtlint.config.json'] as const;

/** The nearest configuration file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(cur, name);
      // Anything by that name counts (a link, a FIFO…): loading it then refuses it, naming it, rather than skipping it silently.
      if (fs.lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
    }
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/**
 * Loads and validates a configuration file. A .js/.mjs file is imported, which runs its code: like
 * ESLint's flat config, it is the user's own file, trusted as much as the repository itself.
 */
export async function loadConfigFile(file: string, options: { followSymlinks?: boolean } = {}): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  const label = path.relative(process.cwd(), abs) || abs;
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new ConfigError(`${label}: configuration file not found`);
  }
  if (!stat.isFile()) throw new ConfigError(`${label}: not a regular file`);
  let value: unknown;
  if (abs.endsWith('.json')) {
    let text: string;
    try {
      text = readBoundedRegularFile(abs, { maxBytes: MAX_CONFIG_BYTES, followSymlinks: options.followSymlinks ?? false }).toString('utf8');
    } catch (e) {
      throw new ConfigError(`${label}: ${e instanceof BoundedReadError ? e.reason : (e as Error).message}`);
    }
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`${label}: not valid JSON: ${(e as Error).message}`);
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
  return { file: abs, baseDir: path.dirname(abs), entries: validateConfig(value, label, path.dirname(abs)) };
}
