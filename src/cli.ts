import fs from 'node:fs';
import path from 'node:path';
import { RULE_ALIASES, RULES } from '../rules/index.js';
import { RunRules, ruleSetOfRun } from './config/run-rules.js';
import type { Rule } from './rule.js';
import { CapabilityFileError } from './caps/profile-file.js';
import { ConfigError, ConfigResolver, validateRuleSetting } from './config/index.js';
import { targetSetting } from './config/validate.js';
import { applyBuiltinLevels, BUILTIN_IDS, OFF_BY_DEFAULT } from './builtin-ids.js';
import { InputError, readStdin } from './files.js';
import { encodeText } from './fix/write.js';
import { FormatterLoadError, isFormatterPath, loadFormatter } from './formatters/custom.js';
import { builtinFormatter, defaultFormat, FORMATTER_NAMES, streamingFormat } from './formatters/index.js';
import type { RuleSetting } from './linter/lint.js';
import { type FileResult, lintFiles, lintFilesInOrder } from './lint-files.js';
import { fileOutput, type ReportOutput, streamOutput } from './report-output.js';
import { OutputTarget } from './output-target.js';
import { RunReport } from './run-report.js';
import { displayPath } from './formatters/paths.js';
// Notes on stderr name files and quote documents: escaped like the report (docs/formats.md).
import { escapeFileName, terminalSafe, terminalSafeKeepingLineBreaks } from './formatters/terminal-text.js';
import { runOptionsFrom } from './linter/run-options.js';
import { createProgress } from './progress.js';
import { wellFormed } from './quote-long.js';
import { GrammarError } from './schema/check.js';
import { FileJob, type RunOptions } from './workers/file-job.js';
import { lintStandardInput, writeFiltered } from './standard-input.js';
import { type CliArgs, parseCommonArgs } from './cli-options.js';

/** Errors the user can fix (bad flags, config, capability files): one line, exit 2. */
export class UsageError extends Error {}

/** A rule's level when nothing configures it (a few rules are opt-in: OFF_BY_DEFAULT). */
const defaultLevel = (r: Rule): 'off' | 'warn' | 'error' => (OFF_BY_DEFAULT.has(r.meta.id) ? 'off' : r.meta.defaultSeverity === 'error' ? 'error' : 'warn');

function listRules(rules: readonly Rule[]): string {
  const w = Math.max(...rules.map((r) => r.meta.id.length), ...BUILTIN_IDS.map((b) => b.id.length));
  const sev = (r: Rule): string => (OFF_BY_DEFAULT.has(r.meta.id) ? 'off' : r.meta.defaultSeverity);
  const lines = rules.map((r) => `${r.meta.id.padEnd(w)}  ${sev(r).padEnd(7)}  ${r.meta.needsCapabilities ? 'caps' : '    '}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.description}`);
  const builtins = BUILTIN_IDS.map((b) => `${b.id.padEnd(w)}  ${(b.defaultLevel === 'warn' ? 'warning' : b.defaultLevel).padEnd(7)}              ${b.description}`);
  const aliases = [...RULE_ALIASES].map(([id, parts]) => `${id.padEnd(w)}  ${parts.join(', ')}`);
  return `${'rule'.padEnd(w)}  severity caps  fix  description\n${lines.join('\n')}\n\nbuilt-in ids (set them with --rule or a configuration like rules)\n${builtins.join('\n')}\n\naliases (old ids: setting or disabling one applies to each of its rules)\n${aliases.join('\n')}\n`;
}

/** `--rule id:severity` (or `id:["warn", {…}]`), validated like a configuration entry. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    if (colon <= 0) throw new UsageError(`--rule ${flag}: expected id:severity, e.g. --rule ioeventfd-requires-virtio:warn`);
    const id = flag.slice(0, colon).trim();
    const raw = flag.slice(colon + 1).trim();
    let value: unknown = /^[0-9]+$/.test(raw) ? Number(raw) : raw;
    if (raw.startsWith('[')) {
      try {
        value = JSON.parse(raw);
      } catch (e) {
        throw new UsageError(`--rule ${flag}: the options are not valid JSON: ${wellFormed((e as Error).message)}`);
      }
    }
    const setting = validateRuleSetting(id, value, `--rule ${flag}`);
    // An alias sets each of its parts; a later flag wins, as for any repeated --rule.
    for (const part of RULE_ALIASES.get(id) ?? [id]) out[part] = setting;
  }
  return out;
}

function parseConcurrency(v: string): number | 'auto' {
  if (v === 'auto') return 'auto';
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency ${v}: expected a positive whole number or auto`);
  return n;
}

/** A whole number option within bounds, else a usage error (yargs turns `abc` into NaN). */
function wholeNumber(flag: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${flag} ${Number.isNaN(value) ? 'needs a number' : value}: expected a whole number ≥ ${min}`);
  return value;
}

/** --color / --no-color, then FORCE_COLOR, then NO_COLOR (https://no-color.org), then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** The repository root (nearest directory with .git) for SARIF's %SRCROOT%, else the working directory. */
function findSrcRoot(cwd: string): string {
  let cur = cwd;
  for (;;) {
    if (fs.existsSync(path.join(cur, '.git'))) return cur;
    const parent = path.dirname(cur);
    if (parent === cur) return cwd;
    cur = parent;
  }
}

/** Every rule and built-in id with the level that applies (configured or default), for --print-config. */
function printConfig(eff: Awaited<ReturnType<ConfigResolver['forFile']>>): string {
  const rules: Record<string, RuleSetting> = {};
  for (const r of eff.ruleSet ?? RULES) rules[r.meta.id] = eff.rules[r.meta.id] ?? defaultLevel(r);
  for (const b of BUILTIN_IDS) rules[b.id] = eff.rules[b.id] ?? b.defaultLevel;
  return `${JSON.stringify({ configFile: eff.configFile ?? null, ignored: eff.ignored, rules, settings: eff.settings }, null, 2)}\n`;
}

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bar); default: process.stderr's. */
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Runs the CLI; returns the exit code. Writes only to the given streams. */
export async function main(
  argv: readonly string[],
  io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    // Set up only when read (--stdin): for a file or a terminal on it, that costs a run ~1 ms of CPU.
    get stdin() {
      return process.stdin;
    },
    isTTY: Boolean(process.stdout.isTTY),
  },
): Promise<number> {
  let debug = argv.includes('--debug');
  let output: ReportOutput | undefined;
  /** Where the report goes, for the note that it is incomplete. */
  let reportPlace = 'on standard output';
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  try {
    if (argv.includes('--lsp')) {
      // `virtlint --lsp [--stdio]`: the language server (docs/editors.md); it owns the process until the editor ends it.
      const { lspCommand, startServer } = await import('./lsp/main.js');
      const lspArgs = argv.filter((a) => a !== '--lsp');
      // --help and --version answer as virtlint-lsp's do, instead of starting a server on them.
      const command = lspCommand(lspArgs);
      if ('print' in command) {
        io.stdout.write(command.print);
        return 0;
      }
      return await startServer(lspArgs);
    }
    if (argv[0] === 'caps') {
      // `virtlint caps …` subcommands (probe an emulator into a profile) live with the capability code.
      const { capsCommand } = await import('./caps/cli.js');
      return await capsCommand(argv.slice(1), io);
    }
    // The common command lines skip yargs (~15% of a one-file run's start-up); the rest, --help included, go to it.
    const args: CliArgs =
      parseCommonArgs(argv) ??
      (await (await import('./cli-yargs.js')).parseWithYargs(argv, (msg) => {
        throw new UsageError(msg);
      }));
    if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) return 0; // yargs printed it
    debug = args.debug;
    // yargs turns --no-config into config: false.
    const configFlag = args.config as string | boolean | undefined;
    if (typeof configFlag === 'string') {
      // Checked with stat, which opens nothing: a FIFO named here must not hang the run.
      const st = fs.statSync(path.resolve(cwd, configFlag), { throwIfNoEntry: false });
      if (!st?.isFile()) throw new UsageError(`--config ${configFlag}: ${st ? 'not a regular file' : 'no such file'}`);
    }
    if (args.listRules) {
      // With the plugin rules of the configuration that governs the working directory (or --config); a broken one exits 2.
      const listConfig = typeof configFlag === 'string' ? { configFile: path.resolve(cwd, configFlag) } : configFlag === false ? { noConfig: true } : {};
      io.stdout.write(listRules((await new ConfigResolver(listConfig).forFile(path.join(cwd, 'virtlint.xml'))).ruleSet ?? RULES));
      return 0;
    }
    const format = args.format ?? defaultFormat(env);
    // A formatter module is code: imported only because it was named here, on the command line.
    const formatter = (await builtinFormatter(format)) ?? (isFormatterPath(format) ? await loadFormatter(format, cwd) : undefined);
    if (!formatter) throw new UsageError(`Unknown format '${format}'; choose one of ${FORMATTER_NAMES.join(', ')}, or give a formatter module's path (./my-formatter.mjs)`);
    const maxWarnings = wholeNumber('max-warnings', args.maxWarnings, -1);
    const maxFileSize = wholeNumber('max-file-size', args.maxFileSize, 1);
    const maxDepth = wholeNumber('max-depth', args.maxDepth, 1);
    const lintTimeout = wholeNumber('lint-timeout', args.lintTimeout, 0);
    if (args.schemas !== undefined && !fs.statSync(path.resolve(cwd, args.schemas), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--schemas ${args.schemas}: not a directory`);
    }
    if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
    // Repeated --rule flags arrive as an array (not `array: true`, which would swallow the file names).
    const ruleOverrides = parseRuleFlags(([] as string[]).concat((args.rule as string | string[] | undefined) ?? []));
    // Repeated --target flags arrive as an array; checked here so a bad one is reported as the flag.
    const targetFlags = ([] as string[]).concat((args.target as string | string[] | undefined) ?? []);
    const run = runOptionsFrom({
      ...(typeof configFlag === 'string' ? { configFile: path.resolve(cwd, configFlag) } : {}),
      ...(configFlag === false ? { noConfig: true } : {}),
      rules: ruleOverrides,
      ...(targetFlags.length > 0 ? { target: targetSetting(targetFlags, '--target') } : {}),
      ...(args.caps !== undefined ? { capsFile: path.resolve(cwd, args.caps) } : {}),
      ...(args.schemas !== undefined ? { schemaDir: path.resolve(cwd, args.schemas) } : {}),
      ...(args.probe === false ? { probe: false } : {}),
      maxBytes: maxFileSize,
      maxDepth,
      ...(args.fix ? { fix: 'write' as const } : args.fixDryRun ? { fix: 'dry-run' as const } : {}),
      ...(args.cache === false ? { capsCache: false } : {}),
    });

    if (args.printConfig !== undefined) {
      const eff = await new ConfigResolver(run.config).forFile(path.resolve(cwd, args.printConfig));
      io.stdout.write(printConfig(eff));
      return 0;
    }

    const inputs = (args._ as (string | number)[]).map(String);
    if (args.stdin) {
      if (inputs.length > 0 && !(inputs.length === 1 && inputs[0] === '-')) throw new UsageError('--stdin cannot be combined with file names');
      inputs.splice(0, inputs.length, '-');
    }
    if (inputs.length === 0) throw new UsageError('No files given. Try: virtlint path/to/vm.xml (or virtlint --help)');
    const concurrency = parseConcurrency(args.concurrency);
    // The probe never executes an emulator from inside what is being linted (for a glob: its static base).
    const lintRoots = inputs.filter((i) => i !== '-').map((i) => path.resolve(cwd, i.split(/[*?[{]/)[0] || '.'));

    // The report is written as the files are linted (in input order), so a run keeps no result:
    // memory stays bounded however many files it lints (docs/performance.md).
    const toFile = args.outputFile !== undefined;
    // `--stdin --fix`: the fixed document goes to stdout (as a filter: `virtlint --stdin --fix < a > b`)
    // and the report to stderr; -f json keeps ESLint's --fix-dry-run shape (the text in `output`).
    const printFixed = inputs[0] === '-' && args.fix && format !== 'json';
    const reportStream = printFixed ? io.stderr : io.stdout;
    const reportIsTTY = printFixed ? Boolean(io.stderrIsTTY ?? process.stderr.isTTY) : io.isTTY;
    // Plugin rules' metadata (docs links) for formats written file by file, learnt as their findings come.
    const runRules = new RunRules(run.config ?? {});
    const context = { color: toFile ? false : useColor(args.color, env, reportIsTTY), cwd, srcRoot: findSrcRoot(cwd), ruleById: runRules.byId };
    const outputPath = toFile ? path.resolve(cwd, args.outputFile as string) : undefined;
    // The report never replaces a file being linted (data loss): a named one is refused before the
    // run, one a directory or glob finds once they are found, before any file is read or fixed (a
    // refused run changes nothing). Standard input is never written back, so `--stdin -o` keeps its habits.
    const reportTarget = outputPath !== undefined && inputs[0] !== '-' ? OutputTarget.of(outputPath) : undefined;
    const refuseLinted = (file: string): void => {
      if (reportTarget?.is(path.resolve(cwd, file))) {
        throw new UsageError(`--output-file ${args.outputFile}: that is ${displayPath(path.resolve(cwd, file), cwd)}, a file being linted; refusing to replace it with the report`);
      }
    };
    for (const input of inputs) if (!/[*?[{]/.test(input)) refuseLinted(input);
    /** The walk's or glob's files: one that is the report's target is refused unless it is skipped as not libvirt XML (not linted: the JUnit report of the last run, in the tree). */
    const refuseFoundTarget = async (files: readonly string[]): Promise<void> => {
      if (!reportTarget) return;
      for (const file of files) {
        if (!reportTarget.is(path.resolve(cwd, file))) continue;
        // Linted alone, never fixed, to learn whether it is skipped.
        const [alone] = await lintFiles([file], { ...run, fix: undefined, cwd, lintRoots, concurrency: 1 });
        if (!alone?.skipped) refuseLinted(file);
      }
    };
    output = outputPath !== undefined ? fileOutput(outputPath, cwd) : streamOutput(reportStream, reportIsTTY);
    if (toFile) reportPlace = `in ${escapeFileName(args.outputFile as string)}`;
    else if (printFixed) reportPlace = 'on standard error';
    let progress: ReturnType<typeof createProgress> | undefined;
    // A progress bar shares the terminal with a report written there, and with --verbose notes.
    const clearProgress = (): void => progress?.done();
    const report = new RunReport({
      format,
      ...(isFormatterPath(format) ? {} : { parts: (await streamingFormat(format))?.(context) }),
      whole: formatter,
      output,
      quiet: args.quiet,
      context,
      ruleSet: (files) => ruleSetOfRun(run.config ?? {}, files.map((f) => path.resolve(cwd, f))),
      learnRules: (file) => runRules.include(path.resolve(cwd, file)),
      ...(reportIsTTY && !toFile ? { beforeWrite: clearProgress } : {}),
    });
    const tally = { files: 0, skipped: 0, errors: 0, warnings: 0, changed: 0 };
    const ignored: string[] = [];
    const notFollowed: string[] = [];
    let runNotesWritten = false;
    /** --verbose: what the run did not lint, before the notes of the files it did. */
    const writeRunNotes = (): void => {
      if (!args.verbose || runNotesWritten) return;
      runNotesWritten = true;
      if (ignored.length + notFollowed.length > 0) clearProgress();
      for (const f of ignored) io.stderr.write(`${escapeFileName(f)}: note: ignored by the configuration's ignores\n`);
      for (const s of notFollowed) io.stderr.write(`${s}\n`);
    };
    const onFile = async (r: FileResult): Promise<void> => {
      tally.files++;
      if (r.skipped) tally.skipped++;
      if (r.output !== undefined) tally.changed++;
      for (const d of r.diagnostics) {
        if (d.severity === 'error') tally.errors++;
        else if (d.severity === 'warning') tally.warnings++;
      }
      if (args.verbose) {
        writeRunNotes();
        if (r.notes.length > 0) clearProgress();
        for (const n of r.notes) io.stderr.write(`${escapeFileName(r.filePath)}: note: ${terminalSafe(n)}\n`);
      }
      await report.add(r);
    };

    /** `--stdin --fix`: what goes to stdout, the document fixed or as it came (never nothing: an editor's filter would empty its buffer). */
    let filtered: { readonly bytes: Buffer; readonly rest?: AsyncIterator<Buffer> } | undefined;
    if (inputs.length === 1 && inputs[0] === '-') {
      // Standard input is never written back: --fix behaves as --fix-dry-run.
      const filePath = args.stdinFilename ? path.resolve(cwd, args.stdinFilename) : '<stdin>';
      const read = await readStdin(maxFileSize, io.stdin, printFixed);
      const stdinRun: RunOptions = run.fix ? { ...run, fix: 'dry-run' } : run;
      const job = new FileJob(stdinRun);
      const configPath = filePath === '<stdin>' ? path.join(cwd, '<stdin>') : filePath;
      const options = await job.lintOptionsFor(configPath);
      const result: FileResult = read.ok
        ? await lintStandardInput(job, read.text, read.encoding, configPath, options.ruleSet !== undefined ? lintTimeout * 1000 : 0, stdinRun)
        : { filePath, diagnostics: applyBuiltinLevels([read.diagnostic], options.rules), notes: [] };
      const r = filePath === '<stdin>' ? { ...result, filePath } : result;
      if (printFixed) {
        // Fixed: in the encoding it came in (as --fix writes a file). Otherwise the bytes themselves,
        // undecodable ones too; input stopped at the size limit is followed by the rest, unread.
        const fixed = read.ok && r.output !== undefined ? encodeText(r.output, read.encoding) : undefined;
        filtered = fixed ? { bytes: fixed } : { bytes: read.bytes, ...(!read.ok && read.rest ? { rest: read.rest } : {}) };
      }
      await onFile(r);
    } else {
      if (inputs.includes('-')) throw new UsageError("'-' (standard input) cannot be combined with file names");
      await lintFilesInOrder(
        inputs,
        {
          ...run,
          lintRoots,
          cwd,
          concurrency,
          lintTimeoutMs: lintTimeout * 1000,
          ...(args.cache ? { cache: { ...(args.cacheLocation ? { location: args.cacheLocation } : {}) } } : {}),
          onIgnored: (f) => ignored.push(f),
          beforeLint: refuseFoundTarget,
          onSkipped: (f, why) => notFollowed.push(`${escapeFileName(f)}: note: not linted: ${terminalSafe(why)}`),
          onWarning: (m) => io.stderr.write(`virtlint: warning: ${terminalSafe(m)}\n`),
          onResult: (_r, _i, n) => {
            if (!progress) {
              const stream = { write: (s: string) => io.stderr.write(s), isTTY: io.stderrIsTTY ?? process.stderr.isTTY, columns: process.stderr.columns };
              progress = createProgress(n, stream, env);
            }
            progress.tick();
          },
        },
        onFile,
      );
      progress?.done();
      writeRunNotes();
      if (tally.files === 0) {
        // ESLint's habit: a run that lints nothing is a mistake (a wrong path, an ignore too wide).
        const what = inputs.map((i) => `"${i}"`).join(', ');
        const why = ignored.length > 0 ? `All files matched by ${what} are ignored (by the configuration's ignores; --verbose lists them).` : notFollowed.length > 0 ? `The files matching ${what} are symbolic links, which directory walks and globs do not follow (name a file to lint it; --verbose lists them).` : `No files matching the pattern ${what} were found (directories are searched for *.xml).`;
        throw new UsageError(why);
      }
    }
    if (args.verbose) {
      const n = tally.files - tally.skipped;
      io.stderr.write(`virtlint: ${n} file${n === 1 ? '' : 's'} checked${tally.skipped > 0 ? `, ${tally.skipped} skipped (not libvirt XML)` : ''}\n`);
    }
    if (run.fix && tally.changed > 0 && format === 'stylish') {
      // A filter (--stdin --fix) has printed the fixed document: say so, not that it "would" fix it.
      const fixedWhat = inputs[0] !== '-' ? `${tally.changed} file${tally.changed === 1 ? '' : 's'}` : run.fix === 'write' ? 'standard input (the fixed document is on standard output)' : 'standard input';
      io.stderr.write(`virtlint: ${run.fix === 'write' ? 'fixed' : 'would fix'} ${fixedWhat}\n`);
    }
    if (filtered) await writeFiltered(io.stdout, filtered.bytes, filtered.rest);
    const failure = await report.finish();
    if (failure) {
      if (toFile) throw new UsageError(`--output-file ${args.outputFile}: ${failure.message}`);
      io.stderr.write(`virtlint: cannot write the report to standard output: ${(failure as NodeJS.ErrnoException).code ?? failure.message}\n`);
      return 2;
    }
    if (tally.errors > 0) return 1;
    if (maxWarnings >= 0 && tally.warnings > maxWarnings) {
      io.stderr.write(`virtlint found too many warnings (maximum: ${maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    const incomplete = output?.abort() === true;
    const expected =
      e instanceof UsageError ||
      e instanceof InputError ||
      e instanceof CapabilityFileError ||
      e instanceof GrammarError ||
      e instanceof ConfigError ||
      e instanceof FormatterLoadError;
    // A message may name files of the tree or quote a configuration: nothing in it drives the terminal.
    io.stderr.write(`virtlint: ${expected ? '' : 'internal error: '}${terminalSafeKeepingLineBreaks((e as Error).message)}\n`);
    // Written file by file, the report already holds the files before the failure; it is left unended
    // (a json document does not parse) and said to be incomplete, never passed off as the whole run.
    if (incomplete) io.stderr.write(`virtlint: the report ${reportPlace} is incomplete: the run stopped before its end\n`);
    if (debug && !expected) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    else if (!expected) io.stderr.write('Run again with --debug for details.\n');
    return 2;
  }
}
