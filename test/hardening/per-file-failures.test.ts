import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from './helpers.js';
import { cli, report, Scratch, VALID_DOMAIN } from './trust-helpers.js';

const withEmulator = (emulator: string): string => VALID_DOMAIN.replace('</os>', `</os>\n  <devices>\n    <emulator>${emulator}</emulator>\n  </devices>`);

/**
 * Issue 15, item 5: one bad input never ends the whole run. A per-file failure is a diagnostic on
 * that file; an unusable cache is a warning and the run goes on; output errors exit 2 with one line.
 */
describe('issue 15.5: one bad input does not end the run', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it("with --cache, an <emulator> that is not a directory component or is 5,000 characters long: every file reported (was 'internal error: ENOTDIR', exit 2)", () => {
    const repo = scratch.repo({
      'a.xml': withEmulator('/etc/passwd/x'),
      'b.xml': withEmulator(`/${'x'.repeat(5000)}`),
      'c.xml': withEmulator(`/usr/${'d/'.repeat(3000)}qemu`),
      'd.xml': VALID_DOMAIN,
    });
    for (const args of [['--cache'], ['--cache', '--concurrency', '2'], []]) {
      const run = cli([...args, '--no-probe', '-f', 'json', '.'], { cwd: repo });
      expect(run.stderr).to.not.match(/internal error/);
      expect(run.status, run.stderr).to.be.oneOf([0, 1]);
      expect(report(run).map((r) => path.basename(r.filePath))).to.deep.equal(['a.xml', 'b.xml', 'c.xml', 'd.xml']);
    }
  });

  it('the same with the probe on (the document names a path the probe cannot resolve)', () => {
    const repo = scratch.repo({ 'a.xml': withEmulator('/etc/passwd/x'), 'b.xml': withEmulator(`/${'y'.repeat(5000)}`) });
    const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo });
    expect(run.stderr).to.not.match(/internal error/);
    expect(report(run)).to.have.length(2);
  });

  for (const [what, location] of [
    ['under a regular file (ENOTDIR)', '/etc/passwd/cache'],
    ['a name too long (ENAMETOOLONG)', `/tmp/${'n'.repeat(300)}`],
    ['a device (/dev/full)', '/dev/full'],
  ] as const) {
    it(`an unusable --cache-location, ${what}: a warning, the report, the exit code of the findings`, () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      const run = cli(['--cache', '--cache-location', location, '-f', 'json', 'vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(0);
      expect(report(run)).to.have.length(1);
      expect(run.stderr).to.match(/^virtlint: warning: /m);
      expect(run.stderr).to.not.match(/internal error|\n\s+at /);
      if (location === '/dev/full') expect(fs.statSync('/dev/full').isCharacterDevice(), '/dev/full was replaced').to.equal(true);
    });
  }

  it('a cache location in a directory the user cannot write (as nobody): a warning, the report', function () {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const locked = path.join(repo, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.chmodSync(locked, 0o555);
    const probe = cli(['--version'], { asUser: 'nobody', cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', XDG_CACHE_HOME: path.join(repo, 'xdg') } });
    if (probe.status !== 0) this.skip();
    fs.mkdirSync(path.join(repo, 'xdg'), { mode: 0o777 });
    fs.chmodSync(path.join(repo, 'xdg'), 0o777);
    const run = cli(['--cache', '--cache-location', 'locked/', '-f', 'json', 'vm.xml'], { asUser: 'nobody', cwd: repo, env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', XDG_CACHE_HOME: path.join(repo, 'xdg') } });
    expect(run.status, run.stderr).to.equal(0);
    expect(report(run)).to.have.length(1);
    expect(run.stderr).to.match(/warning: the cache .*locked.* was not saved: EACCES/);
  });

  it('-o /dev/full: exit 2, one line, no stack trace', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const run = cli(['-o', '/dev/full', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(run.status).to.equal(2);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.match(/ENOSPC/);
  });

  it('standard output on a full disk (ENOSPC): exit 2, one line, no stack trace', async () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN.replace("type='kvm'", "type='bogus'") });
    const full = fs.openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [CLI, 'vm.xml'], { cwd: repo, stdio: ['ignore', full, 'pipe'] });
    fs.closeSync(full);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status, stderr).to.equal(2);
    expect(stderr.trim().split('\n'), stderr).to.have.length(1);
    expect(stderr).to.match(/^virtlint: cannot write the report to standard output: ENOSPC/);
  });

  it('standard output closed early (EPIPE): exit 2, one line, no stack trace', async () => {
    const repo = scratch.repo({});
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(repo, `vm${i}.xml`), VALID_DOMAIN.replace("type='kvm'", "type='bogus'"));
    const child = spawn(process.execPath, [CLI, '--concurrency', '1', '.'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before anything is written
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status, stderr).to.equal(2);
    expect(stderr.trim().split('\n'), stderr).to.have.length(1);
    expect(stderr).to.match(/^virtlint: cannot write the report to standard output: EPIPE/);
  });
});
