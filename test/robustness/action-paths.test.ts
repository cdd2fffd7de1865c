import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: the Action's `paths` are often a pull request's changed files
 * (`paths: ${{ steps.changed.outputs.files }}`), whose names the pull request chooses. They were
 * passed after the Action's options with nothing to end them, so a file named `--config=evil.mjs`
 * was an option: the module it named (committed beside it) was run, with the workflow's token and
 * secrets in reach. `--` now ends the options: every word of `paths` is a path.
 */
function runAction(ws: string, inputs: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const out = path.join(path.dirname(ws), 'github-output');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, HOME: ws, XDG_CACHE_HOME: path.join(ws, '.xdg'), TMPDIR: path.dirname(ws) };
  const all = { paths: '.', 'sarif-file': 'virtlint.sarif', annotations: 'true', args: '--no-probe', 'fail-on-error': 'true', ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'action', 'main.mjs')], { cwd: ws, env, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('red team: the Action reads every word of `paths` as a path, never as an option', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  const setUp = (): { ws: string; marker: string } => {
    const ws = path.join(scratch.dir(), 'repo');
    fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'vm.xml'), VALID_DOMAIN);
    const marker = path.join(ws, 'RAN');
    // What the pull request commits beside the file it names `--config=evil.mjs`.
    fs.writeFileSync(path.join(ws, 'evil.mjs'), `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n`);
    return { ws, marker };
  };

  for (const option of ['--config=evil.mjs', '--format=evil.mjs']) {
    it(`a changed file named ${option}: the module is not run (was: run), the name is linted as a path`, () => {
      const { ws, marker } = setUp();
      fs.writeFileSync(path.join(ws, option), VALID_DOMAIN);
      const r = runAction(ws, { paths: `vm.xml ${option}` });
      expect(fs.existsSync(marker), 'the module ran').to.equal(false);
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      // Both files are in the report, as paths.
      const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'virtlint.sarif'), 'utf8')) as { runs: { artifacts?: unknown[]; results: unknown[] }[] };
      expect(sarif.runs[0]?.results).to.deep.equal([]);
    });
  }

  it('(kept) options in `args` are still options', () => {
    const { ws } = setUp();
    fs.writeFileSync(path.join(ws, 'bad.xml'), VALID_DOMAIN.replace("type='kvm'", "type='bogus'"));
    const r = runAction(ws, { paths: 'vm.xml bad.xml', args: '--no-probe --max-warnings 0 --rule schema/invalid-value:warn' });
    expect(r.stdout).to.match(/^::warning file=bad\.xml,/m);
  });
});
