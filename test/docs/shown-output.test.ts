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

function shownRuns(): Shown[] {
  const files = ['README.md', 'examples/plugins/README.md', ...fs.readdirSync(path.join(REPO_ROOT, 'docs')).filter((f) => f.endsWith('.md') && f !== 'performance.md').map((f) => `docs/${f}`)];
  const out: Shown[] = [];
  for (const file of files) {
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
