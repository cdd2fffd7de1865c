/**
 * Documents for the libvirt differential tier: a valid base (the seed, adapted to the QEMU on this
 * machine) and variants, each meant to trigger one of libvirt's checks (`reject`) or to come close
 * without triggering it (`accept`). The expectation is only a label for the report: the verdict
 * that counts is libvirt's own.
 */

export interface Scenario {
  readonly name: string;
  readonly text: string;
}

interface Parts {
  type?: string;
  machine?: string;
  arch?: string;
  /** Extra elements inside <domain> before <os> (memory/vcpu/cpu…); replaces the defaults when given. */
  head?: string;
  osExtra?: string;
  osAttrs?: string;
  features?: string;
  /** Replaces the seed's devices (without <emulator>). */
  devices?: string;
  /** Appended to the seed's devices. */
  extraDevices?: string;
  after?: string;
}

const DISK_VDA = `<disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' ioeventfd='on'/>
      <source file='/var/lib/libvirt/images/f14.img'/>
      <target dev='vda' bus='virtio'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>
    </disk>`;
const CDROM_HDC = `<disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
      <address type='drive' controller='0' bus='1' target='0' unit='0'/>
    </disk>`;
const NIC = `<interface type='user'>
      <mac address='52:54:00:e5:48:58'/>
      <model type='virtio'/>
      <driver name='vhost' txmode='iothread' ioeventfd='off'/>
    </interface>`;
const REST = `<controller type='virtio-serial' index='0'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x06' function='0x0'/>
    </controller>
    <serial type='pty'><target port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <video>
      <model type='vga' vram='16384' heads='1'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>
    </video>`;
const SEED_DEVICES = `${DISK_VDA}\n    ${CDROM_HDC}\n    ${NIC}\n    ${REST}`;
const HEAD = `<memory unit='KiB'>1048576</memory>
  <currentMemory unit='KiB'>1048576</currentMemory>
  <vcpu placement='static'>1</vcpu>`;

/** The seed domain, adapted so libvirt 9.0 with QEMU 7.2 accepts it: machine `pc`, the real emulator, VNC port ≥ 5900. */
export function domain(p: Parts = {}): string {
  return `<domain type='${p.type ?? 'qemu'}'>
  <name>oracle</name>
  ${p.head ?? HEAD}
  <os${p.osAttrs ?? ''}>
    <type arch='${p.arch ?? 'x86_64'}' machine='${p.machine ?? 'pc'}'>hvm</type>
    ${p.osExtra ?? "<boot dev='cdrom'/>\n    <boot dev='hd'/>\n    <bootmenu enable='yes'/>"}
  </os>
  ${p.features ?? ''}
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>restart</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    ${p.devices ?? SEED_DEVICES}
    ${p.extraDevices ?? ''}
  </devices>${p.after ?? ''}
</domain>
`;
}

const disk = (opts: { dev: string; bus: string; device?: string; driver?: string; extra?: string; address?: string; file?: string }): string =>
  `<disk type='file' device='${opts.device ?? 'disk'}'>
      <driver name='qemu' type='raw'${opts.driver ?? ''}/>
      <source file='${opts.file ?? `/var/lib/libvirt/images/${opts.dev}.img`}'/>
      <target dev='${opts.dev}' bus='${opts.bus}'/>${opts.extra ?? ''}${opts.address ?? ''}
    </disk>`;

const nic = (model: string, driver = '', extra = ''): string =>
  `<interface type='user'><model type='${model}'/>${driver ? `<driver ${driver}/>` : ''}${extra}</interface>`;

const pciAddr = (slot: number, fn = 0): string =>
  `<address type='pci' domain='0x0000' bus='0x00' slot='0x${slot.toString(16).padStart(2, '0')}' function='0x${fn}'/>`;

const bases: Scenario[] = [
  { name: 'base: seed', text: domain() },
  { name: 'base: seed on q35', text: domain({ machine: 'q35', devices: `${DISK_VDA.replace(pciAddr(4), '')}\n ${disk({ dev: 'sda', bus: 'sata', device: 'cdrom', extra: '<readonly/>' })}\n ${NIC}\n <graphics type='vnc' port='5901'/>` }) },
];

const variants: Scenario[] = [];
const add = (name: string, text: string): void => {
  variants.push({ name, text });
};

// Disk driver attributes that only virtio disks take (and near misses on virtio).
for (const [bus, dev] of [['ide', 'hda'], ['sata', 'sda'], ['scsi', 'sdb'], ['usb', 'sdc'], ['virtio', 'vdb']] as const) {
  add(`disk ioeventfd on ${bus}`, domain({ extraDevices: disk({ dev, bus, driver: " ioeventfd='on'" }) }));
  add(`disk event_idx on ${bus}`, domain({ extraDevices: disk({ dev, bus, driver: " event_idx='off'" }) }));
  add(`disk queues on ${bus}`, domain({ extraDevices: disk({ dev, bus, driver: " queues='2'" }) }));
}
add('floppy ioeventfd on fdc', domain({ extraDevices: disk({ dev: 'fda', bus: 'fdc', device: 'floppy', driver: " ioeventfd='on'" }) }));
add('disk ioeventfd with derived ide bus', domain({ extraDevices: disk({ dev: 'hdb', bus: 'ide', driver: " ioeventfd='on'" }).replace(" bus='ide'", '') }));
// Interfaces: libvirt accepts ioeventfd on non-virtio models (and drops it).
for (const model of ['e1000', 'rtl8139', 'virtio']) add(`nic ioeventfd on ${model}`, domain({ extraDevices: nic(model, "ioeventfd='on'") }));
add('nic rx_queue_size not a power of two', domain({ extraDevices: nic('virtio', "name='vhost' rx_queue_size='300'") }));
add('nic rx_queue_size power of two', domain({ extraDevices: nic('virtio', "name='vhost' rx_queue_size='512'") }));
// Targets, addresses and buses.
add('duplicate disk target', domain({ extraDevices: disk({ dev: 'vda', bus: 'virtio' }) }));
add('distinct disk targets', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio' }) }));
add('duplicate drive address', domain({ extraDevices: disk({ dev: 'hdd', bus: 'ide', device: 'cdrom', extra: '<readonly/>', address: "<address type='drive' controller='0' bus='1' target='0' unit='0'/>" }) }));
add('distinct drive address', domain({ extraDevices: disk({ dev: 'hdd', bus: 'ide', device: 'cdrom', extra: '<readonly/>', address: "<address type='drive' controller='0' bus='1' target='0' unit='1'/>" }) }));
add('duplicate PCI address', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', address: pciAddr(4) }) }));
add('PCI address of the implicit IDE controller', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', address: pciAddr(1, 1) }) }));
add('free PCI address', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', address: pciAddr(7) }) }));
add('PCI slot 0 on pci-root', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', address: pciAddr(0) }) }));
add('PCI bus without a controller', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', address: "<address type='pci' domain='0x0000' bus='0x03' slot='0x01' function='0x0'/>" }) }));
add('IDE disk with a PCI address', domain({ extraDevices: disk({ dev: 'hdb', bus: 'ide', address: pciAddr(8) }) }));
add('invalid disk target name', domain({ extraDevices: disk({ dev: 'xyz', bus: 'virtio' }) }));
add('disk target with a partition', domain({ extraDevices: disk({ dev: 'vdb1', bus: 'virtio' }) }));
add('cdrom on virtio', domain({ extraDevices: disk({ dev: 'vdc', bus: 'virtio', device: 'cdrom', extra: '<readonly/>' }) }));
add('floppy on ide', domain({ extraDevices: disk({ dev: 'hdb', bus: 'ide', device: 'floppy' }) }));
add('disk on fdc', domain({ extraDevices: disk({ dev: 'fda', bus: 'fdc' }) }));
add('readonly ide disk', domain({ extraDevices: disk({ dev: 'hdb', bus: 'ide', extra: '<readonly/>' }) }));
add('readonly virtio disk', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', extra: '<readonly/>' }) }));
add("io='native' without cache", domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " io='native'" }) }));
add("io='native' with cache='none'", domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " cache='none' io='native'" }) }));
add("io='native' with cache='writeback'", domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " cache='writeback' io='native'" }) }));
add('iothread on an ide disk', domain({ head: `${HEAD}\n  <iothreads>1</iothreads>`, extraDevices: disk({ dev: 'hdb', bus: 'ide', driver: " iothread='1'" }) }));
add('iothread not defined', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " iothread='2'" }) }));
add('iothread defined', domain({ head: `${HEAD}\n  <iothreads>2</iothreads>`, extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " iothread='2'" }) }));
add('copy_on_read on a readonly disk', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', driver: " copy_on_read='on'", extra: '<readonly/>' }) }));
add('wwn on a virtio disk', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', extra: '<wwn>5000c50015ea71ac</wwn>' }) }));
add('wwn on a scsi disk', domain({ extraDevices: disk({ dev: 'sdb', bus: 'scsi', extra: '<wwn>5000c50015ea71ac</wwn>' }) }));
add('vendor on an ide disk', domain({ extraDevices: disk({ dev: 'hdb', bus: 'ide', extra: '<vendor>ACME</vendor>' }) }));
add('vendor too long on scsi', domain({ extraDevices: disk({ dev: 'sdb', bus: 'scsi', extra: '<vendor>ACMEACMEACME</vendor>' }) }));
add('tray on a plain disk', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio' }).replace("bus='virtio'/>", "bus='virtio' tray='open'/>") }));
add('removable on a virtio disk', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio' }).replace("bus='virtio'/>", "bus='virtio' removable='on'/>") }));
add('iotune total and read together', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', extra: '<iotune><total_bytes_sec>1000</total_bytes_sec><read_bytes_sec>100</read_bytes_sec></iotune>' }) }));
add('iotune total only', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', extra: '<iotune><total_bytes_sec>1000</total_bytes_sec></iotune>' }) }));
add('disk model virtio on sata', domain({ extraDevices: disk({ dev: 'sdb', bus: 'sata' }).replace("device='disk'", "device='disk' model='virtio'") }));
add('lun on ide', domain({ extraDevices: `<disk type='block' device='lun'><driver name='qemu' type='raw'/><source dev='/dev/sdz'/><target dev='hdb' bus='ide'/></disk>` }));
// Boot order.
add('boot order with os boot dev', domain({ extraDevices: disk({ dev: 'vdb', bus: 'virtio', extra: "<boot order='1'/>" }) }));
add('duplicate boot order', domain({ osExtra: '', extraDevices: `${disk({ dev: 'vdb', bus: 'virtio', extra: "<boot order='1'/>" })}\n${disk({ dev: 'vdc', bus: 'virtio', extra: "<boot order='1'/>" })}` }));
add('distinct boot orders', domain({ osExtra: '', extraDevices: `${disk({ dev: 'vdb', bus: 'virtio', extra: "<boot order='1'/>" })}\n${disk({ dev: 'vdc', bus: 'virtio', extra: "<boot order='2'/>" })}` }));
add('bootmenu timeout too large', domain({ osExtra: "<boot dev='hd'/><bootmenu enable='yes' timeout='70000'/>" }));
// Controllers.
add('duplicate controller index', domain({ extraDevices: "<controller type='virtio-serial' index='0'/>" }));
add('queues on a virtio-serial controller', domain({ extraDevices: "<controller type='virtio-serial' index='1'><driver queues='2'/></controller>" }));
add('queues on a virtio-scsi controller', domain({ extraDevices: "<controller type='scsi' index='0' model='virtio-scsi'><driver queues='2'/></controller>" }));
add('pcie-root on i440fx', domain({ extraDevices: "<controller type='pci' index='0' model='pcie-root'/>" }));
add('pci-root on q35', domain({ machine: 'q35', devices: `${DISK_VDA.replace(pciAddr(4), '')}\n <controller type='pci' index='0' model='pci-root'/>` }));
add('usb disabled with a usb disk', domain({ extraDevices: `<controller type='usb' index='0' model='none'/>\n${disk({ dev: 'sdd', bus: 'usb' })}` }));
// CPU, memory.
add('vcpu topology mismatch', domain({ head: `${HEAD.replace('>1</vcpu>', '>4</vcpu>')}\n  <cpu><topology sockets='1' dies='1' cores='2' threads='1'/></cpu>` }));
add('vcpu topology match', domain({ head: `${HEAD.replace('>1</vcpu>', '>4</vcpu>')}\n  <cpu><topology sockets='1' dies='1' cores='2' threads='2'/></cpu>` }));
add('maxMemory without NUMA', domain({ head: `<maxMemory slots='16' unit='KiB'>4194304</maxMemory>\n  ${HEAD}` }));
add('maxMemory with NUMA', domain({ head: `<maxMemory slots='16' unit='KiB'>4194304</maxMemory>\n  ${HEAD}\n  <cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>` }));
add('maxMemory smaller than memory', domain({ head: `<maxMemory slots='16' unit='KiB'>524288</maxMemory>\n  ${HEAD}\n  <cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>` }));
add('current vcpus zero', domain({ head: HEAD.replace("<vcpu placement='static'>1</vcpu>", "<vcpu placement='static' current='0'>2</vcpu>") }));
// Firmware.
add('secure boot on i440fx', domain({ osExtra: "<loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.secboot.fd</loader>\n<boot dev='hd'/>", features: '<features><acpi/><smm state="on"/></features>' }));
add('secure boot on q35 without SMM', domain({ machine: 'q35', devices: DISK_VDA.replace(pciAddr(4), ''), osExtra: "<loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.secboot.fd</loader>\n<boot dev='hd'/>", features: '<features><acpi/></features>' }));
// Graphics, video, chardevs.
add('vnc password longer than 8', domain({ devices: SEED_DEVICES.replace("autoport='no'", "autoport='no' passwd='123456789'") }));
add('vnc password of 8', domain({ devices: SEED_DEVICES.replace("autoport='no'", "autoport='no' passwd='12345678'") }));
add('vnc port below 5900', domain({ devices: SEED_DEVICES.replace("port='5901'", "port='5091'") }));
add('spicevmc channel without spice', domain({ extraDevices: "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>" }));
add('spicevmc channel with spice', domain({ extraDevices: "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>\n<graphics type='spice' autoport='yes'/>" }));
add('video none with another video', domain({ extraDevices: "<video><model type='none'/></video>" }));
add('two primary videos', domain({ devices: SEED_DEVICES.replace("<model type='vga' vram='16384' heads='1'/>", "<model type='vga' vram='16384' heads='1' primary='yes'/>"), extraDevices: "<video><model type='qxl' primary='yes'/></video>" }));
add('vga as secondary video', domain({ extraDevices: "<video><model type='vga' vram='16384' heads='1'/></video>" }));
add('qxl as secondary video', domain({ extraDevices: "<video><model type='qxl' vram='65536' heads='1'/></video>" }));
add('serial target isa with usb model', domain({ devices: SEED_DEVICES.replace("<serial type='pty'><target port='0'/></serial>", "<serial type='pty'><target type='isa-serial' port='0'><model name='usb-serial'/></target></serial>") }));
add('sound ich7', domain({ extraDevices: "<sound model='ich7'/>" }));
add('audio id missing', domain({ extraDevices: "<sound model='ich9'><audio id='2'/></sound>\n<audio id='1' type='none'/>" }));
add('watchdog', domain({ extraDevices: "<watchdog model='i6300esb' action='reset'/>" }));
add('memballoon virtio', domain({ extraDevices: "<memballoon model='virtio'/>" }));
add('redirdev without spice', domain({ extraDevices: "<redirdev bus='usb' type='spicevmc'/>" }));

export const SCENARIOS: readonly Scenario[] = [...bases, ...variants];
