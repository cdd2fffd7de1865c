import fs from 'node:fs';
import { applyBuiltinLevels } from '../builtin-ids.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import type { CapabilityResolver } from '../caps/resolver.js';
import { ConfigResolver, type EffectiveConfig } from '../config/index.js';
import { LintOptionsFactory } from '../config/lint-options.js';
import { DEFAULT_MAX_BYTES, readDocumentBytes, type ReadOutcome } from '../files.js';
import { fixText } from '../linter/fix-loop.js';
import { CHANGED_ON_DISK, writeFileAtomically } from '../fix/write.js';
import { lintText, type LintOptions } from '../linter/lint.js';
import type { RunOptions } from '../linter/run-options.js';
import type { Diagnostic, FileResult, LintResult } from '../types.js';
import { decodeBytes, type TextEncoding } from '../xml/decode.js';
import { withRulesOff as rulesOff } from './stopped-rules.js';

export type { FixMode, RunOptions } from '../linter/run-options.js';

export type { FileResult };

const START = { line: 1, column: 1, offset: 0 };

/** The options with the rules stopped in an earlier lint turned off (usually none: no copy). */
const withRulesOff = (options: LintOptions, off: readonly string[] | undefined): LintOptions => (off && off.length > 0 ? { ...options, rules: rulesOff(options.rules, off) } : options);

/** The options with the bytes' encoding (lintText reports UTF-16, which libvirt refuses); UTF-8, the usual case, copies nothing. */
const withEncoding = (options: LintOptions, encoding: TextEncoding): LintOptions => (encoding === 'utf-8' ? options : { ...options, encoding });

/** A document read for linting: the outcome and, for --fix, the file's state before the read. */
export interface DocumentRead {
  readonly outcome: ReadOutcome;
  /** Only --fix needs it: the write refuses a file changed since (undefined when stat failed: the read says why). */
  readonly before?: fs.Stats;
}

/**
 * The unit of work of a run — read, lint, fix, write one document — shared by the in-process path
 * and the worker threads, so both behave the same. Configuration files are loaded once per job.
 */
export class FileJob {
  readonly configs: ConfigResolver;
  private readonly options: LintOptionsFactory;

  /** `capabilities` replaces configured capability sources (API callers only; not for workers). */
  constructor(
    private readonly run: RunOptions,
    private readonly capabilities?: CapabilityResolver,
  ) {
    this.configs = new ConfigResolver(run.config);
    this.options = new LintOptionsFactory(run);
  }

  /** `config`: the file's configuration when the caller has looked it up already (`configs.forFile`). */
  async lintOptionsFor(filePath: string, config?: EffectiveConfig): Promise<LintOptions> {
    const opts = this.options.for(config ?? (await this.configs.forFile(filePath)), filePath);
    return this.capabilities ? { ...opts, capabilities: this.capabilities } : opts;
  }

  /**
   * Lints text that is not (or not only) on disk: standard input. Fixes are computed, never written.
   * `off`: rules stopped by the time limit in an earlier lint (stopped-rules.ts), turned off here.
   */
  async lintSource(text: string, filePath: string, encoding: TextEncoding = 'utf-8', off?: readonly string[]): Promise<FileResult> {
    const options = withRulesOff(withEncoding(await this.lintOptionsFor(filePath), encoding), off);
    const result = await lintText(text, options);
    if (!this.fixes(off)) return result;
    const fixed = await fixText(text, result, (t) => lintText(t, options));
    return fixed.output === text ? result : { ...fixed.result, output: fixed.output };
  }

  /**
   * `followSymlinks`: false for a file a walk or glob found (a symbolic link there is refused).
   * `config`: the file's configuration when the caller has looked it up already.
   * `seenRegular`: the walk's readdir saw a regular file there (InputFile.seenRegular).
   * `off`: as for lintSource.
   */
  async lintPath(file: string, followSymlinks = true, config?: EffectiveConfig, seenRegular = false, off?: readonly string[]): Promise<FileResult> {
    return this.lintRead(file, this.read(file, followSymlinks, seenRegular), config, off);
  }

  /**
   * Whether this lint applies fixes: with --fix, and not when rules were turned off after they were
   * stopped. Such a lint is not a complete check, and a file rewritten from it would have been
   * changed without every rule having seen it (the fixable findings are still reported).
   */
  private fixes(off: readonly string[] | undefined): boolean {
    return this.run.fix !== undefined && (off === undefined || off.length === 0);
  }

  /**
   * Reads a document for `lintRead`. `bytes` (the file's raw bytes, when it could be read) are for
   * the result cache's key: a run with --cache lints the very text its key was made from.
   */
  read(file: string, followSymlinks = true, seenRegular = false): DocumentRead & { readonly bytes?: Buffer } {
    let before: fs.Stats | undefined;
    if (this.run.fix) {
      try {
        before = fs.statSync(file);
      } catch {
        before = undefined; // ENOENT, ENOTDIR, ENAMETOOLONG…: the read below reports it on the file
      }
    }
    const raw = readDocumentBytes(file, this.run.maxBytes ?? DEFAULT_MAX_BYTES, followSymlinks, seenRegular);
    const outcome = raw.ok ? decodeBytes(raw.bytes) : raw;
    return { outcome, ...(before ? { before } : {}), ...(raw.ok ? { bytes: raw.bytes } : {}) };
  }

  /** Lints (and with --fix, fixes and writes) a document read by `read`. */
  async lintRead(file: string, { outcome: read, before }: DocumentRead, config?: EffectiveConfig, off?: readonly string[]): Promise<FileResult> {
    if (!read.ok) {
      // The configured level of io/* and xml/* ids applies; an unusable configuration leaves the default.
      const rules = config ? config.rules : await this.configs.forFile(file).then((c) => c.rules, () => undefined);
      return { filePath: file, diagnostics: applyBuiltinLevels([read.diagnostic], rules), notes: [] };
    }
    const options = withRulesOff(withEncoding(await this.lintOptionsFor(file, config), read.encoding), off);
    const result = await lintText(read.text, options);
    if (!this.fixes(off) || !result.diagnostics.some((d) => d.fix)) return result;
    const fixed = await fixText(read.text, result, (t) => lintText(t, options));
    if (fixed.output === read.text) return result;
    if (this.run.fix === 'dry-run' || !before) return { ...fixed.result, output: fixed.output };
    return this.write(file, read.text, read.encoding, before, fixed.output, fixed.result, result, options.rules);
  }

  private write(
    file: string,
    original: string,
    encoding: TextEncoding,
    before: fs.Stats,
    output: string,
    fixedResult: LintResult,
    unfixedResult: LintResult,
    rules: LintOptions['rules'],
  ): FileResult {
    const outcome = writeFileAtomically(file, output, encoding, { text: original, mtimeMs: before.mtimeMs, size: before.size }, {}, this.run.lintRoots ? { roots: this.run.lintRoots } : {});
    if (outcome.ok) return { ...fixedResult, output };
    // Not written: the findings of the file as it is, plus why the fixes were not saved.
    const problem: Diagnostic = {
      ruleId: DIAGNOSTIC_IDS.ioFixNotWritten,
      severity: 'error',
      message: `Fixes were not written: ${outcome.reason}. The file was left untouched${outcome.reason === CHANGED_ON_DISK ? '; run virtlint --fix again' : ''}`,
      range: { start: START, end: START },
    };
    return { ...unfixedResult, diagnostics: [...applyBuiltinLevels([problem], rules), ...unfixedResult.diagnostics] };
  }
}
