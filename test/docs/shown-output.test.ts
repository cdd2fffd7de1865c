/**
 * Output the manual shows is output virtlint prints: every ```console block of README.md, docs/ and
 * examples/plugins/README.md whose command lints the bundled examples is run from the repository
 * root, and its lines compared
 * with what the block shows (the block may stop early; `# code frames left out` drops the source
 * lines under each finding and everything after the findings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { spawnCli } from '../cli/run-cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

interface Shown {
  readonly where: string;
  readonly argv: string[];
  readonly framesLeftOut: boolean;
  readonly lines: string[];
}

/** The manual: README.md, examples/plugins/README.md and docs/*.md but the bench's page. */
const manualFiles = (): string[] => ['README.md', 'examples/plugins/README.md', ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md') && f !== 'performance.md').map((f) => `docs/${f}`)];

function shownRuns(): Shown[] {
  const out: Shown[] = [];
  for (const file of manualFiles()) {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const m of text.matchAll(/^```console\n\$ (?:npx )?virtlint ([^\n]*)\n([\s\S]*?)^```/gm)) {
      const [command, comment] = m[1]!.split(/\s+#\s*/) as [string, string | undefined];
      const argv = command.trim().split(/\s+/);
      // Only runs over the bundled examples can be repeated here (vms/ and caps/ stand for yours).
      if (!argv.some((a) => a.startsWith('examples/')) || argv.some((a) => !a.startsWith('-') && !a.startsWith('examples/') && !/^[a-z]+@[0-9.]+$/.test(a))) continue;
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ where: `${file}:${line}`, argv, framesLeftOut: comment === 'code frames left out', lines: m[2]!.replace(/\n$/, '').split('\n') });
    }
  }
  return out;
}

describe('output shown in the manual', () => {
  const runs = shownRuns();

  it('finds the blocks (the README shows a finding, a --target run, a policy and a plugin)', () => {
    expect(runs.map((r) => r.where.split(':')[0])).to.include.members(['README.md', 'docs/formats.md']);
    expect(runs.length).to.be.at.least(5);
  });

  // Blocks over your own files (vms/) cannot be run here; their finding lines must still be laid
  // out as stylish lays them out (a block written by hand had `error  ` where stylish pads to `error    `).
  it('every finding line of a ```console block is laid out as stylish lays it out (severity column)', () => {
    const real = spawnCli(['--no-probe', 'examples/nic-e1000-ioeventfd.xml', 'examples/disk-ide-ioeventfd.xml'], { cwd: REPO_ROOT }).stdout;
    const finding = /^ {2}\d+:\d+ +(error|warning)( +)\S/;
    const width = new Map<string, number>();
    for (const l of real.split('\n')) {
      const m = finding.exec(l);
      if (m) width.set(m[1]!, m[1]!.length + m[2]!.length);
    }
    expect([...width.keys()].sort()).to.deep.equal(['error', 'warning']);
    const wrong: string[] = [];
    for (const file of manualFiles()) {
      const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const m of text.matchAll(/^```console\n([\s\S]*?)^```/gm)) {
        const first = text.slice(0, m.index).split('\n').length + 1;
        m[1]!.split('\n').forEach((l, i) => {
          const f = finding.exec(l);
          if (f && f[1]!.length + f[2]!.length !== width.get(f[1]!)) wrong.push(`${file}:${first + i}: ${l.slice(0, 40)}`);
        });
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  for (const shown of runs) {
    it(`${shown.where}: virtlint ${shown.argv.join(' ')}`, () => {
      const run = spawnCli(shown.argv, { cwd: REPO_ROOT });
      expect(run.stderr).to.equal('');
      let lines = run.stdout.replace(/\n$/, '').split('\n');
      if (shown.framesLeftOut) {
        lines = lines.filter((l) => !/^ +[0-9]* \|/.test(l));
        lines = lines.slice(0, lines.indexOf(''));
      }
      expect(lines.slice(0, shown.lines.length)).to.deep.equal(shown.lines);
    });
  }
});
