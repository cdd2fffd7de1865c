import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { RULES } from '../rules/index.js';
import { createCapabilityResolver } from './caps/index.js';
import { CapabilityFileError } from './caps/profile-file.js';
import { DEFAULT_MAX_BYTES, InputError, readStdin } from './files.js';
import { FORMATTERS } from './formatters/index.js';
import { lintFiles } from './lint-files.js';
import { GrammarError } from './schema/check.js';
import { lintText, type LintOptions } from './lint.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';

/** Errors the user can fix (bad flags, config, capability files): one line, exit 2. */
export class UsageError extends Error {}

const EPILOG = `Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many warnings,
2 usage, configuration or internal error.

Examples:
  virtlint vm.xml                       lint one file
  virtlint vms/                         lint every *.xml below vms/
  virtlint 'defs/**/*.xml' -f json      glob, JSON output
  cat vm.xml | virtlint - --stdin-filename vm.xml
  virtlint --caps qemu-7.2.json vm.xml  check against an emulator's capabilities

Rules and their docs: virtlint --list-rules, docs/rules/README.md.`;

function parseArgs(argv: readonly string[]) {
  return yargs([...argv])
    .scriptName('virtlint')
    .usage('Usage: $0 [options] [files|dirs|globs|-]...\n\nValidate libvirt XML against virtlint\'s RelaxNG grammar and lint VM definitions with semantic rules.')
    .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${Object.keys(FORMATTERS).join(', ')}` })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only, not warnings' })
    .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
    .option('stdin-filename', { type: 'string', describe: 'File name to show for input read from standard input' })
    .option('caps', { type: 'string', describe: 'Emulator capabilities file (virtlint JSON profile) used for every document' })
    .option('schemas', { type: 'string', describe: "Validate against another schema directory (e.g. /usr/share/libvirt/schemas) instead of virtlint's grammar" })
    .option('max-file-size', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Largest document linted, in bytes' })
    .option('max-depth', { type: 'number', default: 256, describe: 'Deepest element nesting accepted' })
    .option('list-rules', { type: 'boolean', default: false, describe: 'List the rules and exit' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Explain what was and was not checked (e.g. capability sources)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (default: on for a terminal)' })
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .epilog(EPILOG)
    .strictOptions()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw new UsageError(msg || err?.message || 'invalid arguments');
    });
}

function listRules(): string {
  const w = Math.max(...RULES.map((r) => r.meta.id.length));
  const lines = RULES.map((r) => `${r.meta.id.padEnd(w)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.needsCapabilities ? 'caps' : '    '}  ${r.meta.description}`);
  return `${'rule'.padEnd(w)}  severity caps  description\n${lines.join('\n')}\n`;
}

/** Runs the CLI; returns the exit code. Writes only to the given streams. */
export async function main(
  argv: readonly string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin: NodeJS.ReadableStream; isTTY: boolean } = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
  },
): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    if (argv[0] === 'caps') {
      // `virtlint caps …` subcommands (probe an emulator into a profile) live with the capability code.
      const { capsCommand } = await import('./caps/cli.js');
      return await capsCommand(argv.slice(1), io);
    }
    const parser = parseArgs(argv);
    let helpShown = false;
    parser.showHelpOnFail(false);
    const args = await parser.parseAsync();
    if (argv.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) helpShown = true;
    if (helpShown) return 0; // yargs printed it
    debug = args.debug;
    if (args.listRules) {
      io.stdout.write(listRules());
      return 0;
    }
    const formatter = FORMATTERS[args.format];
    if (!formatter) throw new UsageError(`Unknown format '${args.format}'; choose one of ${Object.keys(FORMATTERS).join(', ')}`);
    if (args.schemas !== undefined && !fs.statSync(args.schemas, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--schemas ${args.schemas}: not a directory`);
    }
    const capabilities = createCapabilityResolver({ ...(args.caps !== undefined ? { capsFile: args.caps } : {}) });
    const options: LintOptions = {
      ...(args.schemas !== undefined ? { schemaDir: args.schemas } : {}),
      capabilities,
      maxDepth: args.maxDepth,
    };
    const inputs = (args._ as (string | number)[]).map(String);
    if (inputs.length === 0) throw new UsageError('No files given. Try: virtlint path/to/vm.xml (or virtlint --help)');

    let results: LintResult[];
    if (inputs.length === 1 && inputs[0] === '-') {
      const filePath = args.stdinFilename ?? '<stdin>';
      const read = await readStdin(args.maxFileSize, io.stdin);
      results = [read.ok ? await lintText(read.text, { ...options, filePath }) : { filePath, diagnostics: [read.diagnostic], notes: [] }];
    } else {
      if (inputs.includes('-')) throw new UsageError("'-' (standard input) cannot be combined with file names");
      results = await lintFiles(inputs, { ...options, maxBytes: args.maxFileSize });
    }
    if (args.verbose) {
      for (const r of results) for (const n of r.notes) io.stderr.write(`${r.filePath}: note: ${n}\n`);
      io.stderr.write(`virtlint: ${results.length} file${results.length === 1 ? '' : 's'} checked\n`);
    }
    const shown = args.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
    const color = args.color ?? io.isTTY;
    io.stdout.write(formatter(shown, { color, cwd: process.cwd() }));
    const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
    if (errors > 0) return 1;
    if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
      io.stderr.write(`virtlint found too many warnings (maximum: ${args.maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    const expected = e instanceof UsageError || e instanceof InputError || e instanceof CapabilityFileError || e instanceof GrammarError;
    io.stderr.write(`virtlint: ${expected ? '' : 'internal error: '}${(e as Error).message}\n`);
    if (debug && !expected) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    else if (!expected) io.stderr.write('Run again with --debug for details.\n');
    return 2;
  }
}

export const PACKAGE_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
