import type { FormattableResult, Formatter, StreamingFormat } from './types.js';
import { ownEntry } from '../own-entry.js';

/** The built-in formats, each loaded when used: a run prints one. */
const BUILTIN: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
};

/**
 * The built-in formats a run writes file by file (docs/performance.md: memory of large runs); the
 * others need the whole run first (SARIF's rule table and JUnit's totals come before the results).
 */
const STREAMING: Readonly<Record<string, () => Promise<StreamingFormat>>> = {
  stylish: async () => (await import('./stylish.js')).stylishParts,
  json: async () => (await import('./json.js')).jsonParts,
  github: async () => (await import('./github.js')).githubParts,
};

/** The built-in format by name when it can be written file by file; undefined otherwise. */
export async function streamingFormat(name: string): Promise<StreamingFormat | undefined> {
  return ownEntry(STREAMING, name)?.();
}

/**
 * What a format that needs the whole run reads of each result, so that a run keeps no more:
 * SARIF reads the source lines of findings (fingerprints), a custom formatter gets ESLint's shape
 * (`output`, or `source` when there are findings), JUnit neither; each keeps whether a file was left alone.
 */
export function keptForReport(format: string, r: FormattableResult): FormattableResult {
  const wantsSource = format !== 'junit';
  const wantsOutput = format !== 'junit' && format !== 'sarif';
  const output = wantsOutput ? r.output : undefined;
  const source = wantsSource && output === undefined && r.diagnostics.length > 0 ? r.source : undefined;
  // Whether a file was left alone (JUnit marks it skipped) costs nothing to keep.
  return { filePath: r.filePath, diagnostics: r.diagnostics, notes: [], ...(output !== undefined ? { output } : {}), ...(source !== undefined ? { source } : {}), ...(r.skipped ? { skipped: true } : {}) };
}

/** The built-in formats' names, in the order --help lists them. */
export const FORMATTER_NAMES: readonly string[] = Object.keys(BUILTIN);

/** A built-in formatter by name; undefined for any other name. */
export async function builtinFormatter(name: string): Promise<Formatter | undefined> {
  return ownEntry(BUILTIN, name)?.();
}

/** The format used when none is given: annotations inside GitHub Actions, stylish elsewhere. */
export const defaultFormat = (env: NodeJS.ProcessEnv = process.env): string => (env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');

export type { FormattableResult, Formatter, FormatterContext, ReportParts, StreamingFormat } from './types.js';
