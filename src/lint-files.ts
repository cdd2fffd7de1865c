import { DEFAULT_MAX_BYTES, expandInputs, readDocument } from './files.js';
import { lintText, type LintOptions } from './lint.js';
import type { LintResult } from './types.js';

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** Largest file linted, in bytes (default 10 MiB); larger files get one `xml/too-large` diagnostic. */
  readonly maxBytes?: number;
  readonly cwd?: string;
  /** Called after each file, for progress display. */
  readonly onResult?: (result: LintResult, index: number, total: number) => void;
}

/** Lints files, directories and globs; results come back in input order. */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const files = await expandInputs(inputs, options.cwd);
  const results: LintResult[] = [];
  for (const [i, file] of files.entries()) {
    const read = readDocument(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const result: LintResult = read.ok
      ? await lintText(read.text, { ...options, filePath: file })
      : { filePath: file, diagnostics: [read.diagnostic], notes: [] };
    results.push(result);
    options.onResult?.(result, i, files.length);
  }
  return results;
}
