import { expect } from 'chai';
import { type CliArgs, OPTIONS, parseCommonArgs } from '../../src/cli-options.js';
import { parseWithYargs } from '../../src/cli-yargs.js';

const camel = (name: string): string => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
const KEYS = ['_', ...OPTIONS.map((o) => camel(o.name))];
/** The keys the CLI reads, with what yargs gave (undefined ones left out, as the small parser does). */
const project = (args: CliArgs): Record<string, unknown> => Object.fromEntries(KEYS.flatMap((k) => ((args as unknown as Record<string, unknown>)[k] === undefined ? [] : [[k, (args as unknown as Record<string, unknown>)[k]]])));
const viaYargs = (argv: string[]): Promise<CliArgs> =>
  parseWithYargs(argv, (msg) => {
    throw new Error(msg);
  });

/** Command lines the small parser handles: it must give what yargs gives. */
const COMMON: string[][] = [
  ['vm.xml'],
  ['./vm.xml', '../b.xml', '-'],
  ['--stdin', '--stdin-filename', 'vm.xml'],
  ['-f', 'json', '-o', 'out/report.json', 'vms/'],
  ['--format=sarif', '--output-file=x.sarif', '.'],
  ['--quiet', '--max-warnings', '0', 'vms'],
  ['--max-warnings=12', '--max-file-size', '1048576', '--max-depth', '10', 'a.xml'],
  ['-c', 'virtlint.config.json', 'a.xml'],
  ['--no-config', 'a.xml'],
  ['--config=c.mjs', 'a.xml'],
  ['--rule', 'ioeventfd-requires-virtio:warn', 'a.xml'],
  ['--rule', 'a:off', '--rule', 'b:2', '--rule=c:["warn",{"x":1}]', 'a.xml'],
  ['--target', 'libvirt@8.0.0', '--target', 'qemu@6.2', 'vms'],
  ['--fix', 'vms/'],
  ['--fix-dry-run', '-f', 'json', 'vm.xml'],
  ['--no-cache', '--no-probe', '--no-color', 'vm.xml'],
  ['--cache', '--cache-location', '.cache/virtlint', 'vm.xml'],
  ['--concurrency', '2', 'vms'],
  ['--concurrency', 'auto', 'vms'],
  ['--concurrency', 'many', 'vms'],
  ['--lint-timeout', '5', '--concurrency', '1', 'vms'],
  ['--lint-timeout=0', 'vms'],
  ['--caps', 'qemu-7.2.json', '--probe', 'vm.xml'],
  ['--schemas', '/usr/share/libvirt/schemas', 'vm.xml'],
  ['--list-rules'],
  ['--print-config', 'vm.xml'],
  ['--verbose', '--debug', '--color', 'vm.xml'],
  ['--format', 'true', 'x.xml'],
  ['defs/**/*.xml', 'vm two.xml', 'é.xml'],
  [],
];

/** Spellings left to yargs: its reading differs from a plain one, or it reports the mistake. */
const UNUSUAL: string[][] = [
  ['--help'],
  ['-h'],
  ['--version'],
  ['-v'],
  ['--unknown-flag', 'vm.xml'],
  ['-qf', 'json', 'vm.xml'],
  ['--quiet=false', 'vm.xml'],
  ['--quiet', 'true', 'vm.xml'],
  ['--', '--fix'],
  ['123', 'vm.xml'],
  ['.5'],
  ['--format'],
  ['--format', '--quiet', 'vm.xml'],
  ['--format', 'json', '--format', 'stylish', 'vm.xml'],
  ['--max-warnings', '-1', 'vm.xml'],
  ['--max-warnings', 'abc', 'vm.xml'],
  ['--max-depth', '1e3', 'vm.xml'],
  ['--lint-timeout', '0.5', 'vm.xml'],
  ['--no-quiet', 'vm.xml'],
  ['--no-cache', '--cache', 'vm.xml'],
  ['--format=', 'vm.xml'],
  ['-f=json', 'vm.xml'],
];

describe('command-line parsing without yargs on the common path', () => {
  for (const argv of COMMON) {
    it(`gives what yargs gives: ${JSON.stringify(argv)}`, async () => {
      const ours = parseCommonArgs(argv);
      expect(ours, 'the small parser should handle it').to.not.equal(undefined);
      expect(project(ours as CliArgs)).to.deep.equal(project(await viaYargs(argv)));
    });
  }

  it('leaves --help, --version, mistakes and unusual spellings to yargs', () => {
    const handled = UNUSUAL.filter((argv) => parseCommonArgs(argv) !== undefined);
    expect(handled).to.deep.equal([]);
  });
});

describe('glob detection without tinyglobby', () => {
  it("says what tinyglobby's isDynamicPattern says", async () => {
    const { isDynamicPattern } = await import('../../src/files.js');
    const tinyglobby = await import('tinyglobby');
    const samples = ['vm.xml', 'vms/', './a/b.xml', '*.xml', 'defs/**/*.xml', 'a?.xml', '[ab].xml', '{a,b}.xml', '!a.xml', '+(a|b).xml', '@(a).xml', 'a\\*.xml', 'vm (1).xml', 'é.xml', ''];
    expect(samples.map(isDynamicPattern)).to.deep.equal(samples.map((s) => tinyglobby.isDynamicPattern(s)));
    expect(samples.filter(isDynamicPattern)).to.include.members(['*.xml', 'defs/**/*.xml', '{a,b}.xml']);
  });
});
