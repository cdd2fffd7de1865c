import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { cli, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: `virtlint -f junit -o report.xml .` is how a CI job keeps a report, run in a checkout of
 * the pull request. Git stores symbolic links, so the pull request can commit `report.xml` as a link
 * out of the checkout: to `../../.bashrc`, to a path that does not exist yet (`~/.bash_profile`), to a
 * device (`/dev/sda`), or commit `reports/` as a link to a directory elsewhere. The report was written
 * there: a file replaced, a file created, a device overwritten (as root, the disk), with text the
 * documents shape (their lines are quoted in it). Links inside the working directory that stay
 * inside it are still followed, and a path you name outside it (`/dev/stdout`) is yours.
 */

/** ASCII declared ISO-8859-1: --fix declares UTF-8 (xml/encoding-declaration). */
const FIXABLE = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${VALID_DOMAIN}`;

describe('red team: --output-file through a link the checkout holds', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  /** A checkout below a home directory: [checkout, home]. */
  function layout(): [string, string] {
    const home = scratch.dir();
    const checkout = path.join(home, 'checkout');
    fs.mkdirSync(path.join(checkout, 'vms'), { recursive: true });
    fs.writeFileSync(path.join(checkout, 'vms', 'vm.xml'), VALID_DOMAIN.replace("type='kvm'", "type='bogus'"));
    fs.writeFileSync(path.join(home, '.bashrc'), 'export PATH=/usr/bin\n');
    return [checkout, home];
  }

  const refused = (run: ReturnType<typeof cli>, shown: string, target: string): void => {
    expect(run.status, run.stderr).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.equal(
      `virtlint: --output-file ${shown}: a symbolic link leads it out of the working directory, to ${target}; a report is not written there through a link (name that file itself if it is meant)\n`,
    );
  };

  it('a committed link to a file outside the checkout: exit 2 before anything is linted or fixed, the file untouched (was: replaced by the report)', () => {
    const [checkout, home] = layout();
    fs.writeFileSync(path.join(checkout, 'vms', 'fixable.xml'), FIXABLE);
    fs.symlinkSync('../.bashrc', path.join(checkout, 'report.xml'));
    const run = cli(['--no-probe', '--fix', '-f', 'junit', '-o', 'report.xml', '.'], { cwd: checkout });
    refused(run, 'report.xml', path.join(home, '.bashrc'));
    expect(fs.readFileSync(path.join(home, '.bashrc'), 'utf8')).to.equal('export PATH=/usr/bin\n');
    expect(fs.readFileSync(path.join(checkout, 'vms', 'fixable.xml'), 'utf8'), '--fix changed nothing').to.equal(FIXABLE);
  });

  it('a committed link to a path that does not exist yet: not created (was: created, holding the report)', () => {
    const [checkout, home] = layout();
    fs.symlinkSync('../.bash_profile', path.join(checkout, 'report.txt'));
    refused(cli(['--no-probe', '-o', 'report.txt', 'vms'], { cwd: checkout }), 'report.txt', path.join(home, '.bash_profile'));
    expect(fs.existsSync(path.join(home, '.bash_profile'))).to.equal(false);
  });

  it('a committed link to a directory outside, as the report\'s directory: nothing written there (was: the report written in it)', () => {
    const [checkout, home] = layout();
    fs.mkdirSync(path.join(home, '.ssh'));
    fs.symlinkSync('../.ssh', path.join(checkout, 'reports'));
    refused(cli(['--no-probe', '-o', 'reports/authorized_keys', 'vms'], { cwd: checkout }), 'reports/authorized_keys', path.join(home, '.ssh', 'authorized_keys'));
    expect(fs.readdirSync(path.join(home, '.ssh'))).to.deep.equal([]);
  });

  it('a committed link to a device: not written (was: the report written onto it)', function () {
    const [checkout, home] = layout();
    // A /dev/null of our own outside the checkout stands for a disk (making it needs root).
    const device = path.join(home, 'disk');
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) {
      console.warn('    (skipped: mknod needs root)');
      this.skip();
    }
    fs.symlinkSync(device, path.join(checkout, 'report.json'));
    refused(cli(['--no-probe', '-f', 'json', '-o', 'report.json', 'vms'], { cwd: checkout }), 'report.json', device);
  });

  it("in process (main with io.cwd, the API's way), the link is judged from that directory, not the process's (was: written through)", async () => {
    const [checkout, home] = layout();
    fs.symlinkSync('../.bashrc', path.join(checkout, 'report.txt'));
    expect(process.cwd().startsWith(checkout)).to.equal(false);
    const run = await runCli(['--no-probe', '-o', 'report.txt', 'vms'], { cwd: checkout });
    expect(run.code, run.stderr).to.equal(2);
    expect(run.stderr).to.include(`a symbolic link leads it out of the working directory, to ${path.join(home, '.bashrc')}`);
    expect(fs.readFileSync(path.join(home, '.bashrc'), 'utf8')).to.equal('export PATH=/usr/bin\n');
  });

  it('links that stay inside the working directory are followed, and a path named outside it is yours: the report is written', () => {
    const [checkout, home] = layout();
    fs.mkdirSync(path.join(checkout, 'out'));
    fs.symlinkSync('out', path.join(checkout, 'reports'));
    fs.symlinkSync('out/latest.txt', path.join(checkout, 'latest.txt'));
    for (const [target, written] of [
      ['reports/report.txt', path.join(checkout, 'out', 'report.txt')],
      ['latest.txt', path.join(checkout, 'out', 'latest.txt')],
      [path.join(home, 'named.txt'), path.join(home, 'named.txt')],
    ]) {
      const run = cli(['--no-probe', '-o', target!, 'vms'], { cwd: checkout });
      expect(run.status, run.stderr).to.equal(1);
      expect(fs.readFileSync(written!, 'utf8'), target).to.include('schema/invalid-value');
    }
  });
});
