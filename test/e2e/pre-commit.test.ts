import { expect } from 'chai';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

const FIX = path.join(REPO_ROOT, 'test/fixtures/ci');

function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 60000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 32 * 1024 * 1024 });
}

const hasPreCommit = (): boolean => spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * The real pre-commit framework installs virtlint's hook from this checkout exactly as a user's
 * project would from GitHub (`language: node`: clone at `rev`, npm install, npm pack, npm install -g),
 * then runs it on commits. The hook environment is kept per revision in the temp directory, so only
 * the first run at a new HEAD pays for the install (about two minutes).
 */
describe('pre-commit hook (end to end, real pre-commit)', function () {
  this.timeout(15 * 60 * 1000);
  let repo: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    if (!hasPreCommit()) {
      console.log('      SKIPPED: the pre-commit framework is not installed (Debian package pre-commit)');
      this.skip();
    }
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (head.status !== 0) throw new Error(`this checkout is not a git repository: ${head.stderr}`);
    const rev = head.stdout.trim();
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'virtlint-precommit-'));
    // The caller's environment is kept: npm may need its proxy and CA settings (NODE_EXTRA_CA_CERTS…).
    const inherited = { ...process.env };
    for (const k of ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GITHUB_ACTIONS']) delete inherited[k];
    env = {
      ...inherited,
      HOME: process.env.HOME ?? os.homedir(),
      PRE_COMMIT_HOME: path.join(os.tmpdir(), 'virtlint-pre-commit-home', rev),
      GIT_AUTHOR_NAME: 'virtlint test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'virtlint test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    expect(run('git', ['init', '-q', '-b', 'main'], repo, env).status).to.equal(0);
    fs.writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${REPO_ROOT}\n    rev: ${rev}\n    hooks:\n      - id: virtlint\n        args: [--no-probe]\n`,
    );
    const install = run('pre-commit', ['install'], repo, env);
    expect(install.status, install.stderr).to.equal(0);
    const hooks = run('pre-commit', ['install-hooks'], repo, env, 14 * 60 * 1000);
    const log = path.join(env.PRE_COMMIT_HOME as string, 'pre-commit.log');
    expect(hooks.status, `${hooks.stdout}\n${hooks.stderr}\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`).to.equal(0);
    expect(run('git', ['add', '.pre-commit-config.yaml'], repo, env).status).to.equal(0);
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

  it('does not run on files that are not XML (types: [xml])', () => {
    fs.writeFileSync(path.join(repo, 'notes.txt'), '<domain> not xml to check\n');
    run('git', ['add', 'notes.txt'], repo, env);
    const commit = run('git', ['commit', '-m', 'notes'], repo, env, 120000);
    expect(commit.status, commit.stdout + commit.stderr).to.equal(0);
    expect(commit.stdout + commit.stderr).to.match(/virtlint\.+\(no files to check\)Skipped/);
  });
});
