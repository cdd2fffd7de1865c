/**
 * The CLI's options, and a small parser for the common command lines. yargs (src/cli-yargs.ts)
 * costs ~15% of a one-file run's start-up; it is loaded only for what the small parser leaves to
 * it: --help, --version, mistakes (its messages) and unusual spellings (`-qf json`, `--flag=false`,
 * `--`, numbers as file names). For what it accepts, the small parser gives exactly what yargs
 * gives (test/cli/args.test.ts compares them), so behaviour does not depend on which one ran.
 */
import { DEFAULT_MAX_BYTES } from './files.js';
import { DEFAULT_LINT_TIMEOUT_MS } from './workers/lint-timeout.js';

export interface OptionSpec {
  readonly name: string;
  readonly alias?: string;
  readonly type: 'string' | 'boolean' | 'number';
  readonly default?: string | number | boolean;
  /** The description in --help (`%FORMATS%`: the built-in formatters' names, filled in by cli-yargs.ts). */
  readonly describe: string;
}

/** Options as --help lists them (in this order). `format`'s description is completed by cli-yargs.ts. */
export const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', alias: 'f', type: 'string', describe: 'Output format: %FORMATS%, or a formatter module\'s path (default: github inside GitHub Actions, stylish elsewhere)' },
  { name: 'output-file', alias: 'o', type: 'string', describe: 'Write the report to this file instead of standard output' },
  { name: 'quiet', type: 'boolean', default: false, describe: 'Report errors only, not warnings' },
  { name: 'max-warnings', type: 'number', default: -1, describe: 'Exit 1 when there are more than this many warnings (-1: no limit; 0: any warning fails)' },
  { name: 'config', alias: 'c', type: 'string', describe: 'Use this configuration file for every document instead of the nearest virtlint.config.{js,mjs,json} (--no-config: none at all)' },
  { name: 'print-config', type: 'string', describe: 'Print, as JSON, the configuration that applies to the file given (--print-config vm.xml): every rule with its level, and the settings; then exit' },
  { name: 'rule', type: 'string', describe: 'Set a rule (or a built-in id such as schema/unknown-root) over any configuration: id:off|warn|error, id:0|1|2, or with options id:["error", {…}] (repeatable)' },
  { name: 'fix', type: 'boolean', default: false, describe: 'Apply the fixes findings carry (rules marked fix in --list-rules) to the files, atomically; a file changed meanwhile is left alone' },
  { name: 'fix-dry-run', type: 'boolean', default: false, describe: 'Compute fixes without writing them (with -f json, each changed file has its fixed text in `output`)' },
  { name: 'cache', type: 'boolean', describe: "Reuse results of unchanged files, stored in --cache-location (--no-cache: no cache at all, not even the capability probe's)" },
  { name: 'cache-location', type: 'string', describe: 'Result cache file, or a directory to hold .virtlintcache (with --cache; default: .virtlintcache)' },
  { name: 'concurrency', type: 'string', default: 'auto', describe: 'Threads linting many files (this one + workers): a number (workers at most twice the cores, at least 4), or auto (the available cores, one thread per 4,000 files)' },
  {
    name: 'lint-timeout',
    type: 'number',
    default: DEFAULT_LINT_TIMEOUT_MS / 1000,
    describe:
      'Seconds one file may take in a worker thread; a file that takes longer is stopped and reported (0: no limit). A configuration that loads plugins has every file linted in worker threads, even with --concurrency 1, so that a plugin rule that never returns cannot hang the run',
  },
  { name: 'stdin', type: 'boolean', default: false, describe: 'Lint the document on standard input (same as -); with --fix, print the fixed document' },
  { name: 'stdin-filename', type: 'string', describe: 'File name to show for standard input, and to choose its configuration by (default: <stdin>)' },
  { name: 'caps', type: 'string', describe: "Emulator capabilities file for every document: a virtlint JSON profile (virtlint caps probe), 'virsh domcapabilities' XML or libvirt's QEMU capabilities cache XML" },
  { name: 'probe', type: 'boolean', describe: 'Allow a live probe of an allowed emulator (root-owned qemu-system-*, or settings.probeAllow) when no capabilities file covers it (default: allowed; --no-probe: never run an emulator)' },
  { name: 'target', type: 'string', describe: 'The oldest release the documents must run on: libvirt@8.0.0 or qemu@6.2 (repeatable); what is newer is reported as requires-newer-libvirt (domains, networks, storage pools and volumes, filters, secrets, host interfaces, snapshots, checkpoints: docs/targets.md)' },
  { name: 'schemas', type: 'string', describe: "Validate against another schema directory (e.g. /usr/share/libvirt/schemas) instead of virtlint's grammar (compiled on first use, then cached)" },
  { name: 'max-file-size', type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Largest document linted, in bytes (10 MiB); a larger one gets xml/too-large' },
  { name: 'max-depth', type: 'number', default: 256, describe: 'Deepest element nesting accepted; a deeper document gets xml/too-deep' },
  { name: 'list-rules', type: 'boolean', default: false, describe: 'List the rules (id, default severity, needs capabilities, fixable, description), the built-in ids and the aliases, and exit' },
  { name: 'verbose', type: 'boolean', default: false, describe: 'Explain on stderr what was and was not checked (capability sources, files skipped as not libvirt XML, ignored files)' },
  { name: 'debug', type: 'boolean', default: false, describe: 'Print stack traces of internal errors' },
  { name: 'color', type: 'boolean', describe: 'Force colours on (--no-color: off); otherwise FORCE_COLOR decides when set (0 or false: off), then NO_COLOR turns them off, else they are on for a terminal' },
];

/** The parsed command line, as yargs gives it (camel-case keys; repeated options as arrays). */
export interface CliArgs {
  readonly _: (string | number)[];
  readonly format?: string;
  readonly outputFile?: string;
  readonly quiet: boolean;
  readonly maxWarnings: number;
  readonly config?: string | boolean;
  readonly printConfig?: string;
  readonly rule?: string | string[];
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly concurrency: string;
  readonly lintTimeout: number;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly caps?: string;
  readonly probe?: boolean;
  readonly target?: string | string[];
  readonly schemas?: string;
  readonly maxFileSize: number;
  readonly maxDepth: number;
  readonly listRules: boolean;
  readonly verbose: boolean;
  readonly debug: boolean;
  readonly color?: boolean;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

const BY_FLAG = new Map<string, OptionSpec>();
for (const o of OPTIONS) {
  BY_FLAG.set(`--${o.name}`, o);
  if (o.alias) BY_FLAG.set(`-${o.alias}`, o);
}

/** Options that may be repeated (each occurrence adds to an array, as yargs does). */
const REPEATABLE = new Set(['rule', 'target']);
/** `--no-X` spellings the help documents. */
const NEGATABLE = new Set(['cache', 'probe', 'color', 'config']);

/**
 * Values yargs would read differently from a plain string: numbers (it turns positionals that look
 * like numbers into numbers), `true`/`false` after a boolean flag, anything starting with a dash.
 */
const PLAIN_POSITIONAL = /^(?!\d|\.\d|[-+])(?!(?:true|false)$)/i;
const PLAIN_VALUE = /^[^-]/;
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;

/**
 * Parses the common command lines; undefined for anything else (yargs then parses it, with its
 * messages and --help). Never guesses: a spelling it does not know exactly is left to yargs.
 */
export function parseCommonArgs(argv: readonly string[]): CliArgs | undefined {
  const out: Record<string, unknown> = { _: [] as string[] };
  for (const o of OPTIONS) if (o.default !== undefined) out[camel(o.name)] = o.default;
  const seen = new Set<string>();
  const positionals = out._ as string[];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('-')) {
      if (!PLAIN_POSITIONAL.test(arg)) return undefined;
      positionals.push(arg);
      continue;
    }
    let flag = arg;
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      flag = arg.slice(0, eq);
      inline = arg.slice(eq + 1);
    }
    if (flag.startsWith('--no-') && inline === undefined && NEGATABLE.has(flag.slice(5))) {
      const name = flag.slice(5);
      if (seen.has(name)) return undefined;
      seen.add(name);
      out[camel(name)] = false;
      continue;
    }
    const spec = BY_FLAG.get(flag);
    if (!spec) return undefined;
    const key = camel(spec.name);
    if (seen.has(spec.name) && !REPEATABLE.has(spec.name)) return undefined;
    seen.add(spec.name);
    if (spec.type === 'boolean') {
      if (inline !== undefined) return undefined;
      // yargs would take a following `true`/`false` as this flag's value.
      const next = argv[i + 1];
      if (next !== undefined && /^(?:true|false)$/i.test(next)) return undefined;
      out[key] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || !PLAIN_VALUE.test(value)) return undefined;
      i++;
    }
    if (value === '' || !PLAIN_VALUE.test(value)) return undefined;
    if (spec.type === 'number') {
      if (!WHOLE_NUMBER.test(value)) return undefined;
      out[key] = Number(value);
    } else if (REPEATABLE.has(spec.name) && out[key] !== undefined) {
      out[key] = ([] as string[]).concat(out[key] as string | string[], value);
    } else {
      out[key] = value;
    }
  }
  return out as unknown as CliArgs;
}
