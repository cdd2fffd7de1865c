import { RULES_BY_ID } from '../../rules/index.js';
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
  /**
   * The run's rules by id for a format written file by file, which cannot wait for the whole run:
   * the run adds a configuration's plugin rules before the part of a file they reported in.
   * `rules`, when given (the whole run is known), wins; default: the built-in rules.
   */
  readonly ruleById?: ReadonlyMap<string, Rule>;
}

/** The rules by id a format looks metadata up in (docs links): see {@link FormatterContext.ruleById}. */
export const rulesById = (context: FormatterContext): ReadonlyMap<string, Rule> =>
  context.rules ? new Map(context.rules.map((r) => [r.meta.id, r])) : (context.ruleById ?? RULES_BY_ID);

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
