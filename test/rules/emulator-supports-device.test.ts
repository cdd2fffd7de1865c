import { expect } from 'chai';
import fs from 'node:fs';
import rule from '../../rules/emulator-supports-device.js';
import { probeEmulator } from '../../src/caps/probe.js';
import { CapabilityView } from '../../src/caps/view.js';
import { rangeText, runRule } from '../caps/helpers.js';
import { otherArch } from './helpers.js';

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
