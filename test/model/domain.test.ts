import { expect } from 'chai';
import { characterDevices } from '../../src/model/domain.js';
import { model, textAt, withDevices } from './helpers.js';

describe('model: domain', () => {
  it('reads the domain-level parts with their values', () => {
    const xml = `<domain type='kvm'>
  <name> vm1 </name>
  <memory unit='MiB'>1024</memory>
  <maxMemory slots='4' unit='GiB'>8</maxMemory>
  <currentMemory>524288</currentMemory>
  <vcpu current='2'>4</vcpu>
  <iothreads>2</iothreads>
  <iothreadids><iothread id='5'/></iothreadids>
  <memoryBacking><hugepages><page size='2048' nodeset='0'/><page size='1'/></hugepages><access mode='shared'/></memoryBacking>
  <memtune><min_guarantee>1</min_guarantee></memtune>
  <numatune><memnode cellid='1' mode='strict' nodeset='0'/></numatune>
  <os firmware='efi'><type arch='aarch64' machine='virt'>hvm</type><loader readonly='yes' secure='yes'>/x.fd</loader><boot dev='hd'/><bootmenu enable='yes' timeout='3000'/><bios useserial='yes' rebootTimeout='0'/></os>
  <features><acpi/><smm state='on'/><ioapic driver='qemu'/></features>
  <cpu mode='host-passthrough'><topology sockets='1' cores='2' threads='2'/><numa><cell id='0' cpus='0-3' memory='1' unit='GiB' memAccess='shared'/></numa></cpu>
  <clock offset='utc'><timer name='rtc' tickpolicy='catchup' track='guest'/><timer name='tsc' frequency='1'/></clock>
  <on_poweroff>destroy</on_poweroff><on_crash> preserve </on_crash>
  <devices><emulator>/usr/bin/qemu-system-aarch64</emulator></devices>
</domain>`;
    const d = model(xml);
    expect(d.type?.value).to.equal('kvm');
    expect(d.name?.value).to.equal('vm1');
    expect(textAt(xml, d.name?.range)).to.equal('vm1');
    expect([d.memory?.value?.value, d.memory?.unit?.value]).to.deep.equal(['1024', 'MiB']);
    expect([d.maxMemory?.value?.value, d.maxMemory?.slots?.value]).to.deep.equal(['8', '4']);
    expect(d.currentMemory?.unit).to.equal(undefined);
    expect([d.vcpu?.max?.value, d.vcpu?.current?.value]).to.deep.equal(['4', '2']);
    expect(d.iothreads?.value).to.equal('2');
    expect(d.iothreadIds.map((i) => i.value)).to.deep.equal(['5']);
    expect(d.memoryBacking?.accessMode?.value).to.equal('shared');
    expect(d.memoryBacking?.hugepages?.pages.map((p) => p.nodeset?.value)).to.deep.equal(['0', undefined]);
    expect(d.memtune?.minGuarantee?.value?.value).to.equal('1');
    expect(d.numatune?.memnodes.map((m) => [m.cellid?.value, m.mode?.value, m.nodeset?.value])).to.deep.equal([['1', 'strict', '0']]);
    expect([d.os?.type?.value, d.os?.arch?.value, d.os?.machine?.value, d.os?.firmware?.value]).to.deep.equal(['hvm', 'aarch64', 'virt', 'efi']);
    expect([d.os?.loader?.path?.value, d.os?.loader?.readonly?.value, d.os?.loader?.secure?.value, d.os?.loader?.type]).to.deep.equal(['/x.fd', 'yes', 'yes', undefined]);
    expect(d.os?.bootDevices.map((b) => b.value)).to.deep.equal(['hd']);
    expect([d.os?.bootmenu?.timeout?.value, d.os?.bios?.useserial?.value, d.os?.bios?.rebootTimeout?.value]).to.deep.equal(['3000', 'yes', '0']);
    expect([...(d.features?.byName.keys() ?? [])]).to.deep.equal(['acpi', 'smm', 'ioapic']);
    expect([d.features?.byName.get('smm')?.state?.value, d.features?.byName.get('ioapic')?.driver?.value]).to.deep.equal(['on', 'qemu']);
    expect(d.cpu?.mode?.value).to.equal('host-passthrough');
    expect([d.cpu?.topology?.sockets?.value, d.cpu?.topology?.dies, d.cpu?.topology?.cores?.value, d.cpu?.topology?.threads?.value]).to.deep.equal(['1', undefined, '2', '2']);
    expect(d.cpu?.numaCells.map((c) => [c.id?.value, c.cpus?.value, c.memory?.value, c.unit?.value, c.memAccess?.value])).to.deep.equal([['0', '0-3', '1', 'GiB', 'shared']]);
    expect(d.clock?.timers.map((t) => [t.name?.value, t.tickpolicy?.value, t.track?.value, t.frequency?.value])).to.deep.equal([
      ['rtc', 'catchup', 'guest', undefined],
      ['tsc', undefined, undefined, '1'],
    ]);
    expect([d.lifecycle.poweroff?.value, d.lifecycle.reboot, d.lifecycle.crash?.value]).to.deep.equal(['destroy', undefined, 'preserve']);
    expect(textAt(xml, d.lifecycle.crash?.contentRange)).to.equal(' preserve ');
    expect(d.emulator?.value).to.equal('/usr/bin/qemu-system-aarch64');
    expect(d.devicesWritten).to.equal(true);
    expect(d.devices.all).to.deep.equal([]); // <emulator> is not a device
  });

  it('gives every value its range: attribute values, whole attributes, element names, trimmed text', () => {
    const xml = withDevices("<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><serial>\n  ab c  \n</serial></disk>");
    const disk = model(xml).devices.disks[0]!;
    expect(textAt(xml, disk.type?.range)).to.equal('file');
    expect(textAt(xml, disk.type?.nameRange)).to.equal('type');
    expect(textAt(xml, disk.type?.attributeRange)).to.equal("type='file'");
    expect(textAt(xml, disk.nameRange)).to.equal('disk');
    expect(textAt(xml, disk.range)?.startsWith('<disk ')).to.equal(true);
    expect(textAt(xml, disk.range)?.endsWith('</disk>')).to.equal(true);
    expect(textAt(xml, disk.target?.nameRange)).to.equal('target');
    expect(disk.serial?.value).to.equal('ab c');
    expect(textAt(xml, disk.serial?.range)).to.equal('ab c');
    expect(textAt(xml, disk.serial?.nameRange)).to.equal('serial');
    expect(disk.range.start.line).to.equal(6);
  });

  it('points an empty text at its element name', () => {
    const xml = withDevices("<disk type='file'><serial/></disk>");
    const serial = model(xml).devices.disks[0]!.serial!;
    expect(serial.value).to.equal('');
    expect(textAt(xml, serial.range)).to.equal('serial');
  });

  it('lists every device once in document order and by kind, the same objects in both', () => {
    const xml = withDevices(
      [
        "<disk type='file'/>",
        "<controller type='usb' index='0'/>",
        "<interface type='network'/>",
        "<serial type='pty'/>",
        "<console type='pty'/>",
        "<channel type='unix'/>",
        "<memballoon model='virtio'/>",
        "<video><model type='vga'/></video>",
        "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>",
        "<watchdog model='i6300esb'/>",
      ].join('\n'),
    );
    const d = model(xml).devices;
    expect(d.all.map((x) => x.kind)).to.deep.equal(['disk', 'controller', 'interface', 'serial', 'console', 'channel', 'memballoon', 'video', 'rng', 'watchdog']);
    expect(d.all[0]).to.equal(d.disks[0]);
    expect(d.all[3]).to.equal(d.serials[0]);
    expect(d.others.map((o) => o.kind)).to.deep.equal(['memballoon']);
    expect(d.watchdogs[0]?.model?.value).to.equal('i6300esb');
    expect([d.disks, d.controllers, d.interfaces, d.consoles, d.channels, d.videos, d.rngs].map((l) => l.length)).to.deep.equal([1, 1, 1, 1, 1, 1, 1]);
  });

  it('keeps devices named like Object.prototype members among the others (they crashed the model)', () => {
    const d = model(withDevices("<constructor/><toString/><disk type='file'/>")).devices;
    expect(d.all.map((x) => x.kind)).to.deep.equal(['constructor', 'toString', 'disk']);
    expect(d.others.map((o) => o.kind)).to.deep.equal(['constructor', 'toString']);
    expect(d.disks).to.have.length(1);
  });

  it('has empty device lists without <devices>', () => {
    const d = model("<domain type='kvm'><name>x</name></domain>");
    expect(d.devicesWritten).to.equal(false);
    expect(d.devices.all).to.deep.equal([]);
    expect([d.devices.tag, d.devices.nameRange.start, d.devices.range.end]).to.deep.equal(['devices', { line: 1, column: 1, offset: 0 }, { line: 1, column: 1, offset: 0 }]);
    expect(d.deviceBoots).to.deep.equal([]);
    expect(d.lifecycle).to.deep.equal({ poweroff: undefined, reboot: undefined, crash: undefined });
  });

  it('collects <boot order> of devices, also nested ones, with the device', () => {
    const xml = withDevices("<disk type='file'><boot order='2'/></disk><hostdev mode='subsystem' type='pci'><source><address bus='1'/></source><boot order='1'/></hostdev>");
    const d = model(xml);
    expect(d.deviceBoots.map((b) => [b.device.kind, b.order.value])).to.deep.equal([
      ['disk', '2'],
      ['hostdev', '1'],
    ]);
    expect(d.devices.disks[0]?.bootOrder?.value).to.equal('2');
  });

  it('sees serial, console, channel, redirdev, passthrough smartcards and egd rngs as character devices', () => {
    const xml = withDevices(
      [
        "<serial type='tcp'><source mode='bind' host='0.0.0.0' service='4444'><reconnect enabled='yes' timeout='0'/></source><source mode='connect' service='5'/><target type='isa-serial' port='0'><model name='isa-serial'/></target></serial>",
        "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>",
        "<smartcard mode='host'/>",
        "<smartcard mode='passthrough' type='spicevmc'/>",
        "<redirdev bus='usb' type='spicevmc'/>",
        "<rng model='virtio'><backend model='egd' type='udp'><source mode='bind' service='1234'/></backend></rng>",
        "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>",
      ].join('\n'),
    );
    const d = model(xml);
    const chars = characterDevices(d);
    expect(chars.map((c) => [c.kind, c.type?.value])).to.deep.equal([
      ['serial', 'tcp'],
      ['channel', 'unix'],
      ['smartcard', 'spicevmc'],
      ['redirdev', 'spicevmc'],
      ['rng', 'udp'],
    ]);
    const serial = d.devices.serials[0]!;
    expect(serial.sources.map((s) => [s.mode?.value, s.host?.value, s.service?.value])).to.deep.equal([
      ['bind', '0.0.0.0', '4444'],
      ['connect', undefined, '5'],
    ]);
    expect([serial.sources[0]?.reconnect?.enabled?.value, serial.sources[0]?.reconnect?.timeout?.value]).to.deep.equal(['yes', '0']);
    expect([serial.target?.type?.value, serial.target?.port?.value, serial.target?.modelName?.value]).to.deep.equal(['isa-serial', '0', 'isa-serial']);
    expect(d.devices.channels[0]?.target?.targetName?.value).to.equal('org.qemu.guest_agent.0');
    expect(chars[0]?.device).to.equal(serial);
  });

  it('never throws on odd shapes', () => {
    for (const xml of ['<domain/>', "<domain><devices><disk><driver/><target/><source/></disk><interface/><video/><hostdev><source/></hostdev></devices></domain>", '<domain><os/><cpu><numa/></cpu><features/><clock/></domain>']) {
      expect(() => model(xml)).not.to.throw();
    }
  });
});
