/**
 * The full command-line parser (yargs): --help, --version, usage errors and every spelling yargs
 * accepts. Imported only when src/cli-options.ts's small parser leaves a command line to it.
 */
import yargs from 'yargs';
import { type CliArgs, OPTIONS } from './cli-options.js';
import { FORMATTER_NAMES } from './formatters/index.js';
import { VERSION } from './version.js';

const EPILOG = `Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many warnings,
2 usage, configuration or internal error.

Examples:
  virtlint vm.xml                       lint one file
  virtlint vms/                         lint every *.xml below vms/
  virtlint 'defs/**/*.xml' -f json      glob, JSON output
  cat vm.xml | virtlint --stdin --stdin-filename vm.xml    standard input, shown as vm.xml
  virtlint --stdin --fix < vm.xml > fixed.xml    fixed document on stdout, findings on stderr
  virtlint --caps qemu-7.2.json vm.xml  check against an emulator's capabilities
  virtlint --fix vms/                   apply safe fixes in place
  virtlint --max-warnings 0 vms/        fail on warnings too
  virtlint -f sarif -o virtlint.sarif . SARIF for GitHub code scanning
  virtlint --rule ioeventfd-requires-virtio:warn vm.xml   (or :1; 0 off, 2 error)
  virtlint -f ./my-formatter.mjs vms/   a formatter module of your own (ESLint's formatter API)
  virtlint --target libvirt@8.0.0 vms/  flag what libvirt 8.0.0 does not know yet

Other commands:
  virtlint --lsp --stdio                the language server (as virtlint-lsp; docs/editors.md)
  virtlint caps probe BINARY -o FILE    write an emulator's capabilities profile, for --caps
  virtlint caps show FILE               summarise a capabilities file (virtlint caps --help)

Configuration: the nearest virtlint.config.{js,mjs,json} up from each file (docs/configuration.md).
Rules and their docs: virtlint --list-rules, docs/rules/README.md. The manual: README.md.`;

/** yargs configured with every option (OPTIONS), the help text and strict option checking. */
export function yargsParser(argv: readonly string[], fail: (msg: string) => never) {
  let parser = yargs([...argv])
    .scriptName('virtlint')
    .usage('Usage: $0 [options] [files|dirs|globs|-]...\n\nValidate libvirt XML against virtlint\'s RelaxNG grammar and lint VM definitions with semantic rules.');
  for (const o of OPTIONS) {
    parser = parser.option(o.name, {
      ...(o.alias ? { alias: o.alias } : {}),
      type: o.type,
      ...(o.default !== undefined ? { default: o.default } : {}),
      describe: o.describe.replace('%FORMATS%', FORMATTER_NAMES.join(', ')),
    });
  }
  return parser
    .version(VERSION)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .epilog(EPILOG)
    .strictOptions()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => fail(msg || err?.message || 'invalid arguments'));
}

/** Parses with yargs (which prints --help and --version itself). */
export async function parseWithYargs(argv: readonly string[], fail: (msg: string) => never): Promise<CliArgs> {
  const parser = yargsParser(argv, fail);
  parser.showHelpOnFail(false);
  return (await parser.parseAsync()) as unknown as CliArgs;
}
