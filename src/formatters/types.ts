import type { LintResult } from '../types.js';

export interface FormatterContext {
  /** Whether to use ANSI colours. */
  readonly color: boolean;
  readonly cwd: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
