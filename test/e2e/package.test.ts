import { expect } from 'chai';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { HOST_PROGRAMS } from '../helpers/host-programs.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

function run(cmd: string, args: readonly string[], cwd: string, timeout = 5 * 60 * 1000): SpawnSyncReturns<string> {
  // The caller's npm settings (proxy, CA, cache) are kept; nothing may print colours or progress.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_progress: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (/^npm_(lifecycle|package|command)/.test(k)) delete env[k];
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/**
 * What a user installs: `npm pack` of a clean clone of this commit (its `prepack` builds it), then
 * `npm install <tarball>` in a new project, preferring npm's cache (offline when the cache has
 * everything). The tarball holds only what runs; the install prints no warnings; the CLI, the ES
 * module API and require() work from the installed package.
 */
describe('the npm package (npm pack, installed from the tarball)', function () {
  this.timeout(15 * 60 * 1000);
  let tmp: string;
  let pack: PackResult;
  let tarball: string;
  let project: string;

  before(function () {
    tmp = tempDir('virtlint-pack-');
    const clone = path.join(tmp, 'virtlint');
    const c = run('git', ['clone', '-q', '--depth', '1', `file://${REPO_ROOT}`, clone], tmp);
    expect(c.status, c.stderr).to.equal(0);
    // The build needs the dev dependencies (TypeScript, esbuild): the checkout's, not a second install.
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    const p = run('npm', ['pack', '--json', '--pack-destination', tmp], clone);
    expect(p.status, p.stderr).to.equal(0);
    pack = (JSON.parse(p.stdout) as PackResult[])[0] as PackResult;
    tarball = path.join(tmp, pack.filename);

    project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-virtlint', version: '1.0.0', private: true }));
  });

  it('contains what runs, its licence and docs; no tests, no TypeScript sources, no source maps', () => {
    const files = pack.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'require.cjs', 'bin/virtlint.js', 'bin/code-cache.js', 'bin/virtlint-lsp.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/bundle/cli.js', 'dist/src/bundle/cli.cjs', 'dist/rules/index.js', 'schemas/domain.rng', 'docs/rules/README.md']) {
      expect(files, f).to.include(f);
    }
    const unwanted = files.filter((f) => /\.map$/.test(f) || /^(test|src|rules|bench|scripts|prebuilt|examples)\//.test(f) || /^dist\/(test|bench)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)));
    expect(unwanted).to.deep.equal([]);
    const x = run('tar', ['-xzf', tarball, '-C', tmp], tmp);
    expect(x.status, x.stderr).to.equal(0);
    const referencing = files.filter((f) => /\.(js|ts)$/.test(f) && fs.readFileSync(path.join(tmp, 'package', f), 'utf8').includes('sourceMappingURL'));
    expect(referencing, 'no file points at a source map that is not shipped').to.deep.equal([]);
  });

  it('declares licence, repository, homepage and bugs', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(tmp, 'package', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.license).to.equal('MIT');
    expect(fs.readFileSync(path.join(tmp, 'package', 'LICENSE'), 'utf8')).to.match(/^MIT License/);
    expect(pkg.repository).to.deep.equal({ type: 'git', url: 'git+https://github.com/virtlint/virtlint.git' });
    expect(pkg.homepage).to.be.a('string');
    expect((pkg.bugs as { url: string }).url).to.match(/\/issues$/);
  });

  it('installs from the tarball without a single warning', () => {
    let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      console.log('      (npm cache incomplete: installing with --prefer-offline)');
      install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    }
    expect(install.status, install.stderr).to.equal(0);
    expect(install.stderr.split('\n').filter((l) => /warn/i.test(l))).to.deep.equal([]);
    expect(install.stdout).to.not.match(/warn/i);
  });

  it('runs the CLI from the installed package (npx virtlint)', () => {
    const example = path.join(REPO_ROOT, 'examples', 'disk-ide-ioeventfd.xml');
    const r = run('npx', ['--no-install', 'virtlint', '--no-probe', example], project);
    expect(r.status, r.stderr).to.equal(1);
    expect(r.stdout).to.contain('20:40').and.contain('ioeventfd-requires-virtio');
    const v = run('npx', ['--no-install', 'virtlint', '--version'], project);
    expect(v.stdout.trim()).to.equal((JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('compiles a foreign schema set from its .rng sources (--schemas) with only the runtime dependencies (saxes is a dev dependency)', () => {
    expect(fs.existsSync(path.join(project, 'node_modules', 'saxes')), 'saxes is not installed with virtlint').to.equal(false);
    const example = path.join(REPO_ROOT, 'examples', 'disk-ide-ioeventfd.xml');
    const schemas = path.dirname(HOST_PROGRAMS['libvirt-schemas']!.path);
    // No grammar cache: the .rng files are parsed and compiled in this run.
    const r = run('env', ['VIRTLINT_GRAMMAR_CACHE=off', 'npx', '--no-install', 'virtlint', '--no-probe', '--schemas', schemas, example], project);
    expect(r.status, r.stderr).to.equal(1);
    expect(r.stdout).to.contain('20:40').and.contain('ioeventfd-requires-virtio');
    expect(r.stderr).to.not.match(/grammar|saxes/i);
  });

  it('import works; require() gives lintText/lintFiles and a clear message for the rest', () => {
    const xml = JSON.stringify(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'disk-ide-ioeventfd.xml'), 'utf8'));
    const esm = run(process.execPath, ['--input-type=module', '-e', `import { lintText, RULES } from 'virtlint'; const r = await lintText(${xml}); console.log(RULES.length > 50, r.diagnostics.map((d) => d.ruleId).join());`], project);
    expect(esm.stdout.trim(), esm.stderr).to.equal('true ioeventfd-requires-virtio');
    const cjs = run(process.execPath, ['-e', `const v = require('virtlint'); v.lintText(${xml}).then((r) => console.log(r.diagnostics.map((d) => d.ruleId).join()));`], project);
    expect(cjs.stdout.trim(), cjs.stderr).to.equal('ioeventfd-requires-virtio');
    const rest = run(process.execPath, ['-e', "try { require('virtlint').RULES } catch (e) { console.log(e.message) }"], project);
    expect(rest.stdout).to.match(/'RULES' is not available through require\(\): virtlint is an ES module\. Use `import \{ RULES \} from 'virtlint'`/);
  });
});
