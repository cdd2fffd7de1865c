import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../src/files.js';
import { writeFileAtomically } from '../../src/fix/write.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE_BOUND_MS } from '../hardening/helpers.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';

const NIC = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/ci/nic-fixable.xml'), 'utf8');
const SECRET = 'TOP-SECRET-OUTSIDE-THE-TREE';

/**
 * Issue 15, item 2: files found by a directory walk or a glob are not followed through symbolic
 * links (a link is skipped, with a --verbose note); a file the user names may be a link. --fix never
 * writes through a symbolic link or outside the linted roots, checked again at write time.
 */
describe('issue 15.2: symbolic links never lead out of the tree', function () {
  this.timeout(4 * HOSTILE_BOUND_MS);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  /** A repository with vms/ok.xml and vms/s.xml → a secret outside it (and vms/nic.xml → a fixable file outside). */
  function hostileTree(): { repo: string; outside: string } {
    const outside = scratch.dir();
    fs.writeFileSync(path.join(outside, 'secret.txt'), `<domain>${SECRET}</domain>\n`);
    fs.writeFileSync(path.join(outside, 'nic.xml'), NIC);
    const repo = scratch.repo({ 'vms/ok.xml': NIC });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'vms', 's.xml'));
    fs.symlinkSync(path.join(outside, 'nic.xml'), path.join(repo, 'vms', 'nic.xml'));
    fs.symlinkSync(outside, path.join(repo, 'vms', 'linked-dir'));
    return { repo, outside };
  }

  for (const input of ['vms', 'vms/*.xml', 'vms/**/*.xml']) {
    it(`'${input}': a link found by the walk or glob is skipped, its target's content never printed; --verbose says why`, () => {
      const { repo } = hostileTree();
      const run = cli(['-f', 'json', '--verbose', input], { cwd: repo });
      expect(run.stdout).to.not.include(SECRET);
      expect(report(run).map((r) => path.basename(r.filePath))).to.deep.equal(['ok.xml']);
      expect(run.stderr).to.match(/s\.xml: note: not linted: a symbolic link found by a directory walk or glob is not followed/);
    });
  }

  it('a link the user names is linted (their choice)', () => {
    const { repo } = hostileTree();
    const run = cli(['-f', 'json', 'vms/nic.xml'], { cwd: repo });
    expect(report(run).map((r) => path.basename(r.filePath))).to.deep.equal(['nic.xml']);
    expect(report(run)[0]!.messages.length).to.be.above(0);
  });

  for (const input of ['vms', 'vms/*.xml']) {
    it(`--fix over '${input}' leaves the files outside the tree untouched, and fixes the file inside`, () => {
      const { repo, outside } = hostileTree();
      const run = cli(['--fix', '-f', 'json', input], { cwd: repo });
      expect(run.status, run.stderr).to.be.oneOf([0, 1]);
      expect(fs.readFileSync(path.join(outside, 'nic.xml'), 'utf8')).to.equal(NIC);
      expect(fs.readFileSync(path.join(repo, 'vms', 'ok.xml'), 'utf8')).to.not.equal(NIC);
    });
  }

  it('--fix on a named link: linted, but not written through (io/fix-not-written); the target is untouched', () => {
    const { repo, outside } = hostileTree();
    const run = cli(['--fix', '-f', 'json', 'vms/nic.xml'], { cwd: repo });
    expect(run.status).to.equal(1);
    expect(report(run)[0]!.messages[0]).to.include({ ruleId: 'io/fix-not-written' });
    expect(report(run)[0]!.messages[0]!.message).to.match(/symbolic link/);
    expect(fs.readFileSync(path.join(outside, 'nic.xml'), 'utf8')).to.equal(NIC);
    expect(fs.lstatSync(path.join(repo, 'vms', 'nic.xml')).isSymbolicLink()).to.equal(true);
  });

  it('a file found by a walk and swapped for a link before it is read: refused, not followed', () => {
    const { repo, outside } = hostileTree();
    const file = path.join(repo, 'vms', 'ok.xml');
    fs.rmSync(file);
    fs.symlinkSync(path.join(outside, 'secret.txt'), file);
    const walked = readDocument(file, 1024 * 1024, false);
    expect(walked.ok).to.equal(false);
    expect(!walked.ok && walked.diagnostic.ruleId).to.equal('io/unreadable');
    expect(!walked.ok && walked.diagnostic.message).to.not.include(SECRET);
    expect(readDocument(file, 1024 * 1024, true).ok, 'named explicitly, it is followed').to.equal(true);
  });

  it('a file swapped for a link between reading and writing is not written through (every time, 200 of 200)', () => {
    const { repo, outside } = hostileTree();
    const victim = path.join(outside, 'victim.xml');
    let written = 0;
    for (let i = 0; i < 200; i++) {
      fs.writeFileSync(victim, NIC);
      const file = path.join(repo, 'vms', `swap${i}.xml`);
      fs.writeFileSync(file, NIC);
      const st = fs.statSync(file);
      const out = writeFileAtomically(file, 'NEW', 'utf-8', { text: NIC, mtimeMs: st.mtimeMs, size: st.size }, {
        beforeRename: () => {
          fs.rmSync(file);
          fs.symlinkSync(victim, file);
        },
      }, { roots: [path.join(repo, 'vms')] });
      if (out.ok) written++;
      if (fs.readFileSync(victim, 'utf8') !== NIC) written++;
      expect(fs.lstatSync(file).isSymbolicLink()).to.equal(true);
    }
    expect(written).to.equal(0);
  });

  it('a file whose directory is a link out of the linted root is not written', () => {
    const { repo, outside } = hostileTree();
    const viaLink = path.join(repo, 'vms', 'linked-dir', 'nic.xml');
    const st = fs.statSync(viaLink);
    const out = writeFileAtomically(viaLink, 'NEW', 'utf-8', { text: NIC, mtimeMs: st.mtimeMs, size: st.size }, {}, { roots: [path.join(repo, 'vms')] });
    expect(out).to.deep.equal({ ok: false, reason: 'it is outside the files and directories being linted' });
    expect(fs.readFileSync(path.join(outside, 'nic.xml'), 'utf8')).to.equal(NIC);
  });
});
