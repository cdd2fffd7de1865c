import { expect } from 'chai';
import { controllerIndexes, deviceAddresses, driveAddress, effectiveDiskBus, effectiveNetModel, guestMemoryIsShared, hasBuiltinIde, isQ35, numaCellsKiB, pciAddress, sizeInKiB, virtioTransport } from '../../src/model/index.js';
import { definedIothreadIds } from '../../src/model/iothreads.js';
import { model, withDevices } from './helpers.js';

/** What libvirt fills in when the document leaves a value out. */
describe('model: the defaults libvirt applies', () => {
  it('a disk bus follows the target name when no bus is written', () => {
    const d = model(withDevices("<disk><target dev='hda'/></disk><disk><target dev='sdb'/></disk><disk><target dev='vdc'/></disk><disk device='floppy'><target dev='x'/></disk><disk><target dev='vdd' bus='usb'/></disk><disk><target dev='zz'/></disk>"));
    expect(d.devices.disks.map(effectiveDiskBus)).to.deep.equal(['ide', 'scsi', 'virtio', 'fdc', 'usb', undefined]);
  });

  it('a NIC without <model> is rtl8139 on x86 and virtio on ARM virt and s390x', () => {
    const x86 = model(withDevices("<interface type='network'/>"));
    expect(effectiveNetModel(x86, x86.devices.interfaces[0]!)).to.deep.equal({ model: 'rtl8139', defaulted: true });
    const arm = model("<domain><os><type arch='aarch64' machine='virt-7.2'>hvm</type></os><devices><interface type='network'/></devices></domain>");
    expect(effectiveNetModel(arm, arm.devices.interfaces[0]!)).to.deep.equal({ model: 'virtio', defaulted: true });
    const s390 = model("<domain><os><type arch='s390x'>hvm</type></os><devices><interface type='network'><model type='e1000'/></interface></devices></domain>");
    expect(effectiveNetModel(s390, s390.devices.interfaces[0]!)).to.deep.equal({ model: 'e1000', defaulted: false });
    expect(virtioTransport(s390, undefined)).to.equal('ccw');
    expect(virtioTransport(x86, undefined)).to.equal('pci');
  });

  it('controllers without index take the lowest free index of their type', () => {
    const d = model(withDevices("<controller type='pci' index='0' model='pcie-root'/><controller type='pci' model='pcie-root-port'/><controller type='usb'/><controller type='pci' index='1'/><controller type='pci'/>"));
    const byController = d.devices.controllers.map((c) => controllerIndexes(d).get(c));
    expect(byController).to.deep.equal([0, 2, 0, 1, 3]);
  });

  it('controllers without a usable index fill the gaps between written ones, in document order', () => {
    const d = model(withDevices("<controller type='pci' index='1'/><controller type='pci'/><controller type='pci' index='x'/><controller type='pci' index='3'/><controller type='pci' index='-1'/><controller type='pci'/><controller type='usb'/><controller type='usb' index='0'/>"));
    expect(d.devices.controllers.map((c) => controllerIndexes(d).get(c))).to.deep.equal([1, 0, 2, 3, 4, 5, 1, 0]);
    // Many of one type: each search resumes after the previous answer.
    const many = model(withDevices("<controller type='pci' index='2'/>" + "<controller type='pci'/>".repeat(5000)));
    const indexes = many.devices.controllers.map((c) => controllerIndexes(many).get(c));
    expect(indexes.slice(0, 5)).to.deep.equal([2, 0, 1, 3, 4]);
    expect(indexes[5000]).to.equal(5000);
    expect(new Set(indexes).size).to.equal(5001);
  });

  it('an unset arch is x86_64 and an unset machine i440fx', () => {
    const d = model('<domain><os><type>hvm</type></os></domain>');
    expect(isQ35(d)).to.equal(false);
    expect(hasBuiltinIde(d)).to.equal(true);
    expect(isQ35(model(withDevices('')))).to.equal(true);
  });

  it('sizes default to KiB, round up to whole KiB, and reject unknown units', () => {
    expect(sizeInKiB('4', undefined)).to.equal(4);
    expect(sizeInKiB('1', 'GiB')).to.equal(1024 * 1024);
    expect(sizeInKiB('1000', 'b')).to.equal(1);
    expect(sizeInKiB('1', 'bogus')).to.equal(undefined);
    // Every spelling the grammar's sizeUnit takes, as libvirt's virScaleInteger reads it (the volume model's reading too).
    expect(['byte', 'BYTES', 'B', 'k', 'KiB', 'kB', 'MB', 'gib', 'T', 'pb', 'EiB'].map((u) => sizeInKiB('1024', u))).to.deep.equal([1, 1, 1, 1024, 1024, 1000, 1000000, 1024 ** 3, 1024 ** 4, 1000 ** 5, 1024 ** 6]);
    // An empty unit is the default unit (libvirt's default scale), as no unit is.
    expect(sizeInKiB('4', '')).to.equal(4);
    expect(numaCellsKiB(model("<domain><cpu><numa><cell memory='1' unit='MiB'/><cell memory='512'/></numa></cpu></domain>"))).to.equal(1536);
  });

  it('an all-zero PCI address means "assign one"; drive address fields default to 0', () => {
    const d = model(withDevices("<disk><address type='pci' domain='0' bus='0' slot='0' function='0'/></disk><disk><address type='pci' slot='0x1f' function='2'/></disk><disk><address type='drive' unit='1'/></disk>"));
    const [zero, lpc, drive] = d.devices.disks;
    expect(pciAddress(zero?.address)).to.equal(undefined);
    expect(pciAddress(lpc?.address)).to.include({ domain: 0, bus: 0, slot: 31, function: 2 });
    expect(driveAddress(drive?.address)).to.include({ controller: 0, bus: 0, target: 0, unit: 1 });
    expect(deviceAddresses(d).map((a) => a.kind)).to.deep.equal(['disk', 'disk', 'disk']);
  });

  it('guest memory is shared by <memoryBacking><access>, or by every NUMA cell', () => {
    expect(guestMemoryIsShared(model("<domain><memoryBacking><access mode='shared'/></memoryBacking></domain>"))).to.equal(true);
    expect(guestMemoryIsShared(model("<domain><memoryBacking><access mode='shared'/></memoryBacking><cpu><numa><cell memAccess='private'/></numa></cpu></domain>"))).to.equal(false);
    expect(guestMemoryIsShared(model("<domain><cpu><numa><cell memAccess='shared'/></numa></cpu></domain>"))).to.equal(true);
    expect(guestMemoryIsShared(model('<domain/>'))).to.equal(false);
  });

  it('IOThread ids: the listed ones, then the smallest unused up to <iothreads>', () => {
    expect([...definedIothreadIds(model("<domain><iothreads>3</iothreads><iothreadids><iothread id='2'/></iothreadids></domain>"))]).to.deep.equal([2, 1, 3]);
  });
});
