import { expect } from 'chai';
import fs from 'node:fs';
import rule from '../../rules/emulator-supports-device.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { CapabilityView } from '../../src/caps/view.js';
import { rangeText, runRule, SHARED_CAPS } from '../caps/helpers.js';
import path from 'node:path';
import { loadProfileFile } from '../../src/caps/index.js';
import { edit, otherArch, Q35 } from './helpers.js';

/** What the rule reports (the text it points at), in document order. */
const reported = (xml: string, view: CapabilityView): string[] =>
  runRule(rule, xml, view)
    .reports.sort((a, b) => a.range.start.offset - b.range.start.offset)
    .map((r) => rangeText(xml, r));

const S390X = '/usr/bin/qemu-system-s390x';
const SATA_AND_SHMEM = "<controller type='sata' index='0'/><shmem name='a'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem><shmem name='b'><model type='ivshmem-doorbell'/><server path='/tmp/s'/></shmem>";
const doc = otherArch('s390x', 's390-ccw-virtio', SATA_AND_SHMEM).replace('<devices>', `<devices>\n    <emulator>${S390X}</emulator>`);

describe('emulator-supports-device: a SATA controller (no model) and shmem models (round 15)', () => {
  it('reports them where the emulator lacks ich9-ahci and the ivshmem devices, at the type and the models', () => {
    const view = new CapabilityView({ arches: ['s390x'], devices: { 'virtio-blk-ccw': null }, absentDevices: ['ich9-ahci', 'ivshmem-plain', 'ivshmem-doorbell'] });
    expect(reported(doc, view)).to.deep.equal(['sata', 'ivshmem-plain', 'ivshmem-doorbell']);
    expect(runRule(rule, doc, view).reports[0]!.message).to.match(/no QEMU device ich9-ahci, needed for controller type 'sata'/);
  });

  it('leaves them alone where the emulator has the devices', () => {
    const view = new CapabilityView({ arches: ['s390x'], devices: { 'ich9-ahci': null, 'ivshmem-plain': null, 'ivshmem-doorbell': null } });
    expect(reported(doc, view)).to.deep.equal([]);
  });

  it("reports them with a probe of this machine's qemu-system-s390x (libvirt 9.0: 'SATA is not supported with this QEMU binary', \"shmem model 'ivshmem-plain' is not supported by this QEMU binary\")", async function () {
    if (!fs.existsSync(S390X)) {
      console.log(`      (skipped: no ${S390X})`);
      this.skip();
    }
    const view = new CapabilityView(await probeEmulator(S390X));
    expect(reported(doc, view)).to.deep.equal(['sata', 'ivshmem-plain', 'ivshmem-doorbell']);
  });
});

const MEMORY = "<memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory><memory model='nvdimm'><source><path>/tmp/nv.img</path></source><target><size unit='KiB'>524288</size><node>0</node></target></memory><memory model='virtio-mem'><target><size unit='KiB'>524288</size><node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>0</requested></target><address type='pci'/></memory>";
const PLATFORM = `${MEMORY}<tpm><backend type='emulator'/></tpm><parallel type='pty'><target port='0'/></parallel>`;
const NO_DEVICES = ['pc-dimm', 'nvdimm', 'virtio-mem-pci', 'tpm-tis', 'tpm-tis-device', 'isa-parallel', 'vmgenid'];
const platform = (arch: string, machine: string, devices = PLATFORM): string =>
  otherArch(arch, machine, devices, "<genid/><maxMemory slots='4' unit='KiB'>4194304</maxMemory>").replace('<devices>', `<devices>\n    <emulator>/usr/bin/qemu-system-${arch}</emulator>`);

describe('emulator-supports-device: memory device models, a TPM without a model, parallel ports and <genid> (round 16)', () => {
  it("reports them where the emulator lacks the devices, at the model, <tpm>, <parallel> and <genid> (a TPM without a model is libvirt's tpm-tis)", () => {
    const view = new CapabilityView({ arches: ['riscv64'], devices: { 'virtio-blk-pci': null }, absentDevices: NO_DEVICES });
    const xml = platform('riscv64', 'virt');
    expect(reported(xml, view)).to.deep.equal(['genid', 'dimm', 'nvdimm', 'virtio-mem', 'tpm', 'parallel']);
    const messages = runRule(rule, xml, view).reports.map((r) => r.message);
    expect(messages).to.include.members([
      "The emulator has no QEMU device pc-dimm, needed for memory model 'dimm' (capabilities profile)",
      "The emulator has no QEMU devices tpm-tis / tpm-tis-device, needed for TPM model (libvirt's default) 'tpm-tis' (capabilities profile)",
      "The emulator has no QEMU device vmgenid, needed for VM generation id 'genid' (capabilities profile)",
    ]);
  });

  it('leaves them alone where the emulator has the devices (x86), and a parallel port on s390x to parallel-port-arch', () => {
    const all = Object.fromEntries(NO_DEVICES.map((d) => [d, null]));
    expect(reported(platform('x86_64', 'q35'), new CapabilityView({ arches: ['x86_64'], devices: all, devicesComplete: true }))).to.deep.equal([]);
    const s390 = new CapabilityView({ arches: ['s390x'], devices: { 'virtio-blk-ccw': null }, devicesComplete: true });
    expect(reported(platform('s390x', 's390-ccw-virtio', "<parallel type='pty'><target port='0'/></parallel>"), s390)).to.deep.equal(['genid']);
  });

  it("takes a TPM without a model on ppc64 for tpm-spapr, and reads <genid> from domcapabilities' <features>", () => {
    const ppc = new CapabilityView({ arches: ['ppc64le'], devices: { 'tpm-spapr': null, vmgenid: null }, devicesComplete: true });
    expect(reported(platform('ppc64le', 'pseries', '<tpm><backend type="emulator"/></tpm>'), ppc)).to.deep.equal([]);
    const domcaps = new CapabilityView({ origin: 'domcapabilities', scope: { arch: 'aarch64', machine: 'virt' }, supported: { 'features.genid': false } });
    const xml = platform('aarch64', 'virt', '');
    expect(reported(xml, domcaps)).to.deep.equal(['genid']);
    expect(runRule(rule, xml, domcaps).reports[0]!.message).to.match(/^The emulator does not support VM generation id \(.* says <genid supported='no'>\)$/);
  });

  it("reports them with probes of this machine's emulators (libvirt 9.0: \"this QEMU does not support the 'genid' capability\", \"memory hotplug isn't supported by this QEMU binary\", …)", async function () {
    const s390x = '/usr/bin/qemu-system-s390x';
    const riscv = '/usr/bin/qemu-system-riscv64';
    if (!fs.existsSync(s390x) || !fs.existsSync(riscv)) {
      console.log(`      (skipped: no ${s390x} or ${riscv})`);
      this.skip();
    }
    expect(reported(platform('riscv64', 'virt'), new CapabilityView(await probeEmulator(riscv)))).to.deep.equal(['genid', 'dimm', 'nvdimm', 'virtio-mem', 'parallel']);
    expect(reported(platform('s390x', 's390-ccw-virtio', `${MEMORY}<tpm><backend type='emulator'/></tpm>`), new CapabilityView(await probeEmulator(s390x)))).to.deep.equal(['genid', 'dimm', 'nvdimm', 'virtio-mem', 'tpm']);
  });
});

describe('emulator-supports-device: launch security from domcapabilities (round 16)', () => {
  const caps = (file: string): CapabilityView => new CapabilityView(loadProfileFile(path.join(SHARED_CAPS, file)));
  const sev = edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <launchSecurity type='sev'><policy>0x0003</policy><cbitpos>47</cbitpos><reducedPhysBits>1</reducedPhysBits></launchSecurity>"]);
  const pv = otherArch('s390x', 's390-ccw-virtio', '', "<launchSecurity type='s390-pv'/>");

  it("reports SEV where the domcapabilities say <sev supported='no'> (libvirt 9.0: 'SEV launch security is not supported with this QEMU binary'), at the type", () => {
    const reports = runRule(rule, sev, caps('kvm-x86_64-domcaps-latest.xml')).reports;
    expect(reports.map((r) => rangeText(sev, r))).to.deep.equal(['sev']);
    expect(reports[0]!.message).to.match(/^The emulator does not support launchSecurity type='sev' \(.* says <sev supported='no'>\)$/);
  });

  it('leaves SEV alone where they say yes, s390-pv on s390x where they say yes, and both with a probe (it cannot tell)', () => {
    expect(runRule(rule, sev, caps('kvm-x86_64-domcaps-amd-sev.xml')).reports).to.deep.equal([]);
    expect(runRule(rule, pv, caps('kvm-s390x-domcaps.xml')).reports).to.deep.equal([]);
    expect(runRule(rule, pv, new CapabilityView({ arches: ['s390x'], devices: { zpci: null }, devicesComplete: true })).reports).to.deep.equal([]);
  });

  it("reports s390-pv where they say no (a copy of the s390x capabilities with <s390-pv supported='no'>)", () => {
    const view = caps('kvm-s390x-domcaps.xml');
    const no = new CapabilityView({ ...view.profile, supported: { ...view.profile.supported, 'features.s390-pv': false } });
    expect(runRule(rule, pv, no).reports.map((r) => rangeText(pv, r))).to.deep.equal(['s390-pv']);
  });
});

/** Devices the s390x emulator lacks, by when libvirt 9.0 (virsh define, then virsh start under TCG) refuses them. */
const AT_START_DEVICES =
  "<controller type='usb' model='qemu-xhci'/><disk type='file' device='disk'><source file='/tmp/a.img'/><target dev='xvda' bus='xen'/></disk><interface type='user'><model type='e1000'/></interface><sound model='ich6'/><watchdog model='i6300esb'/>";
const AT_DEFINE_DEVICES = "<controller type='scsi' model='lsilogic'/><sound model='usb'/><video><model type='qxl'/></video>";
const s390Devices = (devices: string): string => otherArch('s390x', 's390-ccw-virtio', devices).replace('<devices>', `<devices>\n    <emulator>${S390X}</emulator>`);
const LACKING = new CapabilityView({
  arches: ['s390x'],
  devices: { 'virtio-blk-ccw': null, 'usb-storage': null },
  devicesComplete: true,
});

describe('emulator-supports-device: what libvirt defines and only starting refuses is a warning that says so (round 18)', () => {
  it("warns on a USB controller model, disk bus 'xen', a NIC, a sound (not usb) and a watchdog model the emulator lacks: libvirt 9.0 defines them, libvirt or QEMU refuses at start", () => {
    const xml = s390Devices(AT_START_DEVICES);
    const reports = runRule(rule, xml, LACKING).reports.sort((a, b) => a.range.start.offset - b.range.start.offset);
    expect(reports.map((r) => [rangeText(xml, r), r.severity])).to.deep.equal([
      ['qemu-xhci', 'warning'],
      ['xen', 'warning'],
      ['e1000', 'warning'],
      ['ich6', 'warning'],
      ['i6300esb', 'warning'],
    ]);
    expect(reports[0]!.message).to.equal("The emulator has no QEMU device qemu-xhci, needed for usb controller model 'qemu-xhci' (capabilities profile): libvirt defines this domain but refuses to start it");
    expect(reports[2]!.message).to.equal("The emulator has no QEMU device e1000, needed for NIC model 'e1000' (capabilities profile): libvirt defines this domain, QEMU refuses to start it");
  });

  it('keeps an error, and no start wording, where libvirt 9.0 refuses when defining: a SCSI controller model, the usb sound model, a video model (near misses)', () => {
    const xml = s390Devices(AT_DEFINE_DEVICES);
    const reports = runRule(rule, xml, LACKING).reports.sort((a, b) => a.range.start.offset - b.range.start.offset);
    expect(reports.map((r) => [rangeText(xml, r), r.severity])).to.deep.equal([
      ['lsilogic', undefined],
      ['usb', undefined],
      ['qxl', undefined],
    ]);
    expect(reports.filter((r) => /start/.test(r.message))).to.deep.equal([]);
  });
});

describe('emulator-supports-device: s390-pv and sev from the confidential guest objects (round 18)', () => {
  const pv = otherArch('s390x', 's390-ccw-virtio', '', "<launchSecurity type='s390-pv'/>");
  const sev = edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <launchSecurity type='sev'><policy>0x0003</policy><cbitpos>47</cbitpos><reducedPhysBits>1</reducedPhysBits></launchSecurity>"]);
  const probed = (arches: string[], types: string[]): CapabilityView => new CapabilityView({ origin: 'probe', arches, devices: { zpci: null }, devicesComplete: true, confidentialGuestTypes: types });
  const cache = (flags: string[], libvirtVersion = 9000000): CapabilityView => new CapabilityView({ origin: 'qemu-caps-cache', arches: ['s390x'], devices: {}, libvirtFlags: flags, libvirtVersion });

  it("errs on s390-pv where a probe lists no s390-pv-guest object (libvirt 9.0: 'S390 PV launch security is not supported with this QEMU binary'), at the type", () => {
    const reports = runRule(rule, pv, probed(['s390x'], [])).reports;
    expect(reports.map((r) => [rangeText(pv, r), r.severity])).to.deep.equal([['s390-pv', undefined]]);
    expect(reports[0]!.message).to.equal("The emulator has no QEMU object s390-pv-guest, needed for launchSecurity type='s390-pv' (capabilities profile)");
  });

  it('leaves s390-pv to the host (domcapabilities) where the object is there, and sev where sev-guest is (near misses)', () => {
    const present = runRule(rule, pv, probed(['s390x'], ['s390-pv-guest']));
    expect(present.reports).to.deep.equal([]);
    expect(present.notes.join('\n')).to.match(/launchSecurity type='s390-pv' 's390-pv' not checked/);
    // (The q35 document's other devices are not in this made-up device list: only the launch security finding is looked at.)
    const sevReports = (types: string[]): string[] => runRule(rule, sev, probed(['x86_64', 'i686'], types)).reports.map((r) => rangeText(sev, r)).filter((t) => t === 'sev');
    expect(sevReports(['sev-guest'])).to.deep.equal([]);
    expect(sevReports([])).to.deep.equal(['sev']);
  });

  it("reads libvirt 9's cache flag s390-pv-guest: missing is an error, set is silent, an older libvirt's cache is not trusted", () => {
    expect(runRule(rule, pv, cache(['tcg', 'confidential-guest-support'])).reports.map((r) => rangeText(pv, r))).to.deep.equal(['s390-pv']);
    expect(runRule(rule, pv, cache(['tcg', 'confidential-guest-support', 's390-pv-guest'])).reports).to.deep.equal([]);
    expect(runRule(rule, pv, cache(['tcg'], 8000000)).reports).to.deep.equal([]);
  });

  it("errs on s390-pv with a probe of this machine's qemu-system-s390x (built without KVM: no s390-pv-guest), and not on sev with the x86_64 one (sev-guest is there)", async function () {
    const x86 = '/usr/bin/qemu-system-x86_64';
    if (!fs.existsSync(S390X) || !fs.existsSync(x86)) {
      console.log(`      (skipped: no ${S390X} or ${x86})`);
      this.skip();
    }
    expect(runRule(rule, pv, new CapabilityView(await probeEmulator(S390X))).reports.map((r) => rangeText(pv, r))).to.deep.equal(['s390-pv']);
    expect(runRule(rule, sev, new CapabilityView(await probeEmulator(x86))).reports).to.deep.equal([]);
  });
});

describe("emulator-supports-device: <cpu mode='maximum'> needs QEMU's max CPU model (round 18)", () => {
  const maximum = (arch: string, machine: string): string =>
    otherArch(arch, machine, '', "<cpu mode='maximum'/>").replace('<devices>', `<devices>\n    <emulator>/usr/bin/qemu-system-${arch}</emulator>`);
  const models = (list: string[]): CapabilityView => new CapabilityView({ origin: 'probe', arches: ['riscv64'], devices: {}, devicesComplete: true, cpuModels: list });

  it("errs where the emulator lists no max CPU model (libvirt 9.0: 'maximum CPU is not supported by QEMU binary'), at the mode, and not where it does (near miss)", () => {
    const xml = maximum('riscv64', 'virt');
    const reports = runRule(rule, xml, models([])).reports;
    expect(reports.map((r) => [rangeText(xml, r), r.severity])).to.deep.equal([['maximum', undefined]]);
    expect(reports[0]!.message).to.equal("The emulator has no QEMU CPU model max, needed for <cpu mode='maximum'> (capabilities profile)");
    expect(runRule(rule, xml, models(['max', 'rv64'])).reports).to.deep.equal([]);
    expect(runRule(rule, xml.replace("mode='maximum'", "mode='host-model'"), models([])).reports).to.deep.equal([]);
  });

  it("reads libvirt 9's cpu-max flag, and notes what a source without CPU models cannot tell", () => {
    const xml = maximum('riscv64', 'virt');
    const cache = (flags: string[], libvirtVersion = 9000000): CapabilityView => new CapabilityView({ origin: 'qemu-caps-cache', arches: ['riscv64'], devices: {}, libvirtFlags: flags, libvirtVersion });
    expect(runRule(rule, xml, cache(['tcg'])).reports.map((r) => rangeText(xml, r))).to.deep.equal(['maximum']);
    expect(runRule(rule, xml, cache(['tcg', 'cpu-max'])).reports).to.deep.equal([]);
    expect(runRule(rule, xml, cache(['tcg'], 8000000)).reports).to.deep.equal([]);
    const unknown = runRule(rule, xml, new CapabilityView({ arches: ['riscv64'], devices: {}, devicesComplete: true }));
    expect(unknown.reports).to.deep.equal([]);
    expect(unknown.notes.join('\n')).to.match(/<cpu mode='maximum'> 'maximum' not checked: .* does not list the emulator's CPU models/);
  });

  it("errs with a probe of this machine's qemu-system-riscv64 (QEMU 7.2: no query-cpu-definitions) and not with the aarch64 one", async function () {
    const riscv = '/usr/bin/qemu-system-riscv64';
    const aarch64 = '/usr/bin/qemu-system-aarch64';
    if (!fs.existsSync(riscv) || !fs.existsSync(aarch64)) {
      console.log(`      (skipped: no ${riscv} or ${aarch64})`);
      this.skip();
    }
    const rv = maximum('riscv64', 'virt');
    expect(runRule(rule, rv, new CapabilityView(await probeEmulator(riscv))).reports.map((r) => rangeText(rv, r))).to.deep.equal(['maximum']);
    expect(runRule(rule, maximum('aarch64', 'virt'), new CapabilityView(await probeEmulator(aarch64))).reports).to.deep.equal([]);
  });
});
