import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { spawnCli } from './run-cli.js';
import { tempDir } from './tmp.js';

/** A directory with a FIFO, a link to /dev/zero (both would block or never end if read) and a domain. */
function specials(): string {
  const dir = tempDir('virtlint-specials-');
  const made = spawnSync('mkfifo', [path.join(dir, 'fifo')]);
  expect(made.status).to.equal(0);
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.mjs'));
  fs.copyFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/clean.xml'), path.join(dir, 'vm.xml'));
  return dir;
}

describe('--config and -f name a path that is not a regular file: said so, at once (nothing opened)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = specials()));

  for (const special of ['fifo', 'zero.mjs']) {
    it(`--config ${special} (also with --list-rules)`, () => {
      for (const argv of [['--config', special, 'vm.xml'], ['--list-rules', '--config', special]]) {
        const r = spawnCli(argv, { cwd: dir });
        expect([r.code, r.stderr]).to.deep.equal([2, `virtlint: --config ${special}: not a regular file\n`]);
      }
    });

    it(`-f ./${special}`, () => {
      const r = spawnCli(['-f', `./${special}`, 'vm.xml'], { cwd: dir });
      expect([r.code, r.stderr]).to.deep.equal([2, `virtlint: -f ./${special}: not a regular file (a formatter is a JavaScript module file)\n`]);
    });
  }

  it('a missing one is still "no such file"', () => {
    expect(spawnCli(['--config', 'nope.json', 'vm.xml'], { cwd: dir }).stderr).to.equal('virtlint: --config nope.json: no such file\n');
  });
});
