import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { createCapabilityResolver } from '../../src/caps/index.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { loadProfileFile, parseProfileJson } from '../../src/caps/profile-file.js';
import { CapabilityView } from '../../src/caps/view.js';
import emulatorMissing from '../../rules/emulator-missing.js';
import archAndType from '../../rules/emulator-supports-arch-and-type.js';
import supportsDevice from '../../rules/emulator-supports-device.js';
import supportsIoeventfd from '../../rules/emulator-supports-ioeventfd.js';
import supportsMachine from '../../rules/emulator-supports-machine.js';
import vcpuMachineLimit from '../../rules/vcpu-machine-limit.js';
import { CAPABILITY_RULES } from '../../rules/registry-capabilities.js';
import { RULES_BY_ID } from '../../rules/index.js';
import {
  CAPS_FIXTURES,
  domainXml,
  QEMU,
  qemuInstalled,
  rangeText,
  REAL_QEMU_CAPS_CACHE,
  requireQemu,
  runRule,
  SHARED_CAPS,
  VIRTIO_DISK_IOEVENTFD,
} from './helpers.js';

const load = (file: string) => new CapabilityView(loadProfileFile(file));
const JSON_PROFILE = () => load(path.join(CAPS_FIXTURES, 'profile-qemu-old.json'));
const DOMCAPS_Q35 = () => load(path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml'));
const REAL_CACHE = () => load(REAL_QEMU_CAPS_CACHE);
const CACHE_NO_E1000 = () => load(path.join(CAPS_FIXTURES, 'libvirt-9.0-minimal-no-e1000.caps.xml'));

let probed: CapabilityView | undefined;
async function probeView(ctx: Mocha.Context): Promise<CapabilityView> {
  requireQemu(ctx);
  probed ??= new CapabilityView(await probeEmulator(QEMU));
  return probed;
}

const nic = (model: string) => `<interface type='user'><model type='${model}'/></interface>`;
const video = (model: string) => `<video><model type='${model}'/></video>`;
const diskBus = (bus: string, dev: string) => `<disk type='file' device='disk'><source file='/x.img'/><target dev='${dev}' bus='${bus}'/></disk>`;

/** Reports of `rule` on `xml`, in document order, as the text each one points at. */
function findings(rule: Parameters<typeof runRule>[0], xml: string, view: CapabilityView | undefined): string[] {
  return runRule(rule, xml, view)
    .reports.sort((a, b) => a.range.start.offset - b.range.start.offset)
    .map((r) => rangeText(xml, r));
}

describe('capability rules', () => {
  it('are registered and documented', () => {
    for (const rule of CAPABILITY_RULES) {
      expect(RULES_BY_ID.get(rule.meta.id)).to.equal(rule);
      expect(rule.meta.needsCapabilities).to.equal(true);
      expect(rule.meta.docs).to.match(new RegExp(`docs/rules/${rule.meta.id}\\.md$`));
    }
    expect(CAPABILITY_RULES.map((r) => r.meta.id).sort()).to.deep.equal([
      'emulator-missing',
      'emulator-supports-acpi-index',
      'emulator-supports-arch-and-type',
      'emulator-supports-device',
      'emulator-supports-ioeventfd',
      'emulator-supports-iothread-pool',
      'emulator-supports-machine',
      'emulator-supports-smartcard-redirdev',
      'vcpu-machine-limit',
    ]);
  });

  it('stay silent without capabilities and say why in a note', () => {
    const xml = domainXml({ arch: 'aarch64', machine: 'nonsense', type: 'hvf', emulator: '/nowhere/qemu', devices: `${VIRTIO_DISK_IOEVENTFD}${nic('bogus')}<interface type='user'><model type='virtio'/><acpi index='1'/></interface><smartcard mode='host'/>` }).replace(
      '<vcpu>1</vcpu>',
      "<vcpu>1</vcpu><iothreads>1</iothreads><iothreadids><iothread id='1' thread_pool_max='2'/></iothreadids>",
    );
    for (const rule of CAPABILITY_RULES) {
      for (const view of [undefined, new CapabilityView({}, { probeEnabled: false })]) {
        const { reports, notes } = runRule(rule, xml, view);
        expect(reports, rule.meta.id).to.deep.equal([]);
        expect(notes.join('\n'), rule.meta.id).to.match(new RegExp(`${rule.meta.id}: .*not (checked|known)`));
      }
    }
  });

  describe('emulator-supports-machine', () => {
    const doc = (machine: string) => domainXml({ machine, emulator: QEMU });

    it('JSON profile: reports an unknown machine, accepts names and aliases', () => {
      const v = JSON_PROFILE();
      expect(findings(supportsMachine, doc('pc-i440fx-9.9'), v)).to.deep.equal(['pc-i440fx-9.9']);
      expect(runRule(supportsMachine, doc('pc-i440fx-9.9'), v).reports[0]?.message).to.match(/offers pc \(pc-i440fx-2\.0\), q35 \(pc-q35-2\.0\)/);
      expect(findings(supportsMachine, doc('pc'), v)).to.deep.equal([]);
      expect(findings(supportsMachine, doc('pc-q35-2.0'), v)).to.deep.equal([]);
    });

    it('domcapabilities: accepts the machine it describes; cannot refuse another (silent, with a note)', () => {
      const v = DOMCAPS_Q35();
      expect(findings(supportsMachine, doc('pc-q35-9.0'), v)).to.deep.equal([]);
      const other = runRule(supportsMachine, doc('pc-i440fx-9.0'), v);
      expect(other.reports).to.deep.equal([]);
      expect(other.notes.join('\n')).to.match(/does not list machine types/);
    });

    it('QEMU capabilities cache: reports a machine QEMU 7.2 lacks, accepts q35', () => {
      const v = REAL_CACHE();
      expect(findings(supportsMachine, doc('pc-q35-8.2'), v)).to.deep.equal(['pc-q35-8.2']);
      expect(findings(supportsMachine, doc('q35'), v)).to.deep.equal([]);
      expect(findings(supportsMachine, doc('pc-i440fx-2.0'), v)).to.deep.equal([]);
    });

    it('probe: reports an ARM machine on x86 QEMU, accepts pc', async function () {
      const v = await probeView(this);
      expect(findings(supportsMachine, doc('virt'), v)).to.deep.equal(['virt']);
      expect(findings(supportsMachine, doc('pc'), v)).to.deep.equal([]);
      expect(findings(supportsMachine, doc('q35'), v)).to.deep.equal([]);
    });

    it('leaves a wrong-arch document to emulator-supports-arch-and-type (one finding, as in libvirt)', () => {
      const xml = domainXml({ arch: 'aarch64', machine: 'virt', emulator: QEMU, devices: video('vbox') });
      for (const rule of [supportsMachine, supportsDevice]) {
        const r = runRule(rule, xml, JSON_PROFILE());
        expect(r.reports, rule.meta.id).to.deep.equal([]);
        expect(r.notes.join('\n')).to.match(/does not run arch 'aarch64'/);
      }
      expect(findings(archAndType, xml, JSON_PROFILE())).to.deep.equal(['aarch64']);
    });

    it('is silent when no machine is written (libvirt picks the default)', () => {
      expect(findings(supportsMachine, domainXml({ emulator: QEMU }), JSON_PROFILE())).to.deep.equal([]);
    });
  });

  describe('vcpu-machine-limit', () => {
    const doc = (machine: string | undefined, vcpu: number) => domainXml({ ...(machine ? { machine } : {}), emulator: QEMU, vcpu });
    const LIMITED = () =>
      new CapabilityView(
        parseProfileJson(
          JSON.stringify({
            arches: ['x86_64', 'i686'],
            machines: [
              { name: 'pc-i440fx-7.2', alias: 'pc', isDefault: true, maxCpus: 255 },
              { name: 'pc-q35-7.2', alias: 'q35', maxCpus: 288 },
              { name: 'isapc', maxCpus: 1 },
              { name: 'nolimit' },
            ],
          }),
          'limited.json',
        ),
      );

    it('JSON profile: reports the count above the limit of the machine or its alias, on the count', () => {
      const v = LIMITED();
      expect(findings(vcpuMachineLimit, doc('q35', 289), v)).to.deep.equal(['289']);
      expect(findings(vcpuMachineLimit, doc('pc-q35-7.2', 289), v)).to.deep.equal(['289']);
      expect(findings(vcpuMachineLimit, doc('pc', 256), v)).to.deep.equal(['256']);
      expect(findings(vcpuMachineLimit, doc('isapc', 2), v)).to.deep.equal(['2']);
      const message = runRule(vcpuMachineLimit, doc('q35', 300), v).reports[0]?.message ?? '';
      expect(message).to.match(/^300 vCPUs is more than machine type 'q35' \(pc-q35-7\.2\) takes: its limit is 288 /);
    });

    it('JSON profile: accepts counts up to the limit (near misses)', () => {
      const v = LIMITED();
      expect(findings(vcpuMachineLimit, doc('q35', 288), v)).to.deep.equal([]);
      expect(findings(vcpuMachineLimit, doc('pc', 255), v)).to.deep.equal([]);
      expect(findings(vcpuMachineLimit, doc('isapc', 1), v)).to.deep.equal([]);
    });

    it("checks the default machine when none is written (libvirt fills it in)", () => {
      expect(findings(vcpuMachineLimit, doc(undefined, 256), LIMITED())).to.deep.equal(['256']);
      expect(runRule(vcpuMachineLimit, doc(undefined, 256), LIMITED()).reports[0]?.message).to.match(/machine type 'pc-i440fx-7\.2' takes: its limit is 255/);
    });

    it('is silent, with a note, when the machine or its limit is unknown', () => {
      for (const [machine, v] of [
        ['nolimit', LIMITED()],
        ['pc-q35-99.0', LIMITED()],
        ['q35', JSON_PROFILE()], // a profile without maxCpus
        ['pc-q35-9.0', DOMCAPS_Q35()], // domcapabilities: no per-machine limit
      ] as const) {
        const r = runRule(vcpuMachineLimit, doc(machine, 5000), v);
        expect(r.reports, machine).to.deep.equal([]);
        expect(r.notes.join('\n'), machine).to.match(/does not give the vCPU limit of machine/);
      }
      expect(runRule(vcpuMachineLimit, doc('q35', 5000), undefined).reports).to.deep.equal([]);
    });

    it('QEMU capabilities cache of libvirt 9.0 with QEMU 7.2: q35 takes 288, pc 255', () => {
      const v = REAL_CACHE();
      expect(findings(vcpuMachineLimit, doc('q35', 289), v)).to.deep.equal(['289']);
      expect(findings(vcpuMachineLimit, doc('q35', 288), v)).to.deep.equal([]);
      expect(findings(vcpuMachineLimit, doc('pc', 256), v)).to.deep.equal(['256']);
      expect(findings(vcpuMachineLimit, doc('pc-q35-2.7', 256), v)).to.deep.equal(['256']);
    });

    it('probe of QEMU 7.2: q35 takes 288, pc 255', async function () {
      const v = await probeView(this);
      expect(findings(vcpuMachineLimit, doc('q35', 289), v)).to.deep.equal(['289']);
      expect(findings(vcpuMachineLimit, doc('q35', 288), v)).to.deep.equal([]);
      expect(findings(vcpuMachineLimit, doc('pc', 256), v)).to.deep.equal(['256']);
      expect(findings(vcpuMachineLimit, doc('pc', 255), v)).to.deep.equal([]);
    });

    it('leaves a wrong-arch document to emulator-supports-arch-and-type', () => {
      const xml = domainXml({ arch: 'aarch64', machine: 'q35', emulator: QEMU, vcpu: 5000 });
      expect(findings(vcpuMachineLimit, xml, LIMITED())).to.deep.equal([]);
    });
  });

  describe('emulator-supports-arch-and-type', () => {
    const doc = (arch: string, type: string) => domainXml({ arch, type, machine: 'pc', emulator: QEMU });

    it('JSON profile: reports arch and type it lacks', () => {
      const v = JSON_PROFILE();
      expect(findings(archAndType, doc('aarch64', 'hvf'), v)).to.deep.equal(['hvf', 'aarch64']);
      expect(findings(archAndType, doc('i686', 'kvm'), v)).to.deep.equal([]);
    });

    it("domcapabilities: the binary's arch is known, other domain types are not", () => {
      const v = DOMCAPS_Q35();
      expect(findings(archAndType, doc('aarch64', 'kvm'), v)).to.deep.equal(['aarch64']);
      const hvf = runRule(archAndType, doc('x86_64', 'hvf'), v);
      expect(hvf.reports).to.deep.equal([]);
      expect(hvf.notes.join('\n')).to.match(/does not say which domain types/);
      expect(findings(archAndType, doc('x86_64', 'kvm'), v)).to.deep.equal([]);
      expect(findings(archAndType, doc('x86_64', 'hvf'), load(path.join(SHARED_CAPS, 'hvf-x86_64-domcaps.xml')))).to.deep.equal([]);
    });

    it('QEMU capabilities cache: reports aarch64 and hvf, accepts i686 with qemu', () => {
      const v = REAL_CACHE();
      expect(findings(archAndType, doc('aarch64', 'hvf'), v)).to.deep.equal(['hvf', 'aarch64']);
      expect(findings(archAndType, doc('i686', 'qemu'), v)).to.deep.equal([]);
    });

    it('probe: reports ppc64 and hvf, accepts x86_64 with kvm', async function () {
      const v = await probeView(this);
      expect(findings(archAndType, doc('ppc64', 'hvf'), v)).to.deep.equal(['hvf', 'ppc64']);
      expect(findings(archAndType, doc('x86_64', 'kvm'), v)).to.deep.equal([]);
    });

    it('leaves domain types of other drivers alone', () => {
      expect(findings(archAndType, doc('x86_64', 'xen'), JSON_PROFILE())).to.deep.equal([]);
    });
  });

  describe('emulator-supports-device', () => {
    const doc = (devices: string, machine = 'q35', arch = 'x86_64') => domainXml({ arch, machine, emulator: QEMU, devices });

    it('JSON profile (complete device list): reports models without a QEMU device', () => {
      const v = JSON_PROFILE();
      const bad = doc(`${nic('e1000e')}${video('qxl')}<tpm model='tpm-crb'><backend type='emulator'/></tpm><sound model='ich9'/><watchdog model='ib700'/>`);
      expect(findings(supportsDevice, bad, v)).to.deep.equal(['e1000e', 'qxl', 'tpm-crb', 'ich9', 'ib700']);
      const good = doc(`${nic('e1000')}${video('vga')}<tpm model='tpm-tis'><backend type='emulator'/></tpm><sound model='ac97'/><watchdog model='i6300esb'/><controller type='scsi' index='0' model='lsilogic'/>`);
      expect(findings(supportsDevice, good, v)).to.deep.equal([]);
    });

    it('domcapabilities: checks enumerations for the machine family they describe', () => {
      const v = DOMCAPS_Q35();
      const bad = doc(`${video('vbox')}${diskBus('ide', 'hda')}<tpm model='tpm-spapr'><backend type='emulator'/></tpm>`);
      expect(findings(supportsDevice, bad, v)).to.deep.equal(['vbox', 'ide', 'tpm-spapr']);
      expect(runRule(supportsDevice, doc(video('vbox')), v).reports[0]?.message).to.match(/does not support video model 'vbox'.*it supports vga, cirrus/);
      expect(findings(supportsDevice, doc(`${video('virtio')}${diskBus('sata', 'sda')}${diskBus('virtio', 'vda')}`), v)).to.deep.equal([]);
      // The same document for an i440fx guest: the q35 enumerations do not apply.
      const pc = runRule(supportsDevice, doc(`${video('vbox')}${diskBus('ide', 'hda')}`, 'pc'), v);
      expect(pc.reports).to.deep.equal([]);
      expect(pc.notes.join('\n')).to.match(/do not apply \(they describe machine 'pc-q35-9\.0', the domain uses 'pc'\)/);
    });

    it('domcapabilities: an element marked unsupported refuses every model (loongarch64 has no TPM)', () => {
      const v = load(path.join(SHARED_CAPS, 'kvm-loongarch64-domcaps.xml'));
      const xml = doc(`<tpm model='tpm-tis'><backend type='emulator'/></tpm>`, 'virt', 'loongarch64');
      expect(findings(supportsDevice, xml, v)).to.deep.equal(['tpm-tis']);
      expect(findings(supportsDevice, doc(video('virtio'), 'virt', 'loongarch64'), v)).to.deep.equal([]);
    });

    it('QEMU capabilities cache: missing device flags are missing devices', () => {
      expect(findings(supportsDevice, doc(`${nic('e1000')}${video('qxl')}`), CACHE_NO_E1000())).to.deep.equal(['e1000', 'qxl']);
      expect(findings(supportsDevice, doc(`${nic('rtl8139')}${video('cirrus')}`), CACHE_NO_E1000())).to.deep.equal([]);
      expect(findings(supportsDevice, doc(`${nic('e1000')}${video('qxl')}`), REAL_CACHE())).to.deep.equal([]);
    });

    it('probe: reports what QEMU 7.2 for x86 lacks, accepts what it has', async function () {
      const v = await probeView(this);
      const bad = doc(
        `${nic('bogus-nic')}${video('vbox')}<controller type='scsi' index='0' model='ibmvscsi'/><watchdog model='diag288'/><tpm model='tpm-spapr'><backend type='emulator'/></tpm>`,
      );
      expect(findings(supportsDevice, bad, v)).to.deep.equal(['bogus-nic', 'vbox', 'ibmvscsi', 'diag288', 'tpm-spapr']);
      const good = doc(
        `${diskBus('sata', 'sda')}${nic('e1000e')}${video('qxl')}<controller type='usb' index='0' model='qemu-xhci'/><sound model='ich9'/><watchdog model='i6300esb'/><tpm model='tpm-crb'><backend type='emulator'/></tpm>`,
      );
      expect(findings(supportsDevice, good, v)).to.deep.equal([]);
    });

    it('PCI controllers: any device of the model without <model name>, the named one with it; the machine\'s own root bus is not looked up', () => {
      const base = JSON.parse(fs.readFileSync(path.join(CAPS_FIXTURES, 'profile-qemu-old.json'), 'utf8')) as { devices: Record<string, unknown> };
      // An emulator with ioh3420 but no pcie-root-port device (QEMU before 2.12).
      const withIoh = new CapabilityView(parseProfileJson(JSON.stringify({ ...base, devices: { ...base.devices, ioh3420: null, 'pci-bridge': null } }), 'ioh3420-only.json'));
      const port = (name?: string) => `<controller type='pci' index='1' model='pcie-root-port'>${name ? `<model name='${name}'/>` : ''}</controller>`;
      expect(findings(supportsDevice, doc(`${port()}<controller type='pci' index='2' model='pci-bridge'/>`), withIoh)).to.deep.equal([]);
      expect(findings(supportsDevice, doc(port('ioh3420')), withIoh)).to.deep.equal([]);
      const named = runRule(supportsDevice, doc(port('pcie-root-port')), withIoh);
      expect(named.reports.map((r) => r.message)).to.deep.equal([
        "The emulator has no QEMU device pcie-root-port, needed for pci controller model 'pcie-root-port' (profile ioh3420-only.json)",
      ]);
      // The old profile has neither: libvirt refuses ("The 'ioh3420' device is not supported by this QEMU binary").
      expect(findings(supportsDevice, doc(`${port()}<controller type='pci' index='3' model='pcie-to-pci-bridge'/>`), JSON_PROFILE())).to.deep.equal(['pcie-root-port', 'pcie-to-pci-bridge']);
      const root = runRule(supportsDevice, doc(`<controller type='pci' index='0' model='pcie-root'/>`), JSON_PROFILE());
      expect(root.reports).to.deep.equal([]);
    });

    it('probe: QEMU 7.2 for x86 has every PCI controller device of a q35 guest, so none is left unchecked', async function () {
      const v = await probeView(this);
      const xml = doc(
        ['pcie-root-port', 'pcie-to-pci-bridge', 'pci-bridge', 'dmi-to-pci-bridge', 'pcie-switch-upstream-port', 'pcie-switch-downstream-port', 'pcie-expander-bus']
          .map((m, i) => `<controller type='pci' index='${i + 1}' model='${m}'/>`)
          .join(''),
      );
      const r = runRule(supportsDevice, xml, v);
      expect(r.reports).to.deep.equal([]);
      expect(r.notes.join('\n')).to.not.match(/controller model '[a-z-]+' not checked/);
    });

    it('ignores inherited object keys written as models', async () => {
      const xml = doc(`<sound model='constructor'/><tpm model='__proto__'><backend type='emulator'/></tpm>`);
      expect(findings(supportsDevice, xml, JSON_PROFILE())).to.deep.equal([]);
    });
  });

  describe('emulator-supports-ioeventfd', () => {
    const doc = (devices: string) => domainXml({ arch: 'x86_64', machine: 'q35', emulator: QEMU, devices });
    const virtioNic = `<interface type='user'><model type='virtio'/><driver ioeventfd='on'/></interface>`;
    const mmioDisk = VIRTIO_DISK_IOEVENTFD.replace('</disk>', "<address type='virtio-mmio'/></disk>");

    it('JSON profile: reports the disk whose virtio-blk-pci lacks ioeventfd, not the NIC whose virtio-net-pci has it', () => {
      expect(findings(supportsIoeventfd, doc(`${VIRTIO_DISK_IOEVENTFD}${virtioNic}`), JSON_PROFILE())).to.deep.equal(["ioeventfd='on'"]);
      expect(findings(supportsIoeventfd, doc(virtioNic), JSON_PROFILE())).to.deep.equal([]);
    });

    it('domcapabilities: lists no properties, so silent with a note', () => {
      const r = runRule(supportsIoeventfd, doc(VIRTIO_DISK_IOEVENTFD), DOMCAPS_Q35());
      expect(r.reports).to.deep.equal([]);
      expect(r.notes.join('\n')).to.match(/lists enumerations only, not the properties of virtio-blk-pci/);
    });

    it('QEMU capabilities cache: records no properties, so silent with a note', () => {
      for (const v of [REAL_CACHE(), CACHE_NO_E1000()]) {
        const r = runRule(supportsIoeventfd, doc(`${VIRTIO_DISK_IOEVENTFD}${virtioNic}`), v);
        expect(r.reports).to.deep.equal([]);
        expect(r.notes.join('\n')).to.match(/records no device properties/);
      }
    });

    it('probe: virtio-blk-pci has ioeventfd; virtio-blk-device (virtio-mmio) does not', async function () {
      const v = await probeView(this);
      expect(findings(supportsIoeventfd, doc(`${VIRTIO_DISK_IOEVENTFD}${virtioNic}`), v)).to.deep.equal([]);
      const r = runRule(supportsIoeventfd, doc(mmioDisk), v);
      expect(r.reports.map((x) => rangeText(doc(mmioDisk), x))).to.deep.equal(["ioeventfd='on'"]);
      expect(r.reports[0]?.message).to.match(/virtio-blk-device device has no 'ioeventfd' property/);
    });
  });

  describe('emulator-missing', () => {
    const doc = (emulator: string) => domainXml({ machine: 'pc', emulator });
    const missing = '/usr/bin/qemu-system-x86_64-not-installed-here';

    it('warns about a missing emulator when probing is enabled', async () => {
      const { view } = await createCapabilityResolver({ cache: false }).resolve(missing);
      const r = runRule(emulatorMissing, doc(missing), view);
      expect(r.reports.map((x) => rangeText(doc(missing), x))).to.deep.equal([missing]);
      expect(emulatorMissing.meta.defaultSeverity).to.equal('warning');
    });

    it('is silent with probing off (CI has no emulators)', async () => {
      const { view } = await createCapabilityResolver({ probe: false }).resolve(missing);
      const r = runRule(emulatorMissing, doc(missing), view);
      expect(r.reports).to.deep.equal([]);
      expect(r.notes.join('\n')).to.match(/probing is off/);
    });

    it('is silent when capabilities come from a file (JSON profile, domcapabilities, capabilities cache)', async () => {
      for (const file of [path.join(CAPS_FIXTURES, 'profile-qemu-old.json'), path.join(SHARED_CAPS, 'kvm-x86_64-domcaps-latest.xml'), REAL_QEMU_CAPS_CACHE]) {
        const { view } = await createCapabilityResolver({ capsFile: file }).resolve(missing);
        const r = runRule(emulatorMissing, doc(missing), view);
        expect(r.reports, file).to.deep.equal([]);
        expect(r.notes.join('\n')).to.match(/absence of .* here is expected/);
      }
    });

    it('is silent for an emulator that exists', async function () {
      if (!qemuInstalled()) this.skip();
      const { view } = await createCapabilityResolver({ cache: false }).resolve(QEMU);
      expect(findings(emulatorMissing, doc(QEMU), view)).to.deep.equal([]);
    });
  });
});
