/**
 * The manual and `--help` describe the same command line: every option `virtlint --help` lists is in
 * the README's option table (with its default), every option the table lists exists, and every
 * `--option` written anywhere in README.md and docs/ is one virtlint (or its language server, or the
 * program the text is about) has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { spawnCli } from '../cli/run-cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const read = (p: string): string => fs.readFileSync(path.join(REPO_ROOT, p), 'utf8');

/** README.md and docs/**.md, except docs/performance.md (the bench's options and V8's flags). */
function manualFiles(): string[] {
  const out = ['README.md', 'examples/plugins/README.md'];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md') && rel !== 'docs/performance.md') out.push(rel);
    }
  };
  walk('docs');
  return out;
}

interface HelpOption {
  readonly name: string;
  readonly type: string;
  readonly default?: string;
}

/** The options `virtlint --help` prints, with their type and default. */
function helpOptions(help: string): HelpOption[] {
  const section = help.slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')));
  const entries = section.split(/\n(?=\s+(?:-\w, )?--[a-z])/).slice(1);
  return entries.map((e) => {
    const name = /--([a-z][a-z-]*)/.exec(e)![1]!;
    const type = /\[(string|boolean|number)\]/.exec(e)?.[1] ?? '?';
    const def = /\[default: ([^\]]+)\]/.exec(e)?.[1];
    return { name, type, ...(def !== undefined ? { default: def.replace(/^"(.*)"$/, '$1') } : {}) };
  });
}

/** Options of other programs the manual quotes (npm, pre-commit, virsh, xmllint, VS Code, the editor latency bench), and the `--plugin` flag it says virtlint does not have. */
const OTHER_PROGRAMS = new Set(['--save-dev', '--global', '--dev', '--prod', '--no-install', '--freeze', '--install-extension', '--emulatorbin', '--machine', '--virttype', '--relaxng', '--plugin', '--warmup']);

describe('the manual and --help', () => {
  const run = spawnCli(['--help']);
  const help = run.stdout;
  const options = helpOptions(help);
  const readme = read('README.md');
  // The README's option table: rows whose first cell starts with an option.
  const tableRows = readme.split('\n').filter((l) => /^\| `-/.test(l));
  const firstCell = (row: string): string => row.split(' | ')[0]!;

  it('--help lists the options (exit 0)', () => {
    expect(run.code).to.equal(0);
    expect(options.map((o) => o.name)).to.include.members(['format', 'config', 'rule', 'target', 'max-depth', 'help', 'version']);
  });

  it("every option of --help is in the README's option table, with its default", () => {
    const problems: string[] = [];
    for (const o of options) {
      const row = tableRows.find((r) => new RegExp(`\`(?:-\\w, )?--(?:no-)?${o.name}\\b`).test(firstCell(r)));
      if (!row) {
        problems.push(`--${o.name}: not in the README's option table`);
        continue;
      }
      // Booleans default to off; other defaults are stated (10485760 may be written as 10 MiB).
      if (o.default !== undefined && o.default !== 'false' && !row.includes(o.default)) problems.push(`--${o.name}: the README does not give its default ${o.default}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it("every option of the README's option table exists in --help", () => {
    const missing: string[] = [];
    for (const row of tableRows) {
      for (const m of firstCell(row).matchAll(/--([a-z][a-z-]*)/g)) {
        const name = m[1]!;
        const known = options.some((o) => o.name === name || (o.type === 'boolean' && `no-${o.name}` === name) || (name === 'no-config' && o.name === 'config'));
        if (!known && !help.includes(`--${name}`)) missing.push(`--${name}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('every --option written in README.md and docs/ is one virtlint has (or another program the text quotes)', () => {
    const known = new Set<string>(OTHER_PROGRAMS);
    // The subcommands' and the language server's own options (`caps show FILE --json`, `virtlint-lsp --stdio`).
    const capsHelp = spawnCli(['caps', '--help']).stdout;
    const lspHelp = spawnCli(['--lsp', '--help']).stdout;
    for (const m of `${capsHelp}\n${lspHelp}`.matchAll(/--[a-z][a-z-]*/g)) known.add(m[0]);
    for (const o of options) {
      known.add(`--${o.name}`);
      if (help.includes(`--no-${o.name}`)) known.add(`--no-${o.name}`);
    }
    for (const m of help.matchAll(/--[a-z][a-z-]*/g)) known.add(m[0]);
    const unknown: string[] = [];
    for (const file of manualFiles()) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          // An option: two dashes after a space, a backtick, a bracket or a pipe (not a `--` inside XML comments or tables).
          for (const m of line.matchAll(/(?<=^|[\s`([|"'])--[a-z][a-z0-9-]*/g)) if (!known.has(m[0])) unknown.push(`${file}:${i + 1}: ${m[0]}`);
        });
    }
    expect(unknown).to.deep.equal([]);
  });

  it("every option of the other commands' help is in their page: virtlint caps in docs/capabilities.md, virtlint-lsp in docs/editors.md", () => {
    const missing: string[] = [];
    for (const [args, page] of [
      [['caps', '--help'], 'docs/capabilities.md'],
      [['--lsp', '--help'], 'docs/editors.md'],
    ] as const) {
      const own = spawnCli(args);
      expect(own.code, args.join(' ')).to.equal(0);
      const text = read(page);
      const flags = new Set([...own.stdout.matchAll(/(?<=[\s[|])--[a-z][a-z-]*(?:=[A-Z]+)?/g)].map((m) => m[0]).filter((f) => f !== '--help'));
      expect(flags.size, args.join(' ')).to.be.at.least(3);
      for (const f of flags) if (!new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(text)) missing.push(`${f}: not in ${page}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('virtlint --lsp answers --help and --version as virtlint-lsp does (the README: "same as virtlint-lsp")', () => {
    const lsp = (args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'virtlint-lsp.js'), ...args], { encoding: 'utf8', input: '', timeout: 60000 });
    for (const flag of ['--help', '--version']) {
      const viaCli = spawnCli(['--lsp', flag]);
      const own = lsp([flag]);
      expect(own.status, flag).to.equal(0);
      expect({ code: viaCli.code, stdout: viaCli.stdout }, flag).to.deep.equal({ code: 0, stdout: own.stdout });
    }
  });
});
