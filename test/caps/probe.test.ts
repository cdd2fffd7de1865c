import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { PROBE_FORMAT, ProbeCache, defaultCacheDir, probeCacheKey } from '../../src/caps/cache.js';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { probeEmulator, probeSession } from '../../src/caps/probe.js';
import { DEFAULT_QMP_LIMITS, QmpSession } from '../../src/caps/qmp-session.js';
import { parseProfileJson } from '../../src/caps/profile-file.js';
import type { CapabilityProfile } from '../../src/caps/types.js';
import { CapabilityView } from '../../src/caps/view.js';
import { QEMU, requireQemu, tempDir } from './helpers.js';

describe('live QMP probe of the system QEMU', function () {
  let profile: CapabilityProfile;
  before(async function () {
    requireQemu(this);
    profile = await probeEmulator(QEMU);
  });

  it('reports virtio-blk-pci with ioeventfd', () => {
    const v = new CapabilityView(profile);
    expect(v.deviceHasProperty('virtio-blk-pci', 'ioeventfd')).to.equal(true);
    expect(v.deviceHasProperty('virtio-net-pci', 'ioeventfd')).to.equal(true);
    // On the virtio-mmio transport the property lives elsewhere: QEMU's virtio-blk-device has none.
    expect(v.deviceHasProperty('virtio-blk-device', 'ioeventfd')).to.equal(false);
  });

  it("reports machines with aliases, including 'pc' and 'q35'", () => {
    const v = new CapabilityView(profile);
    expect(v.machine('pc')?.name).to.match(/^pc-i440fx-\d+\.\d+$/);
    expect(v.machine('q35')?.name).to.match(/^pc-q35-\d+\.\d+$/);
    expect(v.machine('pc')?.isDefault).to.equal(true);
    expect(v.machine('pc-q35-99.0')).to.equal(null);
  });

  it("reports each machine's vCPU limit (query-machines cpu-max): QEMU 7.2 gives q35 288, pc 255, isapc 1", () => {
    const v = new CapabilityView(profile);
    expect(v.machineMaxCpus('q35')).to.deep.equal({ machine: 'pc-q35-7.2', maxCpus: 288 });
    expect(v.machineMaxCpus('pc')).to.deep.equal({ machine: 'pc-i440fx-7.2', maxCpus: 255 });
    expect(v.machineMaxCpus(undefined)).to.deep.equal({ machine: 'pc-i440fx-7.2', maxCpus: 255 });
    expect(v.machineMaxCpus('pc-q35-2.7')?.maxCpus).to.equal(255);
    expect(v.machineMaxCpus('isapc')?.maxCpus).to.equal(1);
    expect(profile.machines?.every((m) => Number.isInteger(m.maxCpus) && (m.maxCpus as number) > 0)).to.equal(true);
  });

  it('reports version, arches, accelerators and the complete device list', () => {
    expect(profile.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(profile.arches).to.deep.equal(['x86_64', 'i686']);
    expect(profile.domainTypes).to.include('qemu');
    expect(profile.devicesComplete).to.equal(true);
    const v = new CapabilityView(profile);
    for (const t of ['e1000', 'rtl8139', 'VGA', 'qxl-vga', 'ich9-ahci', 'lsi53c895a', 'tpm-crb', 'i6300esb']) expect(v.hasDevice(t), t).to.equal(true);
    for (const t of ['spapr-vscsi', 'tpm-spapr', 'diag288', 'virtio-blk-ccw']) expect(v.hasDevice(t), t).to.equal(false);
  });

  it("agrees with QEMU's own -device help on virtio-blk-pci's properties", async () => {
    const { execFileSync } = await import('node:child_process');
    const help = execFileSync(QEMU, ['-device', 'virtio-blk-pci,help'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    const fromHelp = [...help.matchAll(/^\s+([\w.-]+)=</gm)].map((m) => m[1] as string).sort();
    expect(profile.devices?.['virtio-blk-pci']).to.deep.equal(fromHelp);
  });
});

describe('probe cache', function () {
  let cacheDir: string;
  beforeEach(function () {
    requireQemu(this);
    cacheDir = tempDir('cache');
  });
  afterEach(() => {
    if (cacheDir) fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('probes once, then a second run (new process state) uses the disk cache', async () => {
    const first = await createCapabilityResolver({ cacheDir }).resolve(QEMU);
    expect(first.notes[0]).to.match(/^capabilities from probe of \/usr\/bin\/qemu-system-x86_64 \(QEMU [\d.]+\)$/);
    const files = fs.readdirSync(path.join(cacheDir, 'caps'));
    expect(files).to.have.length(1);
    expect(fs.statSync(path.join(cacheDir, 'caps', files[0] as string)).mode & 0o077).to.equal(0);
    const second = await createCapabilityResolver({ cacheDir }).resolve(QEMU);
    expect(second.notes[0]).to.match(/\(cached\)$/);
    expect(second.view?.profile).to.deep.equal(first.view?.profile);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    await createCapabilityResolver({ cacheDir }).resolve(QEMU);
    const r = await createCapabilityResolver({ cacheDir, cache: false }).resolve(QEMU);
    expect(r.notes[0]).to.not.match(/cached/);
    const other = tempDir('nocache');
    await createCapabilityResolver({ cacheDir: other, cache: false }).resolve(QEMU);
    expect(fs.readdirSync(other)).to.deep.equal([]);
    fs.rmSync(other, { recursive: true });
  });

  it('keys entries by binary size and mtime: a changed binary is probed again; corrupt entries are misses', () => {
    const cache = new ProbeCache(cacheDir);
    const st = fs.statSync(QEMU);
    const key = probeCacheKey(QEMU, st);
    expect(cache.set(key, { version: '1.0.0' })).to.equal(true);
    expect(cache.get(key)?.version).to.equal('1.0.0');
    expect(cache.get(probeCacheKey(QEMU, { size: st.size, mtimeMs: st.mtimeMs + 1 }))).to.equal(undefined);
    expect(cache.get(probeCacheKey(QEMU, { size: st.size + 1, mtimeMs: st.mtimeMs }))).to.equal(undefined);
    // An entry of an older probe format (machines without maxCpus) is not read as lacking the field.
    expect(key.probeFormat).to.equal(PROBE_FORMAT);
    expect(cache.set({ ...key, probeFormat: PROBE_FORMAT - 1 }, { version: 'old' })).to.equal(true);
    expect(cache.get(key)?.version).to.equal('1.0.0');
    for (const f of fs.readdirSync(path.join(cacheDir, 'caps'))) fs.writeFileSync(path.join(cacheDir, 'caps', f), '{"key": ');
    expect(cache.get(key)).to.equal(undefined);
  });

  it('defaults to $XDG_CACHE_HOME/virtlint, else ~/.cache/virtlint', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).to.equal('/x/cache/virtlint');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).to.match(/\.cache\/virtlint$/);
    expect(defaultCacheDir({})).to.match(/\.cache\/virtlint$/);
  });

  it('probes a binary once per process however many documents name it', async () => {
    const resolver = createCapabilityResolver({ cacheDir, cache: false });
    const results = await Promise.all([1, 2, 3, 4].map(() => resolver.resolve(QEMU)));
    const views = new Set(results.map((r) => r.view?.profile));
    expect(views.size).to.equal(1);
  });
});

describe("live QMP probe: QEMU's confidential guest objects (round 18)", function () {
  it('lists sev-guest for the x86_64 emulator and nothing for the s390x one (Debian builds s390-pv-guest only with KVM, on s390x hosts), and keeps them through a profile file', async function () {
    requireQemu(this);
    const s390x = '/usr/bin/qemu-system-s390x';
    const x86 = await probeEmulator(QEMU);
    expect(x86.confidentialGuestTypes).to.include('sev-guest');
    expect(new CapabilityView(x86).hasConfidentialGuestType('s390-pv-guest')).to.equal(false);
    expect(new CapabilityView(parseProfileJson(JSON.stringify(x86), 'probe.json')).hasConfidentialGuestType('sev-guest')).to.equal(true);
    if (!fs.existsSync(s390x)) {
      console.log(`      (s390x part skipped: no ${s390x})`);
      return;
    }
    expect((await probeEmulator(s390x)).confidentialGuestTypes).to.deep.equal([]);
  });

  it('says nothing of them when QEMU has no confidential-guest-support interface (before 6.0), instead of "none"', async function () {
    requireQemu(this);
    // A real QEMU asked about an interface it does not have, as QEMU 5.2 would be about this one: it answers [].
    const session = await QmpSession.open(QEMU, DEFAULT_QMP_LIMITS);
    try {
      const older = {
        execute: (command: string, args?: Record<string, unknown>) =>
          session.execute(command, args?.implements === 'confidential-guest-support' ? { ...args, implements: 'no-such-interface' } : args),
      } as unknown as QmpSession;
      const profile = await probeSession(older, QEMU);
      expect(profile.confidentialGuestTypes).to.equal(undefined);
      expect(new CapabilityView(profile).hasConfidentialGuestType('sev-guest')).to.equal(undefined);
    } finally {
      await session.close();
    }
  });
});

describe("live QMP probe: QEMU's CPU models (round 18)", function () {
  it('lists max for the x86_64 emulator (query-cpu-definitions), and none for the riscv64 one, which has no such command in QEMU 7.2', async function () {
    requireQemu(this);
    const riscv = '/usr/bin/qemu-system-riscv64';
    const x86 = await probeEmulator(QEMU);
    expect(new CapabilityView(x86).hasCpuModel('max')).to.equal(true);
    expect(x86.cpuModels).to.include.members(['qemu64', 'Skylake-Client']);
    if (!fs.existsSync(riscv)) {
      console.log(`      (riscv64 part skipped: no ${riscv})`);
      return;
    }
    expect((await probeEmulator(riscv)).cpuModels).to.deep.equal([]);
  });
});
