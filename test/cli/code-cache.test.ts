import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { tempDir, writeTree } from './tmp.js';

interface CodeCacheModule {
  codeCacheDir(env: NodeJS.ProcessEnv): string;
  readCodeCache(dir: string, name: string): Buffer | undefined;
  writeCodeCache(dir: string, name: string, data: Buffer): boolean;
}
const load = async (): Promise<CodeCacheModule> => (await import(path.join(REPO_ROOT, 'bin', 'code-cache.js'))) as CodeCacheModule;

const run = (args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

describe('the V8 code cache of the bundled CLI (bin/code-cache.js)', function () {
  this.timeout(120000);
  const bundled = fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'bundle', 'cli.cjs'));

  it('is written on the first run (mode 0600 in a 0700 directory), reused after, and changes no output', function () {
    if (!bundled) this.skip();
    const xdg = tempDir();
    const dir = path.join(xdg, 'virtlint', 'code');
    const args = ['--no-cache', '-f', 'json', path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), path.join(EXAMPLES, 'seed-disk-ioeventfd.xml')];
    const plain = run(args, { XDG_CACHE_HOME: xdg, VIRTLINT_CODE_CACHE: '0' });
    expect(fs.existsSync(dir), 'VIRTLINT_CODE_CACHE=0 writes nothing').to.equal(false);
    const first = run(args, { XDG_CACHE_HOME: xdg });
    const files = fs.readdirSync(dir);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/^cli-[0-9a-f]{32}\.bin$/);
    expect(fs.statSync(dir).mode & 0o777).to.equal(0o700);
    const file = path.join(dir, files[0] as string);
    expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
    const written = fs.statSync(file).mtimeMs;
    const second = run(args, { XDG_CACHE_HOME: xdg });
    expect(fs.statSync(file).mtimeMs, 'a hit does not rewrite it').to.equal(written);
    for (const r of [first, second]) {
      expect(r.stdout).to.equal(plain.stdout);
      expect(r.stderr).to.equal(plain.stderr);
      expect(r.status).to.equal(plain.status).and.to.equal(1);
    }
  });

  it('still imports configuration files and formatter modules when the script comes from the cache', function () {
    if (!bundled) this.skip();
    const xdg = tempDir();
    const work = tempDir();
    writeTree(work, {
      'virtlint.config.mjs': "export default [{ rules: { 'ioeventfd-requires-virtio': 'warn' } }];\n",
      'fmt.mjs': 'export default (results) => results.map((r) => `${r.messages.length}:${r.messages.map((m) => m.severity).join(",")}`).join("\\n") + "\\n";\n',
      'vm.xml': fs.readFileSync(path.join(EXAMPLES, 'disk-ide-ioeventfd.xml'), 'utf8'),
    });
    for (let i = 0; i < 2; i++) {
      const r = run(['--no-cache', '-f', './fmt.mjs', 'vm.xml'], { XDG_CACHE_HOME: xdg }, work);
      expect(r.stderr).to.equal('');
      expect(r.stdout).to.equal('1:1\n');
      expect(r.status).to.equal(0);
    }
    expect(fs.readdirSync(path.join(xdg, 'virtlint', 'code'))).to.have.length(1);
  });

  it('trusts only a file and a directory that this user alone can write, never through a link', async () => {
    const { readCodeCache, writeCodeCache } = await load();
    const dir = path.join(tempDir(), 'code');
    expect(writeCodeCache(dir, 'cli-a.bin', Buffer.from('data'))).to.equal(true);
    expect(readCodeCache(dir, 'cli-a.bin')?.toString()).to.equal('data');
    // Entries of other bundles stay, up to four: the least recently written go.
    const past = Date.now() / 1000 - 3600;
    for (const [i, n] of ['c', 'd', 'e', 'f'].entries()) {
      expect(writeCodeCache(dir, `cli-${n}.bin`, Buffer.from(n))).to.equal(true);
      fs.utimesSync(path.join(dir, `cli-${n}.bin`), past + i, past + i);
    }
    fs.utimesSync(path.join(dir, 'cli-a.bin'), past - 10, past - 10);
    expect(writeCodeCache(dir, 'cli-b.bin', Buffer.from('newer'))).to.equal(true);
    expect(fs.readdirSync(dir).sort()).to.deep.equal(['cli-b.bin', 'cli-d.bin', 'cli-e.bin', 'cli-f.bin']);
    const file = path.join(dir, 'cli-b.bin');
    fs.chmodSync(file, 0o620);
    expect(readCodeCache(dir, 'cli-b.bin'), 'group-writable file').to.equal(undefined);
    fs.chmodSync(file, 0o600);
    fs.chmodSync(dir, 0o757);
    expect(readCodeCache(dir, 'cli-b.bin'), 'world-writable directory').to.equal(undefined);
    expect(writeCodeCache(dir, 'cli-c.bin', Buffer.from('x')), 'nor written there').to.equal(false);
    fs.chmodSync(dir, 0o700);
    fs.symlinkSync(file, path.join(dir, 'cli-link.bin'));
    expect(readCodeCache(dir, 'cli-link.bin'), 'a symbolic link').to.equal(undefined);
    if (process.getuid?.() === 0) {
      fs.chownSync(file, 65534, 65534);
      expect(readCodeCache(dir, 'cli-b.bin'), "another user's file").to.equal(undefined);
    }
  });

  it('a home where no directory can be made (HOME=/proc) costs the cache, not a hang', function () {
    if (!bundled || !fs.existsSync('/proc/self')) this.skip();
    const r = spawnSync(process.execPath, [CLI, '--no-cache', path.join(EXAMPLES, 'seed-disk-ioeventfd.xml')], { encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH ?? '', HOME: '/proc' } });
    expect(r.error, 'finished').to.equal(undefined);
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
  });

  it('HOME=/proc with the result cache, a foreign grammar or the capability probe: each cache is lost, the run finishes', function () {
    if (!fs.existsSync('/proc/self')) this.skip();
    // The result cache, the compiled-grammar cache and the probe cache all make their directories
    // below ~/.cache; Node 20's recursive mkdirSync never returned below /proc.
    for (const args of [['--cache'], ['--no-cache', '--schemas', '/usr/share/libvirt/schemas'], ['--no-cache', '--probe']]) {
      const r = spawnSync(process.execPath, [CLI, ...args, path.join(EXAMPLES, 'seed-disk-ioeventfd.xml')], { encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH ?? '', HOME: '/proc' } });
      expect(r.error, `${args.join(' ')}: finished`).to.equal(undefined);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).to.be.oneOf([0, 1]);
    }
  });

  it('lives in $XDG_CACHE_HOME/virtlint/code, else ~/.cache/virtlint/code', async () => {
    const { codeCacheDir } = await load();
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' })).to.equal('/x/cache/virtlint/code');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative' })).to.match(/\.cache\/virtlint\/code$/);
  });
});
