import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { canActAsNobody, cli, INVALID_DOMAIN, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: paths that cannot be reached. Each is a result of its own (io/unreadable, with the
 * reason), never an internal error that ends the run, never a silent gap in a green run.
 */

/**
 * Makes `depth` nested directories `d` below `root` with vm.xml at the bottom, deeper than PATH_MAX
 * (4096), which no path-based call can reach: done by a process that walks down with chdir.
 */
function deepTree(root: string, depth: number, text: string): void {
  const script = `const fs = require('fs'); process.chdir(process.argv[1]); for (let i = 0; i < ${depth}; i++) { fs.mkdirSync('d'); process.chdir('d'); } fs.writeFileSync('vm.xml', process.argv[2]);`;
  const r = spawnSync(process.execPath, ['-e', script, root, text], { encoding: 'utf8' });
  expect(r.status, r.stderr).to.equal(0);
}

/** Removes a tree deeper than PATH_MAX (fs.rmSync walks it by full paths and fails). */
function removeDeep(root: string): void {
  const r = spawnSync('rm', ['-rf', root], { encoding: 'utf8' });
  expect(r.status, r.stderr).to.equal(0);
}

const messages = (run: ReturnType<typeof cli>): Map<string, string[]> =>
  new Map(report(run).map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}: ${m.message}`)]));

describe('red team: paths that cannot be reached', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  const deepRoots: string[] = [];
  after(() => {
    for (const d of deepRoots) removeDeep(d);
    scratch.cleanup();
  });

  it('a file below a tree deeper than PATH_MAX, found by a walk: io/unreadable on the directory that cannot be listed (was "No files matching", exit 2)', () => {
    const repo = scratch.repo({ 'ok.xml': VALID_DOMAIN });
    deepRoots.push(path.join(repo, 'deep'));
    fs.mkdirSync(path.join(repo, 'deep'));
    deepTree(path.join(repo, 'deep'), 2500, INVALID_DOMAIN);
    for (const extra of [[], ['--concurrency', '2', '--cache', '--fix']]) {
      const run = cli([...extra, '--no-probe', '-f', 'json', '.'], { cwd: repo });
      expect(run.stderr, extra.join(' ')).to.not.match(/internal error/);
      expect(run.status, run.stderr).to.equal(1);
      const found = messages(run);
      expect(found.get(path.join(repo, 'ok.xml'))).to.deep.equal([]);
      const deep = [...found].filter(([p]) => p.startsWith(path.join(repo, 'deep')));
      expect(deep, extra.join(' ')).to.have.length(1);
      expect(deep[0]![0].length, 'the deepest path that can still be named').to.be.at.most(4096);
      expect(deep[0]![1]).to.deep.equal([`io/unreadable: Cannot read ${deep[0]![0]}: the name is too long`]);
    }
  });

  it('a named path over PATH_MAX, or below a regular file: io/unreadable with the reason (were internal errors: ENAMETOOLONG, ENOTDIR)', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const long = `${'a/'.repeat(2100)}vm.xml`;
    const run = cli(['--no-probe', '-f', 'json', long, 'vm.xml/x.xml', 'vm.xml'], { cwd: repo });
    expect(run.stderr).to.not.match(/internal error/);
    expect(run.status, run.stderr).to.equal(1);
    const found = messages(run);
    expect(found.get(path.join(repo, long))).to.deep.equal([`io/unreadable: Cannot read ${path.join(repo, long)}: the name is too long`]);
    expect(found.get(path.join(repo, 'vm.xml/x.xml'))).to.deep.equal([`io/unreadable: Cannot read ${path.join(repo, 'vm.xml/x.xml')}: a path component is not a directory`]);
    expect(found.get(path.join(repo, 'vm.xml'))).to.deep.equal([]);
    // A pattern that reaches nothing is still "no files match", not a file.
    const glob = cli(['--no-probe', 'vm.xml/*.xml'], { cwd: repo });
    expect(glob.status).to.equal(2);
    expect(glob.stderr).to.equal("virtlint: No files match the pattern 'vm.xml/*.xml'\n");
  });

  it('a directory the user may not list (as nobody), walked, globbed or named through: io/unreadable (was skipped silently: exit 0; or an internal error EACCES)', function () {
    if (!canActAsNobody()) this.skip();
    const repo = scratch.repo({ 'ok/vm.xml': VALID_DOMAIN, 'locked/vm.xml': INVALID_DOMAIN });
    fs.chmodSync(path.join(repo, 'locked'), 0o000);
    try {
      const walked = cli(['--no-probe', '-f', 'json', '.'], { cwd: repo, asUser: 'nobody' });
      expect(walked.status, walked.stderr).to.equal(1);
      expect([...messages(walked)]).to.deep.equal([
        [path.join(repo, 'locked'), [`io/unreadable: Cannot read the directory ${path.join(repo, 'locked')}: permission denied; the files in it were not linted`]],
        [path.join(repo, 'ok/vm.xml'), []],
      ]);
      const globbed = cli(['--no-probe', '-f', 'json', 'locked/*.xml'], { cwd: repo, asUser: 'nobody' });
      expect(globbed.status, globbed.stderr).to.equal(1);
      expect([...messages(globbed).keys()]).to.deep.equal([path.join(repo, 'locked')]);
      const named = cli(['--no-probe', '-f', 'json', 'locked/vm.xml'], { cwd: repo, asUser: 'nobody' });
      expect(named.stderr).to.equal('');
      expect(named.status).to.equal(1);
      expect([...messages(named).values()]).to.deep.equal([[`io/unreadable: Cannot read ${path.join(repo, 'locked/vm.xml')}: permission denied`]]);
    } finally {
      fs.chmodSync(path.join(repo, 'locked'), 0o755);
    }
  });
});
