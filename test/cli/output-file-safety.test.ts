import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { spawnCli } from './run-cli.js';
import { tempDir } from './tmp.js';

const IDE = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/ide-ioeventfd.xml'), 'utf8');
const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');

/** A project with vms/a.xml and vms/b.xml (both with findings; b's fixable). */
function project(): string {
  const dir = fs.realpathSync(tempDir('virtlint-output-'));
  fs.mkdirSync(path.join(dir, 'vms'));
  fs.writeFileSync(path.join(dir, 'vms/a.xml'), IDE);
  fs.writeFileSync(path.join(dir, 'vms/b.xml'), NIC);
  return dir;
}

/** Every file below `dir` (relative), to see that nothing was added (no temporary report left). */
const listing = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

describe('--output-file never replaces a file being linted with the report', function () {
  this.timeout(60000);

  const refused = (dir: string, argv: string[], file: string, text: string): void => {
    const before = listing(dir);
    const r = spawnCli(argv, { cwd: dir });
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.match(/^virtlint: --output-file \S+: that is \S+, a file being linted; refusing to replace it with the report\n$/);
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).to.equal(text);
    expect(listing(dir)).to.deep.equal(before);
  };

  it('the file named as output and as input (also with --fix)', () => {
    const dir = project();
    refused(dir, ['-f', 'json', '-o', 'vms/a.xml', 'vms/a.xml'], 'vms/a.xml', IDE);
    refused(dir, ['--fix', '-o', 'vms/b.xml', 'vms/a.xml', './vms/../vms/b.xml'], 'vms/b.xml', NIC);
  });

  it('a symbolic link to a file named as input', () => {
    const dir = project();
    fs.symlinkSync(path.join(dir, 'vms/a.xml'), path.join(dir, 'link.json'));
    refused(dir, ['-f', 'json', '-o', 'link.json', 'vms/a.xml'], 'vms/a.xml', IDE);
  });

  it('a file that a directory walk or a glob finds (through a symbolic link, or a hard link)', () => {
    const dir = project();
    fs.symlinkSync(path.join(dir, 'vms/b.xml'), path.join(dir, 'link.json'));
    refused(dir, ['-f', 'json', '-o', 'link.json', 'vms'], 'vms/b.xml', NIC);
    refused(dir, ['-f', 'stylish', '-o', 'vms/b.xml', 'vms/*.xml'], 'vms/b.xml', NIC);
    fs.linkSync(path.join(dir, 'vms/a.xml'), path.join(dir, 'hard.json'));
    refused(dir, ['-f', 'sarif', '-o', 'hard.json', '.'], 'vms/a.xml', IDE);
  });

  it('--fix: a report target that a directory walk or a glob finds is refused before any file is fixed', () => {
    // vms/b.xml and vms/c.xml have a fix, and vms/a.xml sorts before both: the run must change none of them.
    const dir = project();
    fs.writeFileSync(path.join(dir, 'vms/c.xml'), NIC);
    const files = ['vms/a.xml', 'vms/b.xml', 'vms/c.xml'];
    const texts = (): string[] => files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const before = texts();
    for (const argv of [
      ['--fix', '-f', 'json', '-o', 'vms/b.xml', 'vms'],
      ['--fix', '-f', 'stylish', '-o', 'vms/c.xml', 'vms/*.xml'],
      ['--fix', '--concurrency', '2', '-f', 'sarif', '-o', 'vms/c.xml', '.'],
      ['--fix', '--cache', '--cache-location', '.cache/', '-f', 'json', '-o', 'vms/b.xml', 'vms'],
    ]) {
      const r = spawnCli(argv, { cwd: dir });
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stderr).to.equal(`virtlint: --output-file ${argv[argv.indexOf('-o') + 1]}: that is ${argv[argv.indexOf('-o') + 1]}, a file being linted; refusing to replace it with the report\n`);
      expect(texts(), argv.join(' ')).to.deep.equal(before);
      expect(listing(dir).filter((f) => !f.startsWith('.cache'))).to.deep.equal(['vms', ...files]);
    }
  });

  it('--fix with a JUnit report in the linted tree: the files are fixed and the report replaced, run after run', () => {
    const dir = project();
    for (let run = 0; run < 2; run++) {
      const r = spawnCli(['--fix', '-f', 'junit', '-o', 'report.xml', '.'], { cwd: dir });
      expect(r.code, r.stderr).to.be.oneOf([0, 1]);
      expect(fs.readFileSync(path.join(dir, 'report.xml'), 'utf8')).to.match(/^<\?xml[^]*<testsuites /);
    }
    expect(fs.readFileSync(path.join(dir, 'vms/b.xml'), 'utf8')).to.not.equal(NIC);
  });

  it('the refusal names the file with its control characters escaped', () => {
    const dir = project();
    fs.renameSync(path.join(dir, 'vms/a.xml'), path.join(dir, 'vms/a\x1b[2J.xml'));
    fs.symlinkSync(path.join(dir, 'vms/a\x1b[2J.xml'), path.join(dir, 'link.json'));
    const r = spawnCli(['-o', 'link.json', 'vms'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.contain('that is vms/a\\x1b[2J.xml, a file being linted');
    expect(r.stderr).not.to.contain('\x1b');
  });

  it('a report beside the linted files, or through a link to a file not linted, is written as before', () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'old.json'), 'old');
    fs.symlinkSync(path.join(dir, 'old.json'), path.join(dir, 'vms/report.json'));
    const r = spawnCli(['-f', 'json', '-o', 'vms/report.json', 'vms'], { cwd: dir });
    expect(r.code, r.stderr).to.equal(1);
    expect(fs.lstatSync(path.join(dir, 'vms/report.json')).isSymbolicLink()).to.equal(true);
    expect((JSON.parse(fs.readFileSync(path.join(dir, 'old.json'), 'utf8')) as unknown[]).length).to.equal(2);
    expect(listing(dir)).to.deep.equal(['old.json', 'vms', 'vms/a.xml', 'vms/b.xml', 'vms/report.json']);
  });

  it('a JUnit report in the linted tree (not libvirt XML: skipped, not linted) is replaced run after run', () => {
    const dir = project();
    for (let run = 0; run < 2; run++) {
      const r = spawnCli(['-f', 'junit', '-o', 'report.xml', '.'], { cwd: dir });
      expect(r.code, r.stderr).to.equal(1);
      expect(fs.readFileSync(path.join(dir, 'report.xml'), 'utf8')).to.match(/^<\?xml[^]*<testsuites /);
    }
  });

  it('an output path that cannot be looked at (under a file) is still a usage error, not an internal one', () => {
    const dir = project();
    const r = spawnCli(['-o', 'vms/a.xml/report.json', 'vms'], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/^virtlint: --output-file vms\/a\.xml\/report\.json: ENOTDIR/);
  });

  it('--stdin --fix -o: the fixed document on standard output, the report in the file, as before (standard input is never written back)', () => {
    const dir = project();
    const fixed = spawnCli(['--stdin', '--stdin-filename', 'vms/b.xml', '--fix', '-f', 'stylish', '-o', 'report.txt'], { cwd: dir, input: NIC });
    expect(fixed.code, fixed.stderr).to.not.equal(2);
    expect(fixed.stdout).to.match(/^<domain/);
    expect(fixed.stdout).to.not.equal(NIC);
    expect(fs.readFileSync(path.join(dir, 'vms/b.xml'), 'utf8')).to.equal(NIC);
    // Everything was fixed: the report (written, as before) has nothing left to say.
    expect(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8')).to.equal('');
  });
});
