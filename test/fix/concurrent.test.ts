import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { removeStaleTempFiles, writeFileAtomically } from '../../src/fix/write.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, Scratch } from '../hardening/trust-helpers.js';

const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');

/** A pid that is certainly not running: a process that has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

/**
 * Issue 15, item 7: --fix and other writers. A change made just before the rename — even one that
 * keeps the size and the time — is detected; bytes appended to the old file just after it are carried
 * over; temporary files of a --fix killed with -9 are cleaned up by the next one.
 */
describe('issue 15.7: --fix and concurrent writers', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  function setup(): { file: string; snap: { text: string; mtimeMs: number; size: number } } {
    const dir = scratch.dir();
    const file = path.join(dir, 'vm.xml');
    fs.writeFileSync(file, NIC);
    const st = fs.statSync(file);
    return { file, snap: { text: NIC, mtimeMs: st.mtimeMs, size: st.size } };
  }

  it('a same-size edit with the old mtime restored, just before the rename: refused, the edit survives', () => {
    const { file, snap } = setup();
    const theirs = NIC.replace('nic', 'NIC');
    const out = writeFileAtomically(file, 'NEW', 'utf-8', snap, {
      beforeRename: () => {
        fs.writeFileSync(file, theirs);
        fs.utimesSync(file, new Date(), new Date(snap.mtimeMs));
      },
    });
    expect(out).to.deep.equal({ ok: false, reason: 'the file changed on disk since it was read' });
    expect(fs.readFileSync(file, 'utf8')).to.equal(theirs);
  });

  it('a line appended to the old file by a writer that opened it before the rename is carried over, not lost', () => {
    const { file, snap } = setup();
    const appender = fs.openSync(file, 'a'); // opened before the rename, writes after it
    try {
      const out = writeFileAtomically(file, 'NEW\n', 'utf-8', snap, { afterRename: () => fs.writeSync(appender, 'APPENDED LINE\n') });
      expect(out).to.deep.equal({ ok: true });
    } finally {
      fs.closeSync(appender);
    }
    expect(fs.readFileSync(file, 'utf8')).to.equal('NEW\nAPPENDED LINE\n');
  });

  it('temporary files of a killed --fix are removed; those of a live process and other files are kept', () => {
    const { file } = setup();
    const dir = path.dirname(file);
    const dead = path.join(dir, `.vm.xml.virtlint-${deadPid()}-0badc0de.tmp`);
    const live = path.join(dir, `.vm.xml.virtlint-${process.pid === 1 ? 2 : 1}-0badc0de.tmp`); // pid 1 is always alive
    const other = path.join(dir, '.vm.xml.something-else.tmp');
    for (const f of [dead, live, other]) fs.writeFileSync(f, 'partial');
    const linkName = path.join(dir, `.x.virtlint-${deadPid()}-00000000.tmp`);
    fs.symlinkSync(file, linkName);
    const run = cli(['--fix', '-f', 'json', 'vm.xml'], { cwd: dir });
    expect(run.status, run.stderr).to.be.oneOf([0, 1]);
    expect(fs.existsSync(dead), 'the dead process’s temporary file').to.equal(false);
    expect(fs.existsSync(live), 'a live process’s temporary file').to.equal(true);
    expect(fs.existsSync(other)).to.equal(true);
    expect(fs.lstatSync(linkName).isSymbolicLink(), 'a link named like a temporary file is left alone').to.equal(true);
    expect(fs.readFileSync(file, 'utf8')).to.not.equal(NIC);
    // Once per directory per run.
    expect(removeStaleTempFiles(dir)).to.deep.equal([]);
  });
});
