import type { Rule } from '../rule.js';
import type { FileResult } from '../types.js';

export interface FormatterContext {
  /** Whether to use ANSI colours. */
  readonly color: boolean;
  readonly cwd: string;
  /** The repository root, for paths in SARIF (%SRCROOT%); defaults to cwd. */
  readonly srcRoot?: string;
  /** The run's rules (built-in and plugin rules), for rule metadata; default: the built-in rules. */
  readonly rules?: readonly Rule[];
}

/** A result as the formatters see it (the run's {@link FileResult}): fixed text in `output` when --fix or --fix-dry-run changed something. */
export type FormattableResult = FileResult;

export type Formatter = (results: readonly FormattableResult[], context: FormatterContext) => string;

/**
 * A report made file by file, so that a run can write each file's part as it comes and keep no
 * result: the text before the first file, each file's part (in input order), the text after the last.
 */
export interface ReportParts {
  readonly start: string;
  file(result: FormattableResult): string;
  end(): string;
}

/** A format that can be written file by file; `formatWhole` makes the one-string {@link Formatter} of it. */
export type StreamingFormat = (context: FormatterContext) => ReportParts;

/** The whole report at once: the same text as writing the parts one after another. */
export const formatWhole =
  (format: StreamingFormat): Formatter =>
  (results, context) => {
    const parts = format(context);
    let out = parts.start;
    for (const r of results) out += parts.file(r);
    return out + parts.end();
  };
