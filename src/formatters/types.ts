import type { FileResult } from '../types.js';

export interface FormatterContext {
  /** Whether to use ANSI colours. */
  readonly color: boolean;
  readonly cwd: string;
  /** The repository root, for paths in SARIF (%SRCROOT%); defaults to cwd. */
  readonly srcRoot?: string;
}

/** A result as the formatters see it (the run's {@link FileResult}): fixed text in `output` when --fix or --fix-dry-run changed something. */
export type FormattableResult = FileResult;

export type Formatter = (results: readonly FormattableResult[], context: FormatterContext) => string;
