import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CapabilityFileError, createCapabilityResolver } from '../../src/caps/index.js';
import { CAPS_FIXTURES, QEMU, REAL_QEMU_CAPS_CACHE, requireQemu, SHARED_CAPS, tempDir } from './helpers.js';

const PROFILE = path.join(CAPS_FIXTURES, 'profile-qemu-old.json');
const DOMCAPS = path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml');

describe('capability resolver: source precedence', () => {
  it('--caps FILE wins over the per-emulator files and probing', async () => {
    const r = await createCapabilityResolver({ capsFile: PROFILE, emulatorFiles: { [QEMU]: DOMCAPS } }).resolve(QEMU);
    expect(r.view?.profile.origin).to.equal('profile');
    expect(r.notes[0]).to.match(/\(--caps\); they describe \/opt\/qemu-old\/bin\/qemu-system-x86_64, the document names \/usr\/bin\/qemu-system-x86_64/);
  });

  it('a per-emulator file applies to its emulator only (others get nothing with probing off)', async function () {
    const resolver = createCapabilityResolver({ emulatorFiles: { [QEMU]: REAL_QEMU_CAPS_CACHE }, probe: false });
    const mapped = await resolver.resolve(QEMU);
    expect(mapped.view?.profile.origin).to.equal('qemu-caps-cache');
    expect(mapped.notes[0]).to.match(/\(configuration\)$/);
    const other = await resolver.resolve('/usr/bin/qemu-system-aarch64');
    expect(other.view?.isEmpty).to.equal(true);
    expect(other.notes[0]).to.match(/no capabilities file for \/usr\/bin\/qemu-system-aarch64 and probing is off/);
  });

  it('probes when no file applies (and the policy allows the binary)', async function () {
    requireQemu(this);
    const cacheDir = tempDir('resolver');
    const r = await createCapabilityResolver({ emulatorFiles: { '/opt/other/qemu': PROFILE }, cacheDir }).resolve(QEMU);
    expect(r.view?.profile.origin).to.equal('probe');
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('notes a domain without <emulator>', async () => {
    const r = await createCapabilityResolver({}).resolve(undefined);
    expect(r.notes[0]).to.match(/names no <emulator>/);
  });

  it('reads and validates files up front: a bad file is a configuration error', () => {
    expect(() => createCapabilityResolver({ capsFile: path.join(CAPS_FIXTURES, 'bad-key.json') })).to.throw(CapabilityFileError, /machines\[1\]\.name/);
    expect(() => createCapabilityResolver({ emulatorFiles: { [QEMU]: '/nonexistent.json' } })).to.throw(CapabilityFileError, /cannot read/);
  });

  it('resolves relative per-emulator files against baseDir', async () => {
    const r = await createCapabilityResolver({ emulatorFiles: { [QEMU]: 'profile-qemu-old.json' }, baseDir: CAPS_FIXTURES, probe: false }).resolve(QEMU);
    expect(r.view?.profile.version).to.equal('2.0.0');
  });
});

/** Two directories, `here` holding an executable named like QEMU: the policy names `here` when it refuses it. */
function twoDirectories(name: string) {
  const tree = tempDir(name);
  const here = path.join(tree, 'here');
  const there = path.join(tree, 'there');
  fs.mkdirSync(here);
  fs.mkdirSync(there);
  const emulator = path.join(here, 'qemu-system-x86_64');
  fs.writeFileSync(emulator, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  return { tree, here, there, emulator };
}

describe('capability resolver: answers shared between documents', () => {
  it('documents of one directory naming one emulator share one read-only answer; another directory gets its own', async () => {
    const { tree, here, there, emulator } = twoDirectories('resolver-shared');
    try {
      const resolver = createCapabilityResolver({ cache: false });
      const a = await resolver.resolve(emulator, { documentPath: path.join(here, 'a.xml') });
      const b = await resolver.resolve(emulator, { documentPath: path.join(here, 'b.xml') });
      expect(b).to.equal(a);
      expect(Object.isFrozen(a.view) && Object.isFrozen(a.notes)).to.equal(true);
      expect(a.notes[0]).to.include(`is inside ${fs.realpathSync(here)}, which is being linted`);
      const elsewhere = await resolver.resolve(emulator, { documentPath: path.join(there, 'c.xml') });
      expect(elsewhere).to.not.equal(a);
      expect(elsewhere.notes[0]).to.match(/was not probed/).and.not.include('which is being linted');
      // Another emulator in the same directory: its own answer.
      expect((await resolver.resolve('/nonexistent/qemu-system-x86_64', { documentPath: path.join(here, 'a.xml') })).notes[0]).to.match(/does not exist/);
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('a directory is the same however a document path names it (relative, with ..), and only that directory', async () => {
    const { tree, here, there, emulator } = twoDirectories('resolver-written');
    const inTree = `is inside ${fs.realpathSync(here)}, which is being linted`;
    try {
      const resolver = createCapabilityResolver({ cache: false });
      const note = async (documentPath: string) => (await resolver.resolve(emulator, { documentPath })).notes[0];
      // Answers are remembered per directory as written: each spelling must still find the directory it means.
      expect(await note(path.join(here, 'a.xml'))).to.include(inTree);
      expect(await note(path.relative(process.cwd(), path.join(here, 'b.xml')))).to.include(inTree);
      expect(await note(`${there}/../here/c.xml`)).to.include(inTree);
      expect(await note(`${here}/../there/d.xml`)).to.match(/was not probed/).and.not.include('which is being linted');
      // A path ending in '..' names its parent's parent: resolved, not cut at the last slash.
      expect(await note(`${here}/sub/..`)).to.include(`is inside ${fs.realpathSync(tree)}, which is being linted`);
      expect(await note(`${here}/sub/f.xml`)).to.match(/was not probed/).and.not.include('which is being linted');
      expect(await note(path.join(there, 'e.xml'))).to.match(/was not probed/).and.not.include('which is being linted');
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });
});
