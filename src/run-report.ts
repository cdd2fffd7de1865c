import { RULES_BY_ID } from '../rules/index.js';
import { BUILTIN_BY_ID } from './builtin-ids.js';
import { keptForReport } from './formatters/index.js';
import type { FormattableResult, FormatterContext, ReportParts } from './formatters/types.js';
import type { ReportOutput } from './report-output.js';
import type { Rule } from './rule.js';
import type { FileResult } from './types.js';

export interface RunReportOptions {
  /** The format's name (or a formatter module's path), for what a whole-run format keeps. */
  readonly format: string;
  /** Set for a format written file by file; else `whole` makes the report at the end. */
  readonly parts?: ReportParts;
  readonly whole: (results: readonly FormattableResult[], context: FormatterContext) => string | Promise<string>;
  readonly output: ReportOutput;
  /** --quiet: only errors are reported (the exit code still counts everything). */
  readonly quiet: boolean;
  readonly context: FormatterContext;
  /** The run's rules (plugin rules included) for a whole-run format, from the files' paths. */
  readonly ruleSet: (files: readonly string[]) => Promise<readonly Rule[]>;
  /**
   * For a format written file by file: adds the rules of the configuration governing a file (plugin
   * rules) to the context's `ruleById` before that file's part is written. Called only for a file
   * with findings of rules that are not built in.
   */
  readonly learnRules?: (filePath: string) => Promise<void>;
  /** Called before anything is written (a progress bar on the same terminal clears its line). */
  readonly beforeWrite?: () => void;
}

/**
 * The report of a run, fed one result at a time in input order. A format written file by file
 * writes each file's part at once and keeps nothing; any other keeps only what it reads of each
 * result (keptForReport) until `finish`.
 */
export class RunReport {
  private started = false;
  private readonly kept: FormattableResult[] = [];

  constructor(private readonly o: RunReportOptions) {}

  async add(r: FileResult): Promise<void> {
    const shown = this.o.quiet ? { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') } : r;
    if (!this.o.parts) {
      this.kept.push(keptForReport(this.o.format, shown));
      return;
    }
    if (this.o.learnRules && shown.diagnostics.some((d) => !RULES_BY_ID.has(d.ruleId) && !BUILTIN_BY_ID.has(d.ruleId))) await this.o.learnRules(shown.filePath);
    await this.write(this.begin() + this.o.parts.file(shown));
  }

  /** Writes the end of the report; resolves to the output's error, if a write failed. */
  async finish(): Promise<Error | undefined> {
    let last: string;
    if (this.o.parts) {
      last = this.begin() + this.o.parts.end();
    } else {
      const rules = await this.o.ruleSet(this.kept.map((r) => r.filePath));
      last = await this.o.whole(this.kept, { ...this.o.context, rules });
      this.kept.length = 0;
    }
    if (last !== '') this.o.beforeWrite?.();
    return this.o.output.close(last);
  }

  /** The text before the first file, once. */
  private begin(): string {
    if (this.started || !this.o.parts) return '';
    this.started = true;
    return this.o.parts.start;
  }

  private async write(part: string): Promise<void> {
    if (part === '') return;
    this.o.beforeWrite?.();
    await this.o.output.write(part);
  }
}
