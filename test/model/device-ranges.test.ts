/**
 * Device records read their ranges from the element when a rule asks (src/model/devices/common.ts,
 * DeviceRecord): a record holds no Range of its own, yet gives the same ranges as the tree, the
 * same object each time, and cannot be given another.
 */
import { expect } from 'chai';
import { model, textAt, withDevices } from './helpers.js';

describe('model: device ranges, read when asked', () => {
  const xml = withDevices(`<disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk>
<interface type='network'><source network='default'/><model type='virtio'/></interface>
<controller type='pci' index='1' model='pcie-root-port'><target chassis='1' port='0x10'/></controller>`);

  it('keeps no range in a disk, interface or controller record, and gives the element\'s ranges when asked', () => {
    const d = model(xml);
    const disk = d.devices.disks[0]!;
    const nic = d.devices.interfaces[0]!;
    const controller = d.devices.controllers[0]!;
    for (const record of [disk, nic, controller]) {
      const own = Object.getOwnPropertyNames(record);
      expect(own).to.not.include('range');
      expect(own).to.not.include('nameRange');
      expect(Object.values(record).some((v) => typeof v === 'object' && v !== null && 'start' in v && 'end' in v), 'a Range held by the record').to.equal(false);
    }
    expect(textAt(xml, disk.nameRange)).to.equal('disk');
    expect(textAt(xml, disk.range)).to.match(/^<disk type='file'.*<\/disk>$/s);
    expect(textAt(xml, nic.nameRange)).to.equal('interface');
    expect(textAt(xml, nic.range)).to.match(/^<interface type='network'>.*<\/interface>$/s);
    expect(textAt(xml, controller.nameRange)).to.equal('controller');
    expect(textAt(xml, controller.range)).to.match(/^<controller type='pci'.*<\/controller>$/s);
    expect(d.devices.all[2]!.range).to.equal(controller.range);
    // The element keeps what it made: every reader shares one Range (sorts compare them).
    expect(disk.range).to.equal(disk.range);
    expect(d.devices.all[0]!.nameRange).to.equal(disk.nameRange);
  });

  it('stays read-only: a range cannot be assigned', () => {
    const disk = model(xml).devices.disks[0]!;
    const before = disk.range;
    expect(() => {
      (disk as { range: unknown }).range = { start: 0, end: 0 };
    }).to.throw(TypeError);
    expect(disk.range).to.equal(before);
  });
});
