import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { checkExecutionPolicy } from '../../src/caps/policy.js';
import { domainXml, fakeEmulator, QEMU, qemuInstalled, tempDir } from './helpers.js';
import { CLI } from '../helpers/paths.js';

/**
 * A document under lint may come from a pull request that also adds an executable. These tests put
 * scripts that would leave a marker file where a document points, and check they never run.
 */

const isRoot = process.getuid?.() === 0;

/** A script that proves it ran by creating `marker`, then behaves like a broken emulator. */
const MARKER_SCRIPT = (marker: string): string => `touch '${marker}'\nexit 1`;

/** Resolves capabilities for a document naming `emulator`, as the pipeline does. */
async function lintWith(emulator: string, settings: Parameters<typeof createCapabilityResolver>[0], documentPath?: string) {
  const resolved = await createCapabilityResolver({ cache: false, ...settings }).resolve(emulator, documentPath ? { documentPath } : {});
  return { notes: resolved.notes, view: resolved.view };
}

/** A root-owned directory chain outside temporary directories, like a system directory but private to the test. */
function systemLikeDir(): string {
  const dir = fs.mkdtempSync('/var/lib/virtlint-policy-test-');
  fs.chmodSync(dir, 0o755);
  return dir;
}

/**
 * Where an allow-listed fake emulator may live: outside temporary directories, in a directory chain
 * owned by root or this user that others cannot write (issue 15.3: allow-listed binaries get those checks too).
 */
function allowableDir(): string {
  if (isRoot) return systemLikeDir();
  const dir = fs.mkdtempSync(path.join(os.homedir(), '.virtlint-policy-test-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

describe('probe policy: paths from documents are not executed unless allowed', () => {
  const cleanup: string[] = [];
  after(() => {
    for (const d of cleanup) fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses /bin/sh (not an emulator name)', async () => {
    const d = checkExecutionPolicy('/bin/sh');
    expect(d.allowed).to.equal(false);
    if (!d.allowed) expect(d.reason).to.match(/not an emulator name/);
    const r = await lintWith('/bin/sh', {});
    expect(r.notes.join('\n')).to.match(/\/bin\/sh was not probed: .*not an emulator name/);
  });

  it('refuses a relative path and a missing path', async () => {
    const rel = checkExecutionPolicy('qemu-system-x86_64');
    expect(rel.allowed).to.equal(false);
    const missing = checkExecutionPolicy('/usr/bin/qemu-system-does-not-exist');
    expect(missing).to.deep.include({ allowed: false, missing: true });
    const r = await lintWith('/usr/bin/qemu-system-does-not-exist', {});
    expect(r.notes.join('\n')).to.match(/was not probed: .*does not exist/);
  });

  it('never runs a qemu-system-x86_64 script under /tmp', async () => {
    const dir = tempDir('fake-tmp');
    cleanup.push(dir);
    const marker = path.join(dir, 'ran');
    const script = fakeEmulator(dir, 'qemu-system-x86_64', MARKER_SCRIPT(marker));
    const r = await lintWith(script, {});
    expect(fs.existsSync(marker), 'the script ran').to.equal(false);
    expect(r.notes.join('\n')).to.match(/was not probed: .*(temporary directory|writable by group or others)/);
  });

  it('never runs a qemu-system-x86_64 script inside the linted tree, even root-owned in a root-owned directory', async function () {
    if (!isRoot) {
      console.warn('    (skipped: needs root to build a root-owned directory chain outside /tmp)');
      this.skip();
    }
    const tree = systemLikeDir();
    cleanup.push(tree);
    const marker = path.join(tree, 'ran');
    const script = fakeEmulator(tree, 'qemu-system-x86_64', MARKER_SCRIPT(marker));
    const doc = path.join(tree, 'vm.xml');
    // Outside the tree, the same file would pass the default policy: only "inside the linted tree" refuses it.
    expect(checkExecutionPolicy(script).allowed).to.equal(true);
    expect(checkExecutionPolicy(script, { forbiddenRoots: [tree] }).allowed).to.equal(false);
    const viaDocument = await lintWith(script, {}, doc);
    expect(viaDocument.notes.join('\n')).to.match(/was not probed: .*inside .*being linted/);
    const viaRoots = await lintWith(script, { lintRoots: [tree] });
    expect(viaRoots.notes.join('\n')).to.match(/was not probed: .*inside .*being linted/);
    // An allow-list does not lift the rule: a pull request could add the configuration and the script.
    const allowed = await lintWith(script, { probeAllow: [script] }, doc);
    expect(allowed.notes.join('\n')).to.match(/was not probed: .*inside/);
    expect(fs.existsSync(marker), 'the script ran').to.equal(false);
  });

  it('never runs a world-writable emulator, a non-root one, or a symlink to a shell', async function () {
    if (!isRoot) {
      console.warn('    (skipped: needs root to build a root-owned directory chain outside /tmp)');
      this.skip();
    }
    const dir = systemLikeDir();
    cleanup.push(dir);
    const marker = path.join(dir, 'ran');
    const script = fakeEmulator(dir, 'qemu-system-x86_64', MARKER_SCRIPT(marker));
    fs.chmodSync(script, 0o777);
    expect(checkExecutionPolicy(script)).to.deep.include({ allowed: false });
    const r = await lintWith(script, {});
    expect(r.notes.join('\n')).to.match(/writable by group or others/);
    // Even when explicitly allowed.
    const allowed = await lintWith(script, { probeAllow: [script] });
    expect(allowed.notes.join('\n')).to.match(/writable by group or others/);

    fs.chmodSync(script, 0o755);
    fs.chownSync(script, 65534, 65534);
    const notRoot = checkExecutionPolicy(script);
    expect(notRoot.allowed).to.equal(false);
    if (!notRoot.allowed) expect(notRoot.reason).to.match(/not owned by root/);
    await lintWith(script, {});

    fs.chownSync(script, 0, 0);
    fs.chmodSync(dir, 0o777);
    const openDir = checkExecutionPolicy(script);
    expect(openDir.allowed).to.equal(false);
    if (!openDir.allowed) expect(openDir.reason).to.match(/writable by group or others/);
    await lintWith(script, {});
    fs.chmodSync(dir, 0o755);

    const link = path.join(dir, 'qemu-system-aarch64');
    fs.symlinkSync('/bin/sh', link);
    const viaLink = checkExecutionPolicy(link);
    expect(viaLink.allowed).to.equal(false);
    if (!viaLink.allowed) expect(viaLink.reason).to.match(/not an emulator name/);
    await lintWith(link, {});
    expect(fs.existsSync(marker), 'the script ran').to.equal(false);
  });

  it('issue 15.3: a probeAllow entry gets the ownership and location checks (owned by another user, world-writable directory, /tmp): never run', async function () {
    if (!isRoot) {
      console.warn('    (skipped: needs root to give a file to the user nobody)');
      this.skip();
    }
    const dir = systemLikeDir();
    cleanup.push(dir);
    const marker = path.join(dir, 'ran');
    const script = fakeEmulator(dir, 'anything', MARKER_SCRIPT(marker));
    // Owned by nobody (as a file another user planted would be).
    fs.chownSync(script, 65534, 65534);
    const byNobody = await lintWith(script, { probeAllow: [script] });
    expect(byNobody.notes.join('\n')).to.match(/was not probed: .*allow-listed but it is owned by another user \(uid 65534\)/);
    // In a directory every user can write.
    fs.chownSync(script, 0, 0);
    fs.chmodSync(dir, 0o1777);
    const openDir = await lintWith(script, { probeAllow: [script] });
    expect(openDir.notes.join('\n')).to.match(/was not probed: .*allow-listed but .* is writable by every user/);
    fs.chmodSync(dir, 0o755);
    // Under a temporary directory, even in a private subdirectory.
    const tmp = tempDir('allow-listed');
    cleanup.push(tmp);
    const inTmp = fakeEmulator(tmp, 'anything', MARKER_SCRIPT(marker));
    const tmpNotes = await lintWith(inTmp, { probeAllow: [inTmp] });
    expect(tmpNotes.notes.join('\n')).to.match(/was not probed: .*(temporary directory|writable by every user)/);
    expect(fs.existsSync(marker), 'an allow-listed script ran').to.equal(false);
  });

  it('issue 15.3: a JSON configuration in the repository cannot allow-list a binary owned by nobody in /tmp (through the CLI)', async () => {
    const tmp = tempDir('allow-json');
    cleanup.push(tmp);
    fs.chmodSync(tmp, 0o755);
    const marker = path.join(tmp, 'ran');
    const script = fakeEmulator(tmp, 'qemu-system-x86_64', MARKER_SCRIPT(marker));
    if (isRoot) fs.chownSync(script, 65534, 65534);
    const repo = fs.mkdtempSync(path.join(isRoot ? '/var/lib' : os.homedir(), 'virtlint-allow-repo-'));
    cleanup.push(repo);
    fs.mkdirSync(path.join(repo, '.git'));
    fs.writeFileSync(path.join(repo, 'virtlint.config.json'), JSON.stringify([{ settings: { probeAllow: [script] } }]));
    fs.writeFileSync(path.join(repo, 'vm.xml'), domainXml({ emulator: script }));
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [CLI, '--verbose', 'vm.xml'], { cwd: repo, encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH ?? '', HOME: repo } });
    expect(r.stderr).to.match(/was not probed/);
    expect(fs.existsSync(marker), 'the allow-listed script ran').to.equal(false);
  });

  it('runs nothing with probing off, even an allowed emulator', async () => {
    const dir = tempDir('fake-off');
    cleanup.push(dir);
    const marker = path.join(dir, 'ran');
    const script = fakeEmulator(dir, 'qemu-system-x86_64', MARKER_SCRIPT(marker));
    const r = await lintWith(script, { probe: false, probeAllow: [script] });
    expect(fs.existsSync(marker)).to.equal(false);
    expect(r.notes.join('\n')).to.match(/probing is off/);
  });

  it('allows the system QEMU under the default policy', function () {
    if (!qemuInstalled()) {
      console.warn(`    (skipped: ${QEMU} is missing)`);
      this.skip();
    }
    expect(checkExecutionPolicy(QEMU)).to.deep.include({ allowed: true, realPath: fs.realpathSync(QEMU) });
    // …but not from a document whose own directory is /usr/bin.
    expect(checkExecutionPolicy(QEMU, { forbiddenRoots: ['/usr/bin'] }).allowed).to.equal(false);
  });
});

describe('probe of a misbehaving (allowed) emulator: bounded, reported as a note', () => {
  let dir: string;
  before(() => {
    dir = allowableDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function probeNote(name: string, body: string, timeoutMs = 1500): Promise<{ note: string; ms: number }> {
    const script = fakeEmulator(dir, name, body);
    const started = Date.now();
    const r = await lintWith(script, { probeAllow: [script], probeTimeoutMs: timeoutMs });
    const note = r.notes.find((n) => n.startsWith(`probing ${script} failed`));
    expect(note, r.notes.join('\n')).to.be.a('string');
    expect(r.view?.isEmpty).to.equal(true);
    return { note: note as string, ms: Date.now() - started };
  }

  it('hangs: killed at the timeout, with the processes it started', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const { note, ms } = await probeNote('hang', `sleep 60 &\necho $! > '${pidFile}'\nwait`, 500);
    expect(note).to.match(/did not answer within 500 ms/);
    expect(ms).to.be.below(10_000);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    // The whole process group was killed, so the background sleep is gone too (or a zombie waiting for
    // the container's init to reap it). Give the kernel a moment.
    const running = (pid: number): boolean => {
      try {
        return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    let alive = true;
    for (let i = 0; i < 50 && alive; i++) {
      alive = running(child);
      if (alive) await new Promise((r) => setTimeout(r, 20));
    }
    expect(alive, `sleep ${child} survived`).to.equal(false);
  });

  it('exits at once', async () => {
    const { note } = await probeNote('exits', 'echo "qemu: cannot start" >&2\nexit 3');
    expect(note).to.match(/exited \(status 3\) before answering: qemu: cannot start/);
  });

  it('exits with a long line of emoji on stderr: its last 2,000 characters, then their first 300, without half an emoji', async () => {
    // 1,001 emoji and a line break: the last 2,000 characters start at the second half of the second
    // emoji, and 300 characters of what is left end inside one.
    const { note } = await probeNote('emoji', `printf '%s\\n' '${'😀'.repeat(1001)}' >&2\nexit 3`);
    expect(note).to.include(`exited (status 3) before answering: ${'😀'.repeat(150)}: capability rules stay silent`);
  });

  it('prints invalid JSON with an emoji where the quote is cut', async () => {
    const { note } = await probeNote('emoji-garbage', `echo '${'x'.repeat(79)}😀 not QEMU'\nsleep 30`);
    expect(note).to.include(`does not speak QMP (not JSON: "${'x'.repeat(79)}")`);
  });

  it('floods stdout without newlines', async () => {
    const { note } = await probeNote('flood', 'exec cat /dev/zero', 20_000);
    expect(note).to.match(/QMP message longer than \d+ bytes/);
  });

  it('floods stdout with endless QMP events', async () => {
    const { note } = await probeNote('events', `echo '{"QMP": {"version": {}, "capabilities": []}}'\nexec yes '{"event": "SPAM", "data": {}}'`, 60_000);
    expect(note).to.match(/wrote more than \d+ bytes/);
  });

  it('prints invalid JSON', async () => {
    const { note } = await probeNote('garbage', 'echo "Hello, I am not QEMU"\nsleep 30');
    expect(note).to.match(/does not speak QMP \(not JSON: "Hello, I am not QEMU"\)/);
  });

  it('speaks QMP too slowly', async () => {
    const { note } = await probeNote('slow', `echo '{"QMP": {"version": {}, "capabilities": []}}'\nwhile read line; do sleep 5; done`, 700);
    expect(note).to.match(/did not answer within 700 ms/);
  });

  it('answers commands with QMP errors', async () => {
    // A well-behaved QMP peer that knows no commands: the probe fails cleanly.
    const body = `echo '{"QMP": {"version": {}, "capabilities": []}}'
while read line; do
  id=$(echo "$line" | sed -n 's/.*"id": *"\\([^"]*\\)".*/\\1/p')
  echo "{\\"error\\": {\\"class\\": \\"CommandNotFound\\", \\"desc\\": \\"no\\"}, \\"id\\": \\"$id\\"}"
done`;
    const { note } = await probeNote('errors', body);
    expect(note).to.match(/CommandNotFound/);
  });
});

describe('issue 15.4: the probe deadline holds whatever the emulator does, and nothing it started survives', function () {
  // Only a hang reaches this: the probe's own limit is 500 ms.
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = allowableDir();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const running = (pid: number): boolean => {
    try {
      return !/^\d+ \(.*\) [ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };

  /** Waits (bounded) for the kernel to finish a kill; returns whether `pid` still runs. */
  async function stillRunning(pid: number): Promise<boolean> {
    for (let i = 0; i < 100; i++) {
      if (!running(pid)) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  }

  for (const [what, tail] of [
    ['then hangs', 'sleep 300'],
    ['then exits at once', 'exit 0'],
    ['then greets and exits', `echo '{"QMP": {"version": {}, "capabilities": []}}'\nexit 0`],
  ] as const) {
    it(`an emulator that starts a setsid child holding its stdout, ${what}: the probe ends, and the child is killed`, async () => {
      const pidFile = path.join(dir, `setsid-${what.replace(/\W/g, '')}.pid`);
      fs.rmSync(pidFile, { force: true });
      // The child has a session of its own (so killing the emulator's process group misses it) and keeps stdout open.
      const script = fakeEmulator(dir, `escapee-${what.replace(/\W/g, '')}`, `setsid sh -c 'echo $$ > "${pidFile}"; exec sleep 300' &\nwhile [ ! -s '${pidFile}' ]; do :; done\n${tail}`);
      const { probeEmulator } = await import('../../src/caps/probe.js');
      const err = await probeEmulator(script, script, { timeoutMs: 500, maxOutputBytes: 1 << 20, maxLineBytes: 1 << 20 }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err, 'the probe succeeded?').to.be.instanceOf(Error);
      const child = Number(fs.readFileSync(pidFile, 'utf8'));
      expect(child).to.be.above(1);
      expect(await stillRunning(child), `the setsid child ${child} survived the probe`).to.equal(false);
    });
  }

  it('one emulator is probed once per run, not once per worker thread', async function () {
    const repo = fs.mkdtempSync(path.join(isRoot ? '/var/lib' : os.homedir(), 'virtlint-once-repo-'));
    try {
      const counter = path.join(dir, 'probed');
      fs.rmSync(counter, { force: true });
      const script = fakeEmulator(dir, 'counted', `echo run >> '${counter}'\nexit 1`);
      fs.mkdirSync(path.join(repo, '.git'));
      fs.writeFileSync(path.join(repo, 'virtlint.config.json'), JSON.stringify([{ settings: { probeAllow: [script] } }]));
      for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(repo, `vm${i}.xml`), domainXml({ emulator: script }));
      const { spawnSync } = await import('node:child_process');
      const r = spawnSync(process.execPath, [CLI, '--concurrency', '3', '--no-cache', '--verbose', '.'], { cwd: repo, encoding: 'utf8', timeout: 60000, env: { PATH: process.env.PATH ?? '', HOME: repo } });
      expect(r.stderr).to.match(/probing .*counted failed/);
      expect(fs.readFileSync(counter, 'utf8').trim().split('\n'), 'probes of the same emulator in one run').to.have.length(1);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
