import { expect } from 'chai';
import { model, textAt, withDevices } from './helpers.js';

describe('model: devices', () => {
  it('disk: attributes, driver, target, source and the elements rules check', () => {
    const xml = withDevices(`<disk type='network' device='lun' rawio='yes' sgio='filtered' model='virtio'>
  <driver name='qemu' type='raw' cache='none' io='native' ioeventfd='on' event_idx='off' queues='2' queue_size='256' iothread='1' copy_on_read='on' error_policy='stop' rerror_policy='report' discard='unmap' detect_zeroes='on' iommu='on' ats='off' packed='on' page_per_vq='on'/>
  <source protocol='iscsi' name='iqn/1' startupPolicy='optional'><auth username='u'/></source>
  <target dev='sda' bus='scsi' tray='open' removable='on'/>
  <readonly/><shareable/><transient shareBacking='yes'/>
  <wwn>5000c50015ea71ac</wwn><vendor>V</vendor><product>P</product>
  <geometry cyls='1' heads='1' secs='1' trans='lba'/>
  <iotune><total_bytes_sec>1</total_bytes_sec><group_name> g1 </group_name><read_iops_sec>2</read_iops_sec></iotune>
  <blockio logical_block_size='512'/>
  <encryption format='luks'/>
  <address type='drive' controller='0' bus='0' target='0' unit='1'/>
  <alias name='ua-disk1'/>
</disk>`);
    const disk = model(xml).devices.disks[0]!;
    expect([disk.type?.value, disk.device?.value, disk.deviceKind, disk.rawio?.value, disk.sgio?.value, disk.model?.value]).to.deep.equal(['network', 'lun', 'lun', 'yes', 'filtered', 'virtio']);
    const drv = disk.driver!;
    expect([drv.name, drv.type, drv.cache, drv.io, drv.ioeventfd, drv.eventIdx, drv.queues, drv.queueSize, drv.iothread, drv.copyOnRead].map((a) => a?.value)).to.deep.equal(['qemu', 'raw', 'none', 'native', 'on', 'off', '2', '256', '1', 'on']);
    expect([drv.errorPolicy, drv.rerrorPolicy, drv.discard, drv.detectZeroes, drv.iommu, drv.ats, drv.packed, drv.pagePerVq].map((a) => a?.value)).to.deep.equal(['stop', 'report', 'unmap', 'on', 'on', 'off', 'on', 'on']);
    expect(textAt(xml, drv.queueSize?.attributeRange)).to.equal("queue_size='256'");
    expect([disk.source?.protocol?.value, disk.source?.name?.value, disk.source?.startupPolicy?.value, disk.source?.file]).to.deep.equal(['iscsi', 'iqn/1', 'optional', undefined]);
    expect(textAt(xml, disk.auth?.nameRange)).to.equal('auth'); // <auth> inside <source> counts
    expect([disk.target?.dev?.value, disk.target?.bus?.value, disk.target?.tray?.value, disk.target?.removable?.value]).to.deep.equal(['sda', 'scsi', 'open', 'on']);
    expect(disk.readonly).to.equal(true);
    expect(textAt(xml, disk.readonlyElement?.nameRange)).to.equal('readonly');
    expect(textAt(xml, disk.shareable?.nameRange)).to.equal('shareable');
    expect(disk.transient?.shareBacking?.value).to.equal('yes');
    expect([disk.wwn?.value, disk.vendor?.value, disk.product?.value]).to.deep.equal(['5000c50015ea71ac', 'V', 'P']);
    expect(disk.geometry?.trans?.value).to.equal('lba');
    expect(disk.iotune?.groupName?.value).to.equal('g1');
    expect(disk.iotune?.limits.map((l) => [l.tag, l.value])).to.deep.equal([
      ['total_bytes_sec', '1'],
      ['read_iops_sec', '2'],
    ]);
    expect(textAt(xml, disk.blockio?.nameRange)).to.equal('blockio');
    expect(textAt(xml, disk.encryption?.nameRange)).to.equal('encryption');
    expect(disk.address?.type?.value).to.equal('drive');
    expect(disk.address?.unit?.value).to.equal('1');
    expect(disk.alias?.value).to.equal('ua-disk1');
  });

  it('disk: libvirt defaults — device disk, not read-only', () => {
    const disk = model(withDevices("<disk type='file'><target dev='vda'/></disk>")).devices.disks[0]!;
    expect(disk.device).to.equal(undefined);
    expect(disk.deviceKind).to.equal('disk');
    expect(disk.readonly).to.equal(false);
    expect(disk.driver).to.equal(undefined);
  });

  it('interface: connection, model, driver tuning and the parts that depend on the type', () => {
    const xml = withDevices(`<interface type='user'>
  <mac address='52:54:00:00:00:01'/><model type='e1000'/>
  <driver name='vhost' txmode='iothread' ioeventfd='on' event_idx='off' queues='4' rx_queue_size='256' tx_queue_size='512' iommu='on'/>
  <source network='default'/><target dev='tap0' managed='no'/><mtu size='9000'/>
  <vlan><tag id='42'/></vlan><teaming type='transient' persistent='ua-net0'/><coalesce><rx><frames max='7'/></rx></coalesce>
  <port isolated='yes'/><virtualport type='openvswitch'/><backend tap='/dev/net/tun'/>
  <ip address='10.0.2.15' prefix='24' peer='10.0.2.2'/><ip address='fd00::1' family='ipv6'/><route address='1.2.3.0' gateway='1.2.3.1'/>
  <boot order='1'/>
</interface>`);
    const nic = model(xml).devices.interfaces[0]!;
    expect([nic.type?.value, nic.mac?.value, nic.model?.value, nic.mtu?.value]).to.deep.equal(['user', '52:54:00:00:00:01', 'e1000', '9000']);
    const drv = nic.driver!;
    expect([drv.name, drv.txmode, drv.ioeventfd, drv.eventIdx, drv.queues, drv.rxQueueSize, drv.txQueueSize, drv.iommu].map((a) => a?.value)).to.deep.equal(['vhost', 'iothread', 'on', 'off', '4', '256', '512', 'on']);
    expect([nic.target?.dev?.value, nic.target?.managed?.value]).to.deep.equal(['tap0', 'no']);
    expect([nic.teaming?.type?.value, nic.teaming?.persistent?.value, nic.port?.isolated?.value, nic.virtualport?.type?.value]).to.deep.equal(['transient', 'ua-net0', 'yes', 'openvswitch']);
    for (const part of [nic.source, nic.vlan, nic.coalesce, nic.backend]) expect(part).not.to.equal(undefined);
    expect(nic.ips.map((ip) => [ip.address?.value, ip.prefix?.value, ip.peer?.value, ip.family?.value])).to.deep.equal([
      ['10.0.2.15', '24', '10.0.2.2', undefined],
      ['fd00::1', undefined, undefined, 'ipv6'],
    ]);
    expect(nic.routes.map((r) => r.tag)).to.deep.equal(['route']);
    expect(nic.bootOrder?.value).to.equal('1');
  });

  it('controller: index, models, virtio-scsi driver and PCI target options', () => {
    const xml = withDevices(`<controller type='scsi' index='0' model='virtio-scsi'><driver queues='4' cmd_per_lun='8' max_sectors='512' ioeventfd='on' iothread='2'/></controller>
<controller type='pci' index='1' model='pcie-expander-bus'><model name='pxb-pcie'/><target chassisNr='1' chassis='2' port='0x10' busNr='254' index='3' hotplug='off'><node> 1 </node></target></controller>`);
    const [scsi, pci] = model(xml).devices.controllers;
    expect([scsi?.type?.value, scsi?.index?.value, scsi?.model?.value]).to.deep.equal(['scsi', '0', 'virtio-scsi']);
    expect([scsi?.driver?.queues, scsi?.driver?.cmdPerLun, scsi?.driver?.maxSectors, scsi?.driver?.ioeventfd, scsi?.driver?.iothread].map((a) => a?.value)).to.deep.equal(['4', '8', '512', 'on', '2']);
    expect(pci?.modelName?.value).to.equal('pxb-pcie');
    const t = pci?.target;
    expect([t?.chassisNr, t?.chassis, t?.port, t?.busNr, t?.index, t?.hotplug, t?.node].map((a) => a?.value)).to.deep.equal(['1', '2', '0x10', '254', '3', 'off', '1']);
    expect(textAt(xml, t?.node?.range)).to.equal('1');
  });

  it('hostdev: the host-side source address and ids', () => {
    const xml = withDevices(`<hostdev mode='subsystem' type='usb'><source><vendor id='0x1234'/><product id='0xbeef'/><address bus='1' device='2'/></source><address type='usb' bus='0' port='1'/></hostdev>
<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source></hostdev>`);
    const [usb, scsi] = model(xml).devices.hostdevs;
    expect([usb?.mode?.value, usb?.type?.value, usb?.source?.vendorId?.value, usb?.source?.productId?.value]).to.deep.equal(['subsystem', 'usb', '0x1234', '0xbeef']);
    expect(usb?.source?.address?.device?.value).to.equal('2');
    expect(usb?.address?.type?.value).to.equal('usb'); // the guest side, apart from the source's
    expect(scsi?.source?.adapterName?.value).to.equal('scsi_host0');
  });

  it('graphics, video, sound and audio', () => {
    const xml = withDevices(`<graphics type='vnc' port='5901' autoport='no' passwd='secret'><listen type='network' network='default'/><audio id='1'/></graphics>
<video><model type='qxl' vram='65536' ram='65536' vram64='0' vgamem='16384' heads='2' primary='yes'><acceleration accel3d='no'/><driver iommu='on'/></model></video>
<video><driver ats='on'/><model type='virtio'/></video>
<sound model='ich9'><codec type='duplex'/><audio id='1'/></sound>
<audio id='1' type='spice'/>`);
    const d = model(xml).devices;
    const g = d.graphics[0]!;
    expect([g.type, g.port, g.autoport, g.passwd, g.audioId].map((a) => a?.value)).to.deep.equal(['vnc', '5901', 'no', 'secret', '1']);
    expect(g.listens.map((l) => [l.type?.value, l.network?.value, l.address?.value])).to.deep.equal([['network', 'default', undefined]]);
    const m = d.videos[0]!.model!;
    expect([m.type, m.vram, m.ram, m.vram64, m.vgamem, m.heads, m.primary, m.accel3d].map((a) => a?.value)).to.deep.equal(['qxl', '65536', '65536', '0', '16384', '2', 'yes', 'no']);
    expect(d.videos[0]?.driver?.iommu?.value).to.equal('on'); // <driver> under <model>
    expect(d.videos[1]?.driver?.ats?.value).to.equal('on'); // <driver> under <video>
    expect([d.sounds[0]?.model?.value, d.sounds[0]?.codecs.length, d.sounds[0]?.audioId?.value]).to.deep.equal(['ich9', 1, '1']);
    expect([d.audios[0]?.id?.value, d.audios[0]?.type?.value]).to.deep.equal(['1', 'spice']);
  });

  it('memory devices: sizes in KiB (libvirt default unit KiB), node, source path', () => {
    const xml = withDevices(`<memory model='virtio-mem' discard='yes' access='shared'><source><path>/tmp/f</path></source><target><size unit='GiB'>1</size><node>0</node><block unit='MiB'>2</block><requested>1024</requested></target><address type='dimm' slot='0'/></memory>
<memory model='dimm'><target><size unit='furlongs'>1</size></target></memory>`);
    const [mem, odd] = model(xml).devices.memories;
    expect([mem?.model?.value, mem?.discard?.value, mem?.access?.value, mem?.sourcePath?.value, mem?.node?.value]).to.deep.equal(['virtio-mem', 'yes', 'shared', '/tmp/f', '0']);
    expect([mem?.size?.kib, mem?.block?.kib, mem?.requested?.kib]).to.deep.equal([1024 * 1024, 2048, 1024]);
    expect(mem?.address?.slot?.value).to.equal('0');
    expect(odd?.size?.kib).to.equal(undefined);
    expect(odd?.size?.text?.value).to.equal('1');
  });

  it('the small devices: input, filesystem, watchdog, panic, tpm, shmem, vsock, iommu, hub, redirdev', () => {
    const xml = withDevices(`<input type='tablet' bus='usb'/>
<filesystem type='mount' accessmode='mapped' fmode='644' dmode='755'><driver type='virtiofs'/><readonly/></filesystem>
<watchdog model='itco' action='reset'/><panic model='isa'/>
<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>
<shmem name='my/shm'><model type='ivshmem-plain'/></shmem>
<vsock model='virtio'><cid auto='no' address='3'/></vsock>
<iommu model='intel'><driver intremap='on'/></iommu>
<hub type='usb'/><redirdev bus='usb' type='tcp'><source mode='connect' host='h' service='1'/></redirdev>`);
    const d = model(xml).devices;
    expect([d.inputs[0]?.type?.value, d.inputs[0]?.bus?.value]).to.deep.equal(['tablet', 'usb']);
    const fs = d.filesystems[0]!;
    expect([fs.type, fs.accessmode, fs.fmode, fs.dmode, fs.driver?.type].map((a) => a?.value)).to.deep.equal(['mount', 'mapped', '644', '755', 'virtiofs']);
    expect(fs.readonly).not.to.equal(undefined);
    expect([d.watchdogs[0]?.model?.value, d.watchdogs[0]?.action?.value, d.panics[0]?.model?.value]).to.deep.equal(['itco', 'reset', 'isa']);
    expect([d.tpms[0]?.model?.value, d.tpms[0]?.backendType?.value]).to.deep.equal(['tpm-crb', 'emulator']);
    expect([d.shmems[0]?.name?.value, d.shmems[0]?.model?.value]).to.deep.equal(['my/shm', 'ivshmem-plain']);
    expect([d.vsocks[0]?.cid?.value, d.vsocks[0]?.cidAuto?.value]).to.deep.equal(['3', 'no']);
    expect([d.iommus[0]?.model?.value, d.iommus[0]?.intremap?.value]).to.deep.equal(['intel', 'on']);
    expect(d.hubs[0]?.type?.value).to.equal('usb');
    expect([d.redirdevs[0]?.bus?.value, d.redirdevs[0]?.type?.value, d.redirdevs[0]?.sources[0]?.host?.value]).to.deep.equal(['usb', 'tcp', 'h']);
  });

  it('acpiIndex: the number libvirt reads from <acpi index>, on records and literal devices alike', () => {
    const xml = withDevices(`<interface type='user'><acpi index='7'/><model type='virtio'/></interface>
<disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/><acpi index=' +0012'/></disk>
<controller type='usb' index='0' model='qemu-xhci'><acpi index='4294967295'/></controller>
<rng model='virtio'><backend model='random'>/dev/urandom</backend><acpi index='0'/></rng>
<watchdog model='i6300esb'><acpi/></watchdog>
<memballoon model='virtio'><acpi index='4294967296'/></memballoon>
<input type='tablet' bus='virtio'><acpi index='3 '/></input>
<shmem name='s'><acpi index='-1'/></shmem>
<vsock model='virtio'/>`);
    const all = model(xml).devices.all;
    expect(all.map((d) => [d.kind, d.acpiIndex?.value])).to.deep.equal([
      ['interface', 7],
      ['disk', 12],
      ['controller', 4294967295],
      ['rng', 0],
      // No index, one past the unsigned int range, trailing white space, a sign libvirt refuses, no <acpi>.
      ['watchdog', undefined],
      ['memballoon', undefined],
      ['input', undefined],
      ['shmem', undefined],
      ['vsock', undefined],
    ]);
    expect(all.slice(0, 4).map((d) => textAt(xml, d.acpiIndex?.range))).to.deep.equal(['7', ' +0012', '4294967295', '0']);
  });

  it("acpiIndex: written but unread by libvirt (value undefined) keeps its text; white space before the number is C's, not a no-break space", () => {
    const xml = withDevices(`<interface type='user'><acpi index='&#9;&#10;&#13; 3'/></interface>
<interface type='user'><acpi index='3 '/></interface>
<interface type='user'><acpi index='&#160;3'/></interface>
<interface type='user'><acpi index='4294967296'/></interface>
<interface type='user'><acpi/></interface>`);
    expect(model(xml).devices.all.map((d) => [d.acpiIndex?.value, d.acpiIndex?.text])).to.deep.equal([
      [3, '\t\n\r 3'],
      [undefined, '3 '],
      [undefined, '\u00a03'],
      [undefined, '4294967296'],
      [undefined, undefined],
    ]);
  });
});
