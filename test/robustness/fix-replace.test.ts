import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { canActAsNobody, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: what `--fix`'s atomic replace (a new file renamed over the old one) takes from a file
 * that writing into it would not. A directory one may write lets one replace a file one may not
 * write, or someone else's; a new file has the writer's owner and group; and a file with several
 * names keeps its old text under the others. Each is refused (io/fix-not-written, the file left
 * byte for byte and owner for owner) or kept, never silently lost.
 */

const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');
const USERS_GID = 100; // Debian's `users` group, which `nobody` is not in

/** Runs `virtlint --fix` as root, or as `nobody` with the given supplementary groups (none by default). */
function fix(cwd: string, file: string, groups?: readonly number[]): ReturnType<typeof report>[number]['messages'] {
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, XDG_CACHE_HOME: path.join(cwd, '.xdg-cache') };
  const args = ['--no-probe', '--no-cache', '--fix', '-f', 'json', file];
  const [cmd, argv] =
    groups === undefined
      ? [process.execPath, [CLI, ...args]]
      : ['setpriv', ['--reuid=nobody', '--regid=nogroup', groups.length > 0 ? `--groups=${groups.join(',')}` : '--clear-groups', process.execPath, CLI, ...args]];
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', timeout: HOSTILE_BOUND_MS, killSignal: 'SIGKILL' });
  expect(r.error, 'virtlint did not finish').to.equal(undefined);
  const results = report({ status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal });
  expect(results, r.stderr).to.have.length(1);
  return results[0]!.messages;
}

const nobodyUid = (): number => Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());

const notWritten = (messages: ReturnType<typeof fix>): string[] => messages.filter((m) => m.ruleId === 'io/fix-not-written').map((m) => m.message);

describe('red team: --fix replaces a file only when nothing but its text changes', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  /** A directory everyone may write (no sticky bit: anyone may replace anyone's file in it), with vm.xml. */
  const sharedDir = (owner: number, group: number, mode: number): { dir: string; file: string } => {
    const dir = scratch.repo();
    fs.chmodSync(dir, 0o777);
    const file = path.join(dir, 'vm.xml');
    fs.writeFileSync(file, NIC);
    fs.chownSync(file, owner, group);
    fs.chmodSync(file, mode);
    return { dir, file };
  };

  const unchanged = (file: string, uid: number, gid: number, mode: number): void => {
    const st = fs.statSync(file);
    expect(fs.readFileSync(file, 'utf8')).to.equal(NIC);
    expect([st.uid, st.gid, st.mode & 0o7777]).to.deep.equal([uid, gid, mode]);
  };

  it('a file the user may not write (root\'s, 0644) in a directory they may: refused, not replaced (was replaced, and became theirs)', function () {
    if (!canActAsNobody()) this.skip();
    const { dir, file } = sharedDir(0, 0, 0o644);
    expect(notWritten(fix(dir, file, []))).to.deep.equal(['Fixes were not written: you may not write to the file (only replace it, as the directory allows). The file was left untouched']);
    unchanged(file, 0, 0, 0o644);
  });

  it("someone else's file the user may write (0666): refused, since replacing it would make it theirs (was: owner changed to nobody)", function () {
    if (!canActAsNobody()) this.skip();
    const { dir, file } = sharedDir(0, 0, 0o666);
    expect(notWritten(fix(dir, file, []))).to.deep.equal(['Fixes were not written: it is owned by another user (0), and replacing it would make it yours. The file was left untouched']);
    unchanged(file, 0, 0, 0o666);
  });

  it("the user's own file of a group they are in: fixed, and the group kept (was: the user's primary group)", function () {
    if (!canActAsNobody()) this.skip();
    const nobody = nobodyUid();
    const { dir, file } = sharedDir(nobody, USERS_GID, 0o664);
    expect(notWritten(fix(dir, file, [USERS_GID]))).to.deep.equal([]);
    const st = fs.statSync(file);
    expect(fs.readFileSync(file, 'utf8')).to.not.equal(NIC);
    expect([st.uid, st.gid, st.mode & 0o7777]).to.deep.equal([nobody, USERS_GID, 0o664]);
  });

  it("the user's own file of a group they are not in: refused, since the replacement could not keep the group", function () {
    if (!canActAsNobody()) this.skip();
    const nobody = nobodyUid();
    const { dir, file } = sharedDir(nobody, USERS_GID, 0o666);
    expect(notWritten(fix(dir, file, []))).to.deep.equal([`Fixes were not written: replacing it would change its group (${USERS_GID}), of which you are not a member. The file was left untouched`]);
    unchanged(file, nobody, USERS_GID, 0o666);
  });

  it('a file the user may write in a directory they may not: refused, saying so (was: EACCES on a temporary file\'s random name)', function () {
    if (!canActAsNobody()) this.skip();
    const nobody = nobodyUid();
    const dir = scratch.repo({ 'vm.xml': NIC });
    const file = path.join(dir, 'vm.xml');
    fs.chownSync(file, nobody, 65534);
    expect(notWritten(fix(dir, file, []))).to.deep.equal(['Fixes were not written: its directory is not writable by you, and --fix writes a new file beside it. The file was left untouched']);
    unchanged(file, nobody, 65534, 0o644);
  });

  it('a file with a second name (hard link): refused, both names keep the same text (was: the link split, the other name kept the old text)', () => {
    const dir = scratch.repo({ 'vm.xml': NIC });
    const file = path.join(dir, 'vm.xml');
    const other = path.join(dir, 'backup', 'vm.xml');
    fs.mkdirSync(path.dirname(other));
    fs.linkSync(file, other);
    expect(notWritten(fix(dir, file))).to.deep.equal(['Fixes were not written: it has 2 names (hard links), and replacing it would leave the old text under the others. The file was left untouched']);
    expect(fs.statSync(file).ino).to.equal(fs.statSync(other).ino);
    expect(fs.readFileSync(other, 'utf8')).to.equal(NIC);
  });

  it('set-user-ID and set-group-ID bits are kept as root (the owner kept by fchown cleared them)', function () {
    if (process.getuid?.() !== 0) this.skip();
    const dir = scratch.repo({ 'vm.xml': NIC });
    const file = path.join(dir, 'vm.xml');
    fs.chmodSync(file, 0o6775);
    expect(notWritten(fix(dir, file))).to.deep.equal([]);
    expect(fs.readFileSync(file, 'utf8')).to.not.equal(NIC);
    expect(fs.statSync(file).mode & 0o7777).to.equal(0o6775);
  });
});
