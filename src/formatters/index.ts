import type { Formatter } from './types.js';
import { ownEntry } from '../own-entry.js';

/** The built-in formats, each loaded when used: a run prints one. */
const BUILTIN: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
};

/** The built-in formats' names, in the order --help lists them. */
export const FORMATTER_NAMES: readonly string[] = Object.keys(BUILTIN);

/** A built-in formatter by name; undefined for any other name. */
export async function builtinFormatter(name: string): Promise<Formatter | undefined> {
  return ownEntry(BUILTIN, name)?.();
}

/** The format used when none is given: annotations inside GitHub Actions, stylish elsewhere. */
export const defaultFormat = (env: NodeJS.ProcessEnv = process.env): string => (env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');

export type { FormattableResult, Formatter, FormatterContext } from './types.js';
