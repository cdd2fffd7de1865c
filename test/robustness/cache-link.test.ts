import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { cli, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

/**
 * Red team: `--cache` with the default location reads and writes `.virtlintcache` in the current
 * directory, usually a checkout. A `.virtlintcache` committed as a symbolic link to a directory
 * (`../victim`, `/home/me/.config/app`) was followed: the cache was written there, outside the
 * repository, replacing any `.virtlintcache` in it. A link there is now a link like any other: not
 * read, not written through, a warning each time. A location you name (`--cache-location DIR`) is
 * your choice and is still followed.
 */
describe('red team: a .virtlintcache committed as a symbolic link to a directory', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  it('is not followed: nothing written in the directory it names, two warnings, the report as usual (was: the cache written there)', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const elsewhere = scratch.dir();
    fs.writeFileSync(path.join(elsewhere, '.virtlintcache'), 'precious\n');
    fs.symlinkSync(elsewhere, path.join(repo, '.virtlintcache'));
    const run = cli(['--cache', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(run.status, run.stderr).to.equal(0);
    expect(report(run).map((r) => r.messages)).to.deep.equal([[]]);
    expect(fs.readdirSync(elsewhere)).to.deep.equal(['.virtlintcache']);
    expect(fs.readFileSync(path.join(elsewhere, '.virtlintcache'), 'utf8')).to.equal('precious\n');
    const link = path.join(repo, '.virtlintcache');
    expect(run.stderr).to.equal(
      `virtlint: warning: the cache ${link} cannot be used: it is a symbolic link, which is not followed here\n` +
        `virtlint: warning: the cache ${link} was not saved: it is not a regular file, and virtlint replaces only a regular file\n`,
    );
  });

  it('named with --cache-location, it is followed (your choice): the cache is written in that directory', () => {
    const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
    const elsewhere = scratch.dir();
    fs.symlinkSync(elsewhere, path.join(repo, 'cache-dir'));
    const run = cli(['--cache', '--cache-location', 'cache-dir', '--no-probe', '-f', 'json', 'vm.xml'], { cwd: repo });
    expect(run.stderr).to.equal('');
    expect(fs.readdirSync(elsewhere)).to.deep.equal(['.virtlintcache']);
  });
});
