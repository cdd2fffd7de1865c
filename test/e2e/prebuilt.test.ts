import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, EXAMPLES, REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

const PREBUILT = path.join(REPO_ROOT, 'prebuilt');

function files(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
    .sort();
}

const node = (args: readonly string[], cwd = REPO_ROOT) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 * 1024 * 1024, timeout: 120000 });

/**
 * prebuilt/ (what the pre-commit hook runs, committed) must be exactly what the sources build to:
 * rebuilt here into a temporary directory and compared byte for byte. When this fails, run
 * `npm run build && npm run build:prebuilt` and commit prebuilt/.
 */
describe('prebuilt/ (the pre-commit hook build)', function () {
  this.timeout(180000);

  it('is up to date with the sources (rebuilt and compared byte for byte)', () => {
    const out = tempDir('virtlint-prebuilt-');
    const built = node([path.join(REPO_ROOT, 'scripts', 'bundle-prebuilt.mjs'), '--out', out]);
    expect(built.status, built.stderr).to.equal(0);
    const fresh = files(out);
    expect(files(PREBUILT), 'the same files').to.deep.equal(fresh);
    const stale = fresh.filter((f) => !fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(PREBUILT, f))));
    expect(stale, 'prebuilt/ is stale: run `npm run build && npm run build:prebuilt` and commit prebuilt/').to.deep.equal([]);
    expect(fs.statSync(path.join(PREBUILT, 'virtlint.js')).mode & 0o111, 'prebuilt/virtlint.js is executable').to.not.equal(0);
  });

  it('is committed with its executable bit (pre-commit runs it from a clone)', () => {
    const ls = spawnSync('git', ['ls-files', '-s', 'prebuilt/virtlint.js'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(ls.stdout).to.match(/^100755 /);
  });

  it('gives the same report as the npm build, workers included (many files, --concurrency 2)', () => {
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'grammar');
    const args = ['--no-probe', '--no-config', '-f', 'json', '--concurrency', '2', dir, EXAMPLES];
    const a = node([path.join(PREBUILT, 'virtlint.js'), ...args]);
    const b = node([CLI, ...args]);
    expect(a.stderr).to.equal('');
    expect(a.status).to.equal(b.status);
    expect(JSON.parse(a.stdout)).to.deep.equal(JSON.parse(b.stdout));
    expect((JSON.parse(a.stdout) as unknown[]).length).to.be.greaterThan(16);
  });

  it('runs with the code cache as bin/ does: written after a first run, read by the next, none with VIRTLINT_CODE_CACHE=0 (was: no cache, ~40 ms more a run)', () => {
    const xdg = tempDir('virtlint-prebuilt-cache-');
    const code = path.join(xdg, 'virtlint', 'code');
    const run = (extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [path.join(PREBUILT, 'virtlint.js'), '--no-probe', path.join(EXAMPLES, 'disk-ide-ioeventfd.xml')], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: xdg, ...extra },
        timeout: 120000,
      });
    const off = run({ VIRTLINT_CODE_CACHE: '0' });
    expect(off.status, off.stderr).to.equal(1);
    expect(fs.existsSync(code), 'nothing written with VIRTLINT_CODE_CACHE=0').to.equal(false);
    const first = run();
    expect(first.status, first.stderr).to.equal(1);
    const entries = fs.readdirSync(code);
    expect(entries).to.have.length(1);
    expect(entries[0]).to.match(/^cli-[0-9a-f]{32}\.bin$/);
    const written = fs.statSync(path.join(code, entries[0]!)).mtimeMs;
    const second = run();
    expect(second.stdout, 'the same report from the cached code').to.equal(first.stdout);
    expect(second.stdout).to.equal(off.stdout);
    // A hit is not written again.
    expect(fs.readdirSync(code)).to.deep.equal(entries);
    expect(fs.statSync(path.join(code, entries[0]!)).mtimeMs).to.equal(written);
  });

  it('runs from a copy of the repository without node_modules (as pre-commit clones it)', () => {
    const copy = tempDir('virtlint-clone-');
    const clone = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${REPO_ROOT}`, copy], { encoding: 'utf8' });
    expect(clone.status, clone.stderr).to.equal(0);
    expect(fs.existsSync(path.join(copy, 'node_modules'))).to.equal(false);
    const r = node([path.join(copy, 'prebuilt', 'virtlint.js'), '--no-probe', path.join(copy, 'examples', 'disk-ide-ioeventfd.xml')], copy);
    expect(r.status, r.stderr).to.equal(1);
    expect(r.stdout).to.contain('20:40');
    expect(r.stdout).to.contain('ioeventfd-requires-virtio');
    const lsp = node([path.join(copy, 'prebuilt', 'virtlint.js'), '--lsp', '--stdio'], copy);
    expect(lsp.status).to.equal(2);
    expect(lsp.stderr).to.match(/no language server; install the npm package/);
  });
});
