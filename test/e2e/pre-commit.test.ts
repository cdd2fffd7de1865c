import { expect } from 'chai';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');

function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 60000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 32 * 1024 * 1024 });
}

const hasPreCommit = (): boolean => spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

/** Files below a directory (recursively), for asserting what the hook's install did and did not create. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') out.push(...listTree(p).map((f) => path.join(e.name, f)));
    else out.push(e.name);
  }
  return out;
}

/**
 * The real pre-commit framework installs virtlint's hook from a mirror of this checkout exactly as a
 * user's project would from GitHub, with the README's recipe (`rev: main`, then `pre-commit autoupdate
 * --freeze` pins the commit), then runs it on commits. The hook is `language: script` running the
 * committed prebuilt/virtlint.js: installing it is a git clone — no npm install, no build. Every run
 * uses a fresh PRE_COMMIT_HOME, so the figure printed is a first install.
 */
describe('pre-commit hook (end to end, real pre-commit)', function () {
  this.timeout(10 * 60 * 1000);
  let repo: string;
  let env: NodeJS.ProcessEnv;
  let rev: string;

  before(function () {
    if (!hasPreCommit()) {
      console.log('      SKIPPED: the pre-commit framework is not installed (Debian package pre-commit)');
      this.skip();
    }
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (head.status !== 0) throw new Error(`this checkout is not a git repository: ${head.stderr}`);
    rev = head.stdout.trim();
    const tmp = tempDir('virtlint-precommit-');
    repo = path.join(tmp, 'project');
    fs.mkdirSync(repo);
    // The caller's environment is kept (proxy and CA settings), minus anything that would redirect git.
    const inherited = { ...process.env };
    for (const k of ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GITHUB_ACTIONS']) delete inherited[k];
    env = {
      ...inherited,
      HOME: process.env.HOME ?? os.homedir(),
      PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home'),
      GIT_AUTHOR_NAME: 'virtlint test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'virtlint test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    // A mirror with a `main` branch at this commit stands in for https://github.com/virtlint/virtlint.
    const mirror = path.join(tmp, 'virtlint.git');
    expect(run('git', ['init', '-q', '--bare', '-b', 'main', mirror], tmp, env).status).to.equal(0);
    const push = run('git', ['push', '-q', mirror, `${rev}:refs/heads/main`], REPO_ROOT, env);
    expect(push.status, push.stderr).to.equal(0);

    expect(run('git', ['init', '-q', '-b', 'main'], repo, env).status).to.equal(0);
    // The README's recipe, word for word but for the URL.
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${mirror}\n    rev: main\n    hooks:\n      - id: virtlint\n        args: [--no-probe, --]\n`,
    );
    const freeze = run('pre-commit', ['autoupdate', '--freeze'], repo, env);
    expect(freeze.status, freeze.stdout + freeze.stderr).to.equal(0);
    const config = fs.readFileSync(path.join(repo, '.pre-commit-config.yaml'), 'utf8');
    expect(config, 'autoupdate --freeze pins the commit').to.contain(`rev: ${rev}`);

    const install = run('pre-commit', ['install'], repo, env);
    expect(install.status, install.stderr).to.equal(0);
    const t0 = process.hrtime.bigint();
    const hooks = run('pre-commit', ['install-hooks'], repo, env, 5 * 60 * 1000);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const log = path.join(env.PRE_COMMIT_HOME as string, 'pre-commit.log');
    expect(hooks.status, `${hooks.stdout}\n${hooks.stderr}\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`).to.equal(0);
    console.log(`      first install of the hook (pre-commit install-hooks, fresh PRE_COMMIT_HOME): ${seconds.toFixed(1)} s; load ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
    expect(run('git', ['add', '.pre-commit-config.yaml'], repo, env).status).to.equal(0);
  });

  it('installs by cloning alone: no node_modules, no node environment, no build output', () => {
    const home = env.PRE_COMMIT_HOME as string;
    const clones = fs.readdirSync(home).filter((d) => d.startsWith('repo') && fs.statSync(path.join(home, d)).isDirectory());
    expect(clones, 'one hook repository').to.have.length(1);
    const files = listTree(path.join(home, clones[0] as string));
    expect(files).to.include(path.join('prebuilt', 'virtlint.js'));
    expect(files.filter((f) => /(^|\/)(node_modules|node_env-[^/]*|dist)(\/|$)/.test(f))).to.deep.equal([]);
  });

  it('refuses a commit of a domain with ioeventfd on an IDE disk, printing the finding', () => {
    fs.copyFileSync(path.join(FIX, 'ide-ioeventfd.xml'), path.join(repo, 'vm.xml'));
    run('git', ['add', 'vm.xml'], repo, env);
    const commit = run('git', ['commit', '-m', 'add a VM'], repo, env, 120000);
    const out = commit.stdout + commit.stderr;
    expect(commit.status, out).to.not.equal(0);
    expect(out).to.match(/virtlint\.+Failed/);
    expect(out).to.contain('vm.xml');
    expect(out).to.contain('10:40');
    expect(out).to.contain('ioeventfd-requires-virtio');
    expect(run('git', ['rev-parse', '--verify', 'HEAD'], repo, env).status, 'no commit was made').to.not.equal(0);
  });

  it('accepts a clean domain', () => {
    fs.copyFileSync(path.join(FIX, 'clean.xml'), path.join(repo, 'vm.xml'));
    run('git', ['add', 'vm.xml'], repo, env);
    const commit = run('git', ['commit', '-m', 'add a clean VM'], repo, env, 120000);
    const out = commit.stdout + commit.stderr;
    expect(commit.status, out).to.equal(0);
    expect(out).to.match(/virtlint\.+Passed/);
    expect(run('git', ['log', '--oneline'], repo, env).stdout).to.contain('add a clean VM');
  });

  it('leaves other XML alone (an SVG logo, a Maven pom.xml) and says nothing about it', () => {
    fs.writeFileSync(path.join(repo, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n');
    fs.writeFileSync(path.join(repo, 'pom.xml'), '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>\n');
    run('git', ['add', 'logo.svg', 'pom.xml'], repo, env);
    const commit = run('git', ['commit', '-m', 'other XML'], repo, env, 120000);
    const out = commit.stdout + commit.stderr;
    expect(commit.status, out).to.equal(0);
    expect(out).to.match(/virtlint\.+Passed/);
    expect(out).to.not.contain('unknown-root');
  });

  it('lints a staged file named like an option as a file (--output-file=README.xml does not replace README.xml)', () => {
    fs.writeFileSync(path.join(repo, 'README.xml'), '<doc>keep me</doc>\n');
    fs.copyFileSync(path.join(FIX, 'ide-ioeventfd.xml'), path.join(repo, '--output-file=README.xml'));
    run('git', ['add', '--', 'README.xml', '--output-file=README.xml'], repo, env);
    const commit = run('git', ['commit', '-m', 'a file named like an option'], repo, env, 120000);
    const out = commit.stdout + commit.stderr;
    expect(fs.readFileSync(path.join(repo, 'README.xml'), 'utf8')).to.equal('<doc>keep me</doc>\n');
    expect(commit.status, out).to.not.equal(0);
    expect(out).to.contain('--output-file=README.xml');
    expect(out).to.contain('ioeventfd-requires-virtio');
    run('git', ['rm', '-q', '--cached', '--', 'README.xml', '--output-file=README.xml'], repo, env);
    fs.rmSync(path.join(repo, '--output-file=README.xml'));
    fs.rmSync(path.join(repo, 'README.xml'));
  });

  it('refuses a libvirt document whose root element has a typo (<domian>)', () => {
    fs.writeFileSync(path.join(repo, 'typo.xml'), fs.readFileSync(path.join(FIX, 'clean.xml'), 'utf8').replace(/<(\/?)domain\b/g, '<$1domian'));
    run('git', ['add', 'typo.xml'], repo, env);
    const commit = run('git', ['commit', '-m', 'typo'], repo, env, 120000);
    const out = commit.stdout + commit.stderr;
    expect(commit.status, out).to.not.equal(0);
    expect(out).to.match(/virtlint\.+Failed/);
    expect(out).to.contain('typo.xml');
    expect(out).to.contain('schema/misspelled-root');
    expect(out).to.contain('did you mean <domain>?');
    run('git', ['rm', '-q', '--cached', 'typo.xml'], repo, env);
    fs.rmSync(path.join(repo, 'typo.xml'));
  });

  it('does not run on files that are not XML (types: [xml])', () => {
    fs.writeFileSync(path.join(repo, 'notes.txt'), '<domain> not xml to check\n');
    run('git', ['add', 'notes.txt'], repo, env);
    const commit = run('git', ['commit', '-m', 'notes'], repo, env, 120000);
    expect(commit.status, commit.stdout + commit.stderr).to.equal(0);
    expect(commit.stdout + commit.stderr).to.match(/virtlint\.+\(no files to check\)Skipped/);
  });
});
