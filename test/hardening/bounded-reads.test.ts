import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readBoundedRegularFile } from '../../src/files.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from './helpers.js';
import { boundedReadCode, cli, mkfifo, report, Scratch, VALID_DOMAIN } from './trust-helpers.js';

/**
 * Issue 15, item 1: every file virtlint reads besides documents (cache, configuration, capability
 * files, grammars) is a regular file of bounded size; /dev/zero or a FIFO planted by a repository
 * ends with a warning or an exit 2 naming the file, never with a hang or gigabytes of memory.
 * (Each of these runs hung or grew without bound before: the hang bound fails them.)
 */
describe('issue 15.1: bounded reads of non-document files', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  describe('readBoundedRegularFile', () => {
    it('reads a regular file, refuses a link unless asked to follow, a FIFO, a device and a file over the bound', () => {
      const d = scratch.dir();
      const file = path.join(d, 'a.txt');
      fs.writeFileSync(file, 'hello');
      expect(readBoundedRegularFile(file, { maxBytes: 5 }).toString()).to.equal('hello');
      const code = boundedReadCode;
      expect(code(() => readBoundedRegularFile(file, { maxBytes: 4 }))).to.equal('ETOOBIG');
      const link = path.join(d, 'link');
      fs.symlinkSync(file, link);
      expect(code(() => readBoundedRegularFile(link, { maxBytes: 100 }))).to.equal('ESYMLINK');
      expect(readBoundedRegularFile(link, { maxBytes: 100, followSymlinks: true }).toString()).to.equal('hello');
      const zero = path.join(d, 'zero');
      fs.symlinkSync('/dev/zero', zero);
      expect(code(() => readBoundedRegularFile(zero, { maxBytes: 100, followSymlinks: true }))).to.equal('ENOTREG');
      expect(code(() => readBoundedRegularFile('/dev/zero', { maxBytes: 100 }))).to.equal('ENOTREG');
      const fifo = path.join(d, 'fifo');
      mkfifo(fifo);
      expect(code(() => readBoundedRegularFile(fifo, { maxBytes: 100 }))).to.equal('ENOTREG');
      expect(code(() => readBoundedRegularFile(d, { maxBytes: 100 }))).to.equal('EISDIR');
      expect(code(() => readBoundedRegularFile(path.join(file, 'x'), { maxBytes: 100 }))).to.equal('ENOTDIR');
    });
  });

  describe('the result cache', () => {
    it('a .virtlintcache that is a symlink to /dev/zero: a warning naming it, and the report', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      fs.symlinkSync('/dev/zero', path.join(repo, '.virtlintcache'));
      const run = cli(['--cache', '-f', 'json', 'vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(0);
      expect(report(run)).to.have.length(1);
      expect(run.stderr).to.match(/warning: .*\.virtlintcache.*symbolic link/);
      // Neither written through nor replaced: virtlint replaces only a regular file.
      expect(fs.lstatSync(path.join(repo, '.virtlintcache')).isSymbolicLink(), 'the link was replaced').to.equal(true);
      expect(run.stderr).to.match(/was not saved: it is not a regular file/);
    });

    it('a .virtlintcache that is a FIFO: a warning, no blocking', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      mkfifo(path.join(repo, '.virtlintcache'));
      const run = cli(['--cache', '-f', 'json', 'vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stderr).to.match(/warning: .*\.virtlintcache.*not a regular file/);
    });
  });

  describe('grammars', () => {
    it('--schemas DIR whose domain.rng is a symlink to /dev/zero: exit 2 naming the file', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      const schemas = path.join(repo, 'schemas');
      fs.mkdirSync(schemas);
      fs.symlinkSync('/dev/zero', path.join(schemas, 'domain.rng'));
      for (const args of [['--schemas', 'schemas', 'vm.xml'], ['--cache', '--schemas', 'schemas', 'vm.xml']]) {
        const run = cli(args, { cwd: repo });
        expect(run.status, run.stderr).to.equal(2);
        expect(run.stderr).to.match(/domain\.rng.*symbolic link/);
        expect(run.stderr.trim().split('\n'), 'one line').to.have.length(1);
      }
    });

    it('a configuration whose settings.schemas holds a domain.rng FIFO: exit 2, no blocking', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN, 'virtlint.config.json': JSON.stringify([{ settings: { schemas: 'g' } }]) });
      fs.mkdirSync(path.join(repo, 'g'));
      mkfifo(path.join(repo, 'g', 'domain.rng'));
      const run = cli(['vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(2);
      expect(run.stderr).to.match(/domain\.rng.*not a regular file/);
    });

    it('a real schema directory still works (libvirt has no symbolic links in its schemas)', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      const run = cli(['--schemas', path.join(REPO_ROOT, 'schemas'), '-f', 'json', 'vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(0);
    });
  });

  describe('configuration and capability files', () => {
    it('a virtlint.config.json that is a symlink to /dev/zero: exit 2 naming it', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN });
      fs.symlinkSync('/dev/zero', path.join(repo, 'virtlint.config.json'));
      const run = cli(['vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(2);
      expect(run.stderr).to.match(/virtlint\.config\.json/);
    });

    it('a virtlint.config.json of 2 MiB (over the 1 MiB bound): exit 2 naming the limit', () => {
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN, 'virtlint.config.json': `[${' '.repeat(2 * 1024 * 1024)}]` });
      const run = cli(['vm.xml'], { cwd: repo });
      expect(run.status, run.stderr).to.equal(2);
      expect(run.stderr).to.match(/virtlint\.config\.json.*over the 1 MiB limit/);
    });

    it('a capabilities file named by the configuration that is a symlink (to a valid profile outside): refused; the same file named with --caps: read', () => {
      const outside = scratch.dir();
      const profile = path.join(outside, 'caps.json');
      fs.writeFileSync(profile, JSON.stringify({ format: 'virtlint-caps/1', domainTypes: ['kvm'] }));
      const repo = scratch.repo({ 'vm.xml': VALID_DOMAIN, 'virtlint.config.json': JSON.stringify([{ settings: { caps: 'caps.json' } }]) });
      fs.symlinkSync(profile, path.join(repo, 'caps.json'));
      const configured = cli(['vm.xml'], { cwd: repo });
      expect(configured.status, configured.stderr).to.equal(2);
      expect(configured.stderr).to.match(/caps\.json.*symbolic link/);
      const named = cli(['--no-config', '--caps', 'caps.json', '-f', 'json', 'vm.xml'], { cwd: repo });
      expect(named.status, named.stderr).to.equal(0);
    });

    it('a probe cache entry that is a FIFO is a miss, not a hang', () => {
      const d = scratch.dir();
      const script = `
        import fs from 'node:fs'; import path from 'node:path'; import { spawnSync } from 'node:child_process';
        const { ProbeCache, probeCacheKey } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/src/caps/cache.js'))});
        const cache = new ProbeCache(${JSON.stringify(d)});
        const key = probeCacheKey('/usr/bin/qemu-system-x86_64', { size: 1, mtimeMs: 2 });
        cache.set(key, { format: 'virtlint-caps/1' });
        const file = fs.readdirSync(path.join(${JSON.stringify(d)}, 'caps')).map((f) => path.join(${JSON.stringify(d)}, 'caps', f))[0];
        fs.rmSync(file); spawnSync('mkfifo', [file]);
        process.stdout.write(String(cache.get(key)));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: HOSTILE_BOUND_MS, killSignal: 'SIGKILL' });
      expect(r.error, 'blocked on the FIFO').to.equal(undefined);
      expect(r.stdout, r.stderr).to.equal('undefined');
    });
  });
});
