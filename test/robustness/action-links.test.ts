import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: the GitHub Action writes its SARIF report to `sarif-file` (default `virtlint.sarif`)
 * in the workspace, a checkout of the pull request. A `virtlint.sarif` committed as a symbolic link
 * (or a directory on the way to sarif-file committed as one) had the report written through it,
 * over a file outside the workspace (`../../.bashrc` on a self-hosted runner). With no sarif-file,
 * the report went to a predictable name in /tmp (`virtlint-PID.sarif`), where another user's link
 * could wait.
 */
function runAction(ws: string, inputs: Record<string, string>, tmp = path.dirname(ws)): { code: number | null; stdout: string; outputs: string } {
  const out = path.join(path.dirname(ws), 'github-output');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: out, HOME: ws, XDG_CACHE_HOME: path.join(ws, '.xdg'), TMPDIR: tmp };
  const all = { paths: '.', 'sarif-file': 'virtlint.sarif', annotations: 'true', args: '--no-probe', 'fail-on-error': 'true', ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'action', 'main.mjs')], { cwd: ws, env, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout, outputs: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '' };
}

describe('red team: the Action never writes its report through a link the repository holds', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  const setUp = (): { ws: string; outside: string } => {
    const root = scratch.dir();
    const ws = path.join(root, 'repo');
    fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'vm.xml'), VALID_DOMAIN);
    const outside = path.join(root, 'outside.txt');
    fs.writeFileSync(outside, 'precious\n');
    return { ws, outside };
  };

  it('virtlint.sarif committed as a link to a file outside: exit 2 naming it, the file untouched (was: replaced by the report)', () => {
    const { ws, outside } = setUp();
    fs.symlinkSync('../outside.txt', path.join(ws, 'virtlint.sarif'));
    const r = runAction(ws, {});
    expect(r.code).to.equal(2);
    expect(r.stdout).to.equal('::error title=virtlint::sarif-file virtlint.sarif: virtlint.sarif is a symbolic link, and the Action does not write its report through one (remove it, or choose another sarif-file)\n');
    expect(r.outputs).to.match(/^exit-code=2$/m);
    expect(fs.readFileSync(outside, 'utf8')).to.equal('precious\n');
  });

  it('a directory on the way committed as a link: refused the same way', () => {
    const { ws, outside } = setUp();
    fs.symlinkSync('..', path.join(ws, 'reports'));
    const r = runAction(ws, { 'sarif-file': 'reports/outside.txt' });
    expect(r.code).to.equal(2);
    expect(r.stdout).to.contain('reports is a symbolic link');
    expect(fs.readFileSync(outside, 'utf8')).to.equal('precious\n');
  });

  it('(kept) a regular virtlint.sarif is replaced as before; with no sarif-file the report lives in a directory of its own, removed after', () => {
    const { ws } = setUp();
    fs.writeFileSync(path.join(ws, 'virtlint.sarif'), 'old\n');
    const r = runAction(ws, {});
    expect(r.code).to.equal(0);
    expect((JSON.parse(fs.readFileSync(path.join(ws, 'virtlint.sarif'), 'utf8')) as { version: string }).version).to.equal('2.1.0');
    const tmp = scratch.dir();
    // The old name, planted as a link: never written through (the report goes to a new directory).
    for (let pid = 0; pid < 50; pid++) fs.symlinkSync(path.join(path.dirname(ws), 'outside.txt'), path.join(tmp, `virtlint-${pid}.sarif`));
    const planted = fs.readdirSync(tmp).sort();
    const none = runAction(ws, { 'sarif-file': '' }, tmp);
    expect(none.code).to.equal(0);
    expect(none.outputs).to.match(/^sarif-file=$/m);
    expect(fs.readdirSync(tmp).sort(), 'nothing left in TMPDIR').to.deep.equal(planted);
    expect(fs.readFileSync(path.join(path.dirname(ws), 'outside.txt'), 'utf8')).to.equal('precious\n');
  });
});
