import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeHash, codeHashOf } from '../../src/cache/keys.js';
import { ResultCache } from '../../src/cache/result-cache.js';
import { resultCacheSecret } from '../../src/cache/secret.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, INVALID_DOMAIN, report, Scratch, VALID_DOMAIN } from '../hardening/trust-helpers.js';

type CacheJson = { entries: Record<string, Record<string, unknown>> };

/**
 * Issue 15, item 6: the result cache never hides findings. Entries are validated, bound to the
 * file's content hash, the rule code and the configuration, and authenticated with the user's own
 * secret key: a cache file written by anyone else (committed to a repository, say) is a miss.
 */
describe('issue 15.6: the result cache cannot hide findings', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  /** A repository with a file that has errors, linted once with --cache; returns the cache's JSON. */
  function cachedRepo(): { repo: string; env: NodeJS.ProcessEnv; cacheFile: string; data: CacheJson; file: string } {
    const repo = scratch.repo({ 'bad.xml': INVALID_DOMAIN, 'good.xml': VALID_DOMAIN });
    const env = { PATH: process.env.PATH ?? '', HOME: repo, XDG_CACHE_HOME: path.join(repo, '.xdg') };
    const first = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env });
    expect(first.status, first.stderr).to.equal(1);
    const cacheFile = path.join(repo, '.virtlintcache');
    return { repo, env, cacheFile, data: JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CacheJson, file: path.join(repo, 'bad.xml') };
  }

  const errorsOf = (run: ReturnType<typeof cli>, name: string): number =>
    report(run)
      .filter((r) => path.basename(r.filePath) === name)
      .flatMap((r) => r.messages)
      .filter((m) => m.severity === 2).length;

  it('an entry edited to `diagnostics: []` (key left valid) is a miss: the errors are reported, exit 1', () => {
    const { repo, env, cacheFile, data, file } = cachedRepo();
    (data.entries[file] as Record<string, unknown>).diagnostics = [];
    fs.writeFileSync(cacheFile, JSON.stringify(data));
    const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env });
    expect(run.status).to.equal(1);
    expect(errorsOf(run, 'bad.xml')).to.be.above(0);
  });

  it("a clean file's entry copied onto the bad file's path is a miss (entries are bound to their file and content)", () => {
    const { repo, env, cacheFile, data, file } = cachedRepo();
    data.entries[file] = data.entries[path.join(repo, 'good.xml')] as Record<string, unknown>;
    fs.writeFileSync(cacheFile, JSON.stringify(data));
    const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env });
    expect(run.status).to.equal(1);
    expect(errorsOf(run, 'bad.xml')).to.be.above(0);
  });

  it('a cache written with another secret (another user, a committed file) is a miss', () => {
    const { repo, cacheFile, env } = cachedRepo();
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CacheJson;
    for (const e of Object.values(data.entries)) e.diagnostics = [];
    fs.writeFileSync(cacheFile, JSON.stringify(data));
    // Someone else's key: their entries cannot be told from forgeries, so they are misses.
    const other = { ...env, XDG_CACHE_HOME: path.join(repo, '.xdg-other') };
    const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env: other });
    expect(errorsOf(run, 'bad.xml')).to.be.above(0);
  });

  for (const [what, mutate] of [
    ['diagnostics is a string', (e: Record<string, unknown>) => (e.diagnostics = 'x')],
    ['a diagnostic without a range', (e: Record<string, unknown>) => (e.diagnostics = [{ ruleId: 'x', severity: 'error', message: 'm' }])],
    ['notes is a number', (e: Record<string, unknown>) => (e.notes = 3)],
    ['the entry is null', (_e: Record<string, unknown>, d: CacheJson, f: string) => ((d.entries as Record<string, unknown>)[f] = null)],
    ['entries is an array', (_e: Record<string, unknown>, d: CacheJson) => ((d as { entries: unknown }).entries = [1, 2])],
    ['a __proto__ entry', (_e: Record<string, unknown>, d: CacheJson) => (d.entries = JSON.parse('{"__proto__": {"diagnostics": []}}') as CacheJson['entries'])],
  ] as const) {
    it(`a malformed entry (${what}) is a miss, never a crash`, () => {
      const { repo, env, cacheFile, data, file } = cachedRepo();
      mutate(data.entries[file] as Record<string, unknown>, data, file);
      fs.writeFileSync(cacheFile, JSON.stringify(data));
      const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env });
      expect(run.stderr).to.not.match(/internal error|is not a function/);
      expect(run.status).to.equal(1);
      expect(errorsOf(run, 'bad.xml')).to.be.above(0);
    });
  }

  it('a hit is a hit: the unchanged files are not linted again (the cache file is not rewritten)', () => {
    const { repo, env, cacheFile } = cachedRepo();
    const ino = fs.statSync(cacheFile).ino;
    const run = cli(['--cache', '-f', 'json', '.'], { cwd: repo, env });
    expect(errorsOf(run, 'bad.xml')).to.be.above(0);
    expect(fs.statSync(cacheFile).ino).to.equal(ino);
  });

  it('entries are bound to the content hash: same key, other bytes → miss (unit)', () => {
    const d = scratch.dir();
    const secret = resultCacheSecret(path.join(d, 'xdg'));
    if (!('key' in secret)) throw new Error(secret.problem);
    const cache = new ResultCache(path.join(d, 'cache.json'), secret.key);
    cache.set('/f.xml', 'K', 'C1', { filePath: '/f.xml', diagnostics: [], notes: [] });
    expect(cache.get('/f.xml', 'K', 'C1')).to.deep.include({ diagnostics: [] });
    expect(cache.get('/f.xml', 'K', 'C2')).to.equal(undefined);
    expect(cache.get('/g.xml', 'K', 'C1')).to.equal(undefined);
  });

  it("the secret key is the user's own: created 0600, refused when others can read it", () => {
    const d = scratch.dir();
    const first = resultCacheSecret(d);
    expect('key' in first).to.equal(true);
    expect(fs.statSync(path.join(d, 'result-cache.key')).mode & 0o777).to.equal(0o600);
    fs.chmodSync(path.join(d, 'result-cache.key'), 0o644);
    expect(resultCacheSecret(d)).to.have.property('problem').that.matches(/readable or writable by others/);
  });

  it('no key from a cache directory others can write (its key could be swapped for one they know): a problem, not a key', () => {
    const d = scratch.dir();
    expect('key' in resultCacheSecret(d)).to.equal(true);
    fs.chmodSync(d, 0o777);
    expect(resultCacheSecret(d)).to.have.property('problem').that.matches(/cache directory .* not yours alone/);
    fs.chmodSync(d, 0o700);
    expect('key' in resultCacheSecret(d)).to.equal(true);
  });

  it('a key file that is a link is refused, whatever it points to', () => {
    const d = scratch.dir();
    const real = scratch.dir();
    expect('key' in resultCacheSecret(real)).to.equal(true);
    fs.symlinkSync(path.join(real, 'result-cache.key'), path.join(d, 'result-cache.key'));
    expect(resultCacheSecret(d)).to.have.property('problem').that.matches(/no cache key .*ELOOP/);
  });

  it('the rule code is part of every key: a build with one rule changed has another code hash', () => {
    // A copy of the build inside the repository (so that node_modules resolve), one rule file edited.
    const copy = fs.mkdtempSync(path.join(REPO_ROOT, '.code-hash-test-'));
    try {
      fs.cpSync(path.join(REPO_ROOT, 'dist', 'src'), path.join(copy, 'dist', 'src'), { recursive: true });
      fs.cpSync(path.join(REPO_ROOT, 'dist', 'rules'), path.join(copy, 'dist', 'rules'), { recursive: true });
      fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(copy, 'package.json'));
      fs.cpSync(path.join(REPO_ROOT, 'schemas'), path.join(copy, 'schemas'), { recursive: true });
      const hashOf = (): string => {
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(path.join(copy, 'dist/src/cache/keys.js'))}); process.stdout.write(m.codeHash());`], { encoding: 'utf8' });
        expect(r.status, r.stderr).to.equal(0);
        return r.stdout;
      };
      expect(hashOf(), 'an identical build has the same hash').to.equal(codeHash());
      const rule = fs.readdirSync(path.join(copy, 'dist', 'rules')).find((f) => f.endsWith('.js') && f !== 'index.js') as string;
      fs.appendFileSync(path.join(copy, 'dist', 'rules', rule), '\n// changed\n');
      expect(hashOf()).to.not.equal(codeHash());
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a checkout without dist/ (a pre-commit hook running prebuilt/) hashes the prebuilt bundles; with no code found, no result is reused', () => {
    const root = fs.mkdtempSync(path.join(REPO_ROOT, '.code-hash-prebuilt-'));
    try {
      const dist = path.join(root, 'dist');
      fs.mkdirSync(path.join(root, 'prebuilt'));
      fs.writeFileSync(path.join(root, 'prebuilt', 'virtlint-cli.js'), 'export const rules = 1;\n');
      const first = codeHashOf(dist);
      expect(codeHashOf(dist), 'the same bundle, the same hash').to.equal(first);
      fs.appendFileSync(path.join(root, 'prebuilt', 'virtlint-cli.js'), '// a new rule\n');
      expect(codeHashOf(dist), 'another bundle under the same version').to.not.equal(first);
      // A build in dist/ is what runs from dist/: it decides.
      fs.mkdirSync(path.join(dist, 'rules'), { recursive: true });
      fs.writeFileSync(path.join(dist, 'rules', 'r.js'), 'export default 1;\n');
      const built = codeHashOf(dist);
      fs.appendFileSync(path.join(root, 'prebuilt', 'virtlint-cli.js'), '// unrelated\n');
      expect(codeHashOf(dist)).to.equal(built);
      fs.rmSync(path.join(root, 'prebuilt'), { recursive: true });
      fs.rmSync(dist, { recursive: true });
      expect(codeHashOf(dist), 'no code found: a value of its own each time').to.not.equal(codeHashOf(dist));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
