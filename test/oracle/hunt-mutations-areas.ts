/**
 * Fidelity-hunt operators for the areas the first hunt did not edit (round 11): memory devices,
 * vCPU pinning and IOThreads, graphics listeners, chardev targets, host devices, the <os> block,
 * filesystems, security labels, and the balloon/RNG/vsock/shmem devices. Each is small (a few
 * variants, near misses included), drawn from ../shared/RULES-CATALOGUE.md's facts; see
 * hunt-mutations.ts for how the hunt uses them.
 */
import { addDevice, each, editElement, first, type Operator, setAttrs, v } from './hunt-text.js';

type Edit = readonly [description: string, edit: (text: string) => string | undefined];
const variants = (t: string, edits: readonly Edit[]) => each(edits, ([d, f]) => v(d, f(t)));

/** Replaces the domain's <cpu> with `cpu` (or adds it after </os>). */
const withCpu = (t: string, cpu: string): string => (/<cpu[^>]*\/>|<cpu[\s>][\s\S]*?<\/cpu>/.test(t) ? t.replace(/<cpu[^>]*\/>|<cpu[\s>][\s\S]*?<\/cpu>/, cpu) : t.replace(/<\/os>/, `</os>\n  ${cpu}`));

/** `n` vCPUs, without the base's own <vcpus> and <cputune> (they could name vCPUs that no longer exist). */
const withVcpus = (t: string, n: number, after = ''): string =>
  t
    .replace(/\s*<vcpus>[\s\S]*?<\/vcpus>/, '')
    .replace(/\s*<cputune>[\s\S]*?<\/cputune>/, '')
    .replace(/\s*<iothreads>\d+<\/iothreads>/, '')
    .replace(/\s*<iothreadids>[\s\S]*?<\/iothreadids>/, '')
    .replace(/<vcpu[^>]*>\d+<\/vcpu>/, `<vcpu placement='static'>${n}</vcpu>${after}`);

/**
 * A guest ready for memory hotplug: 2 GiB in one NUMA cell over 2 vCPUs and, unless `maxMemory`
 * is false, 16 GiB of maxMemory in 4 slots. `devices` are added to <devices>.
 */
function hotplug(t: string, devices: string, maxMemory = true): string {
  const base = withCpu(withVcpus(t, 2), "<cpu><numa><cell id='0' cpus='0-1' memory='2097152' unit='KiB'/></numa></cpu>")
    .replace(/\s*<maxMemory[^>]*>\d+<\/maxMemory>/, '')
    .replace(/<memory[^>]*>\d+<\/memory>/, `${maxMemory ? "<maxMemory slots='4' unit='KiB'>16777216</maxMemory>" : ''}<memory unit='KiB'>2097152</memory>`)
    .replace(/<currentMemory[^>]*>\d+<\/currentMemory>/, "<currentMemory unit='KiB'>2097152</currentMemory>");
  return addDevice(base, devices);
}
const dimm = (extra = '', size = 524288): string => `<memory model='dimm'><target><size unit='KiB'>${size}</size><node>0</node></target>${extra}</memory>`;
const slot = (n: number): string => `<address type='dimm' slot='${n}'/>`;
const virtioMem = (block: number, requested: number): string => `<memory model='virtio-mem'><target><size unit='KiB'>1048576</size><node>0</node><block unit='KiB'>${block}</block><requested unit='KiB'>${requested}</requested></target></memory>`;
const nvdimm = (target: string): string => `<memory model='nvdimm'><source><path>/tmp/nvdimm</path></source><target><size unit='KiB'>524288</size><node>0</node>${target}</target></memory>`;

/** Without the base's graphics devices (and the spice-only channels/redirdevs that need one). */
const noGraphics = (t: string): string => t.replace(/\s*<graphics[^>]*\/>/g, '').replace(/\s*<graphics[\s>][\s\S]*?<\/graphics>/g, '');

/** Without the base's serial ports and consoles. */
const noSerials = (t: string): string => t.replace(/\s*<(serial|console)[^>]*\/>/g, '').replace(/\s*<(serial|console)[\s>][\s\S]*?<\/\1>/g, '');

const replaceOs = (t: string, inner: string, attrs = ''): string | undefined => {
  const m = /<os(\s[^>]*)?>([\s\S]*?)<\/os>/.exec(t);
  if (!m) return undefined;
  const type = /<type[^>]*>[^<]*<\/type>/.exec(m[2]!)?.[0];
  return type === undefined ? undefined : t.replace(m[0], `<os${attrs}>${type}${inner}</os>`);
};

const PCI_HOSTDEV = (extra = '', attrs = " managed='yes'"): string => `<hostdev mode='subsystem' type='pci'${attrs}><source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>${extra}</hostdev>`;
const fs9p = (target: string, extra = '', attrs = " accessmode='mapped'"): string => `<filesystem type='mount'${attrs}><source dir='/tmp'/><target dir='${target}'/>${extra}</filesystem>`;
const SHARED_MEMORY = "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>";
const withMemoryBacking = (t: string, mb: string): string => t.replace(/\s*<memoryBacking>[\s\S]*?<\/memoryBacking>/, '').replace(/<\/currentMemory>|<\/memory>(?![\s\S]*<currentMemory)/, (m) => `${m}${mb}`);
const seclabelAtEnd = (t: string, x: string): string => t.replace(/\s*<seclabel[^>]*\/>/g, '').replace(/\s*<seclabel[\s>][\s\S]*?<\/seclabel>/g, '').replace(/<\/domain>/, `${x}</domain>`);
const withoutElement = (t: string, name: string): string => t.replace(new RegExp(`\\s*<${name}[^>]*/>`, 'g'), '').replace(new RegExp(`\\s*<${name}[\\s>][\\s\\S]*?</${name}>`, 'g'), '');

export const AREA_OPERATORS: Record<string, Operator> = {
  'memory-device': (t) =>
    variants(t, [
      ['a dimm with maxMemory and NUMA (near miss)', (x) => hotplug(x, dimm())],
      ['a dimm without maxMemory', (x) => hotplug(x, dimm(), false)],
      ['a dimm on guest NUMA node 1 of 1', (x) => hotplug(x, "<memory model='dimm'><target><size unit='KiB'>524288</size><node>1</node></target></memory>")],
      ['two dimms in slot 1', (x) => hotplug(x, dimm(slot(1)) + dimm(slot(1)))],
      ['a dimm in slot 4 of 4', (x) => hotplug(x, dimm(slot(4)))],
      ['five dimms for 4 slots', (x) => hotplug(x, dimm().repeat(5))],
      ['a dimm beyond maxMemory', (x) => hotplug(x, dimm('', 16777216))],
      ['a dimm with a PCI address', (x) => hotplug(x, dimm("<address type='pci' domain='0x0000' bus='0x00' slot='0x0c' function='0x0'/>"))],
      ['an nvdimm with a 64 KiB label', (x) => hotplug(x, nvdimm("<label><size unit='KiB'>64</size></label>"))],
      ['an nvdimm with a 128 KiB label (near miss)', (x) => hotplug(x, nvdimm("<label><size unit='KiB'>128</size></label>"))],
      ['a virtio-mem with a 3000 KiB block', (x) => hotplug(x, virtioMem(3000, 0))],
      ['a virtio-mem requesting 3 MiB of 2 MiB blocks', (x) => hotplug(x, virtioMem(2048, 3072))],
      ['a virtio-mem requesting 4 MiB of 2 MiB blocks (near miss)', (x) => hotplug(x, virtioMem(2048, 4096))],
      ['a virtio-pmem without maxMemory', (x) => hotplug(x, "<memory model='virtio-pmem' access='shared'><source><path>/tmp/pmem</path></source><target><size unit='KiB'>524288</size></target></memory>", false)],
    ]),
  'cputune-pin': (t) =>
    variants(t, [
      ['vcpupin for vCPU 5 of 2', (x) => withVcpus(x, 2, "<cputune><vcpupin vcpu='5' cpuset='0'/></cputune>")],
      ['two vcpupin for vCPU 0', (x) => withVcpus(x, 2, "<cputune><vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='0' cpuset='1'/></cputune>")],
      ['vcpupin and emulatorpin (near miss)', (x) => withVcpus(x, 2, "<cputune><vcpupin vcpu='0' cpuset='0'/><vcpupin vcpu='1' cpuset='1'/><emulatorpin cpuset='0-1'/></cputune>")],
      ['vcpupin to host CPU 5000', (x) => withVcpus(x, 2, "<cputune><vcpupin vcpu='0' cpuset='5000'/></cputune>")],
      ['vcpupin with an empty cpuset', (x) => withVcpus(x, 2, "<cputune><vcpupin vcpu='0' cpuset='^0'/></cputune>")],
      ['iothreadids 1 and 1', (x) => withVcpus(x, 2, "<iothreads>2</iothreads><iothreadids><iothread id='1'/><iothread id='1'/></iothreadids>")],
      ['iothreads 1 with iothreadids 1 and 2', (x) => withVcpus(x, 2, "<iothreads>1</iothreads><iothreadids><iothread id='1'/><iothread id='2'/></iothreadids>")],
      ['iothreads 3 with iothreadid 5 (near miss)', (x) => withVcpus(x, 2, "<iothreads>3</iothreads><iothreadids><iothread id='5'/></iothreadids>")],
      ['iothreadpin for a missing IOThread', (x) => withVcpus(x, 2, "<iothreads>1</iothreads><cputune><iothreadpin iothread='3' cpuset='0'/></cputune>")],
      ['two iothreadpin for IOThread 1', (x) => withVcpus(x, 2, "<iothreads>1</iothreads><cputune><iothreadpin iothread='1' cpuset='0'/><iothreadpin iothread='1' cpuset='1'/></cputune>")],
      ['emulator_period 500', (x) => withVcpus(x, 2, '<cputune><emulator_period>500</emulator_period></cputune>')],
      ['global_quota -5', (x) => withVcpus(x, 2, '<cputune><global_quota>-5</global_quota></cputune>')],
      ['vcpusched for vCPU 3 of 2', (x) => withVcpus(x, 2, "<cputune><vcpusched vcpus='3' scheduler='fifo' priority='1'/></cputune>")],
      ['topology 1x1x2x1 over 4 vCPUs', (x) => withCpu(withVcpus(x, 4), "<cpu><topology sockets='1' dies='1' cores='2' threads='1'/></cpu>")],
      ['topology 2 dies 1x2x2x1 over 4 vCPUs (near miss)', (x) => withCpu(withVcpus(x, 4), "<cpu><topology sockets='1' dies='2' cores='2' threads='1'/></cpu>")],
      ['placement auto with a cpuset', (x) => withVcpus(x, 2).replace("<vcpu placement='static'>2", "<vcpu placement='auto' cpuset='0-1'>2")],
    ]),
  'graphics-listen': (t) =>
    variants(noGraphics(t), [
      ['vnc listen attribute unlike its <listen>', (x) => addDevice(x, "<graphics type='vnc' listen='127.0.0.1'><listen type='address' address='0.0.0.0'/></graphics>")],
      ['vnc listen attribute as its <listen> (near miss)', (x) => addDevice(x, "<graphics type='vnc' listen='127.0.0.1'><listen type='address' address='127.0.0.1'/></graphics>")],
      ['vnc with two listens', (x) => addDevice(x, "<graphics type='vnc'><listen type='address' address='127.0.0.1'/><listen type='address' address='::1'/></graphics>")],
      ['spice with a socket listen', (x) => addDevice(x, "<graphics type='spice'><listen type='socket' socket='/tmp/spice.sock'/></graphics>")],
      ['vnc with a socket listen (near miss)', (x) => addDevice(x, "<graphics type='vnc'><listen type='socket' socket='/tmp/vnc.sock'/></graphics>")],
      ['vnc listen none', (x) => addDevice(x, "<graphics type='vnc'><listen type='none'/></graphics>")],
      ['spice listen none with a port', (x) => addDevice(x, "<graphics type='spice' port='5902' autoport='no'><listen type='none'/></graphics>")],
      ['two spice', (x) => addDevice(x, "<graphics type='spice' autoport='yes'/><graphics type='spice' autoport='yes'/>")],
      ['vnc and spice (near miss)', (x) => addDevice(x, "<graphics type='vnc' autoport='yes'/><graphics type='spice' autoport='yes'/>")],
      ['spice channel secure without a TLS port', (x) => addDevice(x, "<graphics type='spice' port='5903' autoport='no' defaultMode='insecure'><channel name='main' mode='secure'/></graphics>")],
      ['spice channel main twice', (x) => addDevice(x, "<graphics type='spice' autoport='yes'><channel name='main' mode='insecure'/><channel name='main' mode='any'/></graphics>")],
      ['vnc port 5900 autoport no, websocket 5700 (near miss)', (x) => addDevice(x, "<graphics type='vnc' port='5900' autoport='no' websocket='5700'/>")],
      ['vnc port 70000', (x) => addDevice(x, "<graphics type='vnc' port='70000' autoport='no'/>")],
      ['spice tlsPort 5901 without port', (x) => addDevice(x, "<graphics type='spice' tlsPort='5901' autoport='no'/>")],
      ['spice with a network listen', (x) => addDevice(x, "<graphics type='spice'><listen type='network' network='default'/></graphics>")],
      ['vnc with a keymap and sharePolicy', (x) => addDevice(x, "<graphics type='vnc' keymap='fr' sharePolicy='force-shared'/>")],
    ]),
  'chardev-target': (t) =>
    variants(noSerials(t), [
      ['two serials on port 0', (x) => addDevice(x, "<serial type='pty'><target port='0'/></serial><serial type='pty'><target port='0'/></serial>")],
      ['an isa-serial on port 4', (x) => addDevice(x, "<serial type='pty'><target type='isa-serial' port='4'><model name='isa-serial'/></target></serial>")],
      ['an isa-serial on port 3 (near miss)', (x) => addDevice(x, "<serial type='pty'><target type='isa-serial' port='3'><model name='isa-serial'/></target></serial>")],
      ['an isa-serial target with a usb-serial model', (x) => addDevice(x, "<serial type='pty'><target type='isa-serial' port='0'><model name='usb-serial'/></target></serial>")],
      ['a pci-serial target with an isa-serial model', (x) => addDevice(x, "<serial type='pty'><target type='pci-serial' port='0'><model name='isa-serial'/></target></serial>")],
      ['a serial console without a serial', (x) => addDevice(x, "<console type='pty'><target type='serial' port='0'/></console>")],
      ['a serial console on port 1 beside serial 0', (x) => addDevice(x, "<serial type='pty'><target port='0'/></serial><console type='pty'><target type='serial' port='1'/></console>")],
      ['two virtio consoles on port 0', (x) => addDevice(x, "<console type='pty'><target type='virtio' port='0'/></console><console type='pty'><target type='virtio' port='0'/></console>")],
      ['a virtio channel without a name', (x) => addDevice(x, "<channel type='pty'><target type='virtio'/></channel>")],
      ['two virtio channels named org.qemu.guest_agent.0', (x) => addDevice(withoutElement(x, 'channel'), "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel><channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>")],
      ['two channels on virtio-serial port 1', (x) => addDevice(withoutElement(x, 'channel'), "<channel type='pty'><target type='virtio' name='a.0'/><address type='virtio-serial' controller='0' bus='0' port='1'/></channel><channel type='pty'><target type='virtio' name='b.0'/><address type='virtio-serial' controller='0' bus='0' port='1'/></channel>")],
      ['a channel on virtio-serial port 0', (x) => addDevice(withoutElement(x, 'channel'), "<channel type='pty'><target type='virtio' name='a.0'/><address type='virtio-serial' controller='0' bus='0' port='0'/></channel>")],
      ['a guestfwd channel without a port', (x) => addDevice(x, "<channel type='pty'><target type='guestfwd' address='10.0.2.1'/></channel>")],
      ['a xen channel', (x) => addDevice(x, "<channel type='pty'><target type='xen' name='x.0'/></channel>")],
      ['a spiceport serial without a channel', (x) => addDevice(x, "<serial type='spiceport'><target port='0'/></serial>")],
      ['a parallel port 1 (near miss)', (x) => addDevice(x, "<parallel type='pty'><target port='1'/></parallel>")],
      ['a smartcard with two certificates', (x) => addDevice(withoutElement(x, 'smartcard'), "<smartcard mode='host-certificates'><certificate>a</certificate><certificate>b</certificate></smartcard>")],
      ['a usb redirdev of type tcp (near miss)', (x) => addDevice(x, "<redirdev bus='usb' type='tcp'><source mode='connect' host='127.0.0.1' service='4000'/></redirdev>")],
      ['a redirdev with a PCI address', (x) => addDevice(x, "<redirdev bus='usb' type='spicevmc'><address type='pci' domain='0x0000' bus='0x00' slot='0x0d' function='0x0'/></redirdev>")],
    ]),
  hostdev: (t) =>
    variants(t, [
      ['a USB hostdev by vendor and product (near miss)', (x) => addDevice(x, "<hostdev mode='subsystem' type='usb' managed='yes'><source><vendor id='0x1050'/><product id='0x0010'/></source></hostdev>")],
      ['a USB hostdev with a PCI address', (x) => addDevice(x, "<hostdev mode='subsystem' type='usb'><source><vendor id='0x1050'/><product id='0x0010'/></source><address type='pci' domain='0x0000' bus='0x00' slot='0x0e' function='0x0'/></hostdev>")],
      ['a USB hostdev startupPolicy optional (near miss)', (x) => addDevice(x, "<hostdev mode='subsystem' type='usb'><source startupPolicy='optional'><vendor id='0x1050'/><product id='0x0010'/></source></hostdev>")],
      ['a PCI hostdev with startupPolicy', (x) => addDevice(x, "<hostdev mode='subsystem' type='pci' managed='yes'><source startupPolicy='optional'><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source></hostdev>")],
      ['a PCI hostdev with driver kvm', (x) => addDevice(x, PCI_HOSTDEV("<driver name='kvm'/>"))],
      ['a PCI hostdev with driver vfio and rom off (near miss)', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><rom bar='off'/>"))],
      ['a PCI hostdev readonly', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><readonly/>"))],
      ['a PCI hostdev shareable', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><shareable/>"))],
      ['a PCI hostdev with a USB address', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><address type='usb' bus='0' port='5'/>"))],
      ['a PCI hostdev rom file and bar off', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><rom bar='off' file='/tmp/rom.bin'/>"))],
      ['a PCI hostdev rom disabled with a file', (x) => addDevice(x, PCI_HOSTDEV("<driver name='vfio'/><rom enabled='no' file='/tmp/rom.bin'/>"))],
      ['a SCSI hostdev (near miss)', (x) => addDevice(x, "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source></hostdev>")],
      ['a SCSI hostdev with a PCI address', (x) => addDevice(x, "<hostdev mode='subsystem' type='scsi'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source><address type='pci' domain='0x0000' bus='0x00' slot='0x0e' function='0x0'/></hostdev>")],
      ['a SCSI hostdev with sgio unfiltered and rawio', (x) => addDevice(x, "<hostdev mode='subsystem' type='scsi' sgio='unfiltered' rawio='yes'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source></hostdev>")],
      ['a scsi_host (vhost) hostdev', (x) => addDevice(x, "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5001405df3e54061'/></hostdev>")],
      ['an mdev hostdev vfio-pci (near miss)', (x) => addDevice(x, "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>")],
      ['an mdev hostdev vfio-ccw', (x) => addDevice(x, "<hostdev mode='subsystem' type='mdev' model='vfio-ccw'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>")],
      ['an mdev hostdev with display on and no graphics', (x) => addDevice(noGraphics(x), "<hostdev mode='subsystem' type='mdev' model='vfio-pci' display='on'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>")],
    ]),
  'os-block': (t) =>
    variants(t, [
      ['kernel, initrd and cmdline (near miss)', (x) => replaceOs(x, '<kernel>/tmp/vmlinuz</kernel><initrd>/tmp/initrd</initrd><cmdline>console=ttyS0</cmdline>')],
      ['initrd without a kernel', (x) => replaceOs(x, '<initrd>/tmp/initrd</initrd>')],
      ['cmdline without a kernel', (x) => replaceOs(x, '<cmdline>console=ttyS0</cmdline>')],
      ['a dtb on x86', (x) => replaceOs(x, '<kernel>/tmp/vmlinuz</kernel><dtb>/tmp/x.dtb</dtb>')],
      ['an init on hvm', (x) => replaceOs(x, "<init>/bin/sh</init><boot dev='hd'/>")],
      ['a rom loader marked secure', (x) => replaceOs(x, "<loader type='rom' secure='yes'>/usr/share/seabios/bios.bin</loader>")],
      ['a pflash loader, read-write, without nvram', (x) => replaceOs(x, "<loader readonly='no' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>")],
      ['efi with an explicit loader (near miss)', (x) => replaceOs(x, "<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>", " firmware='efi'")],
      ['efi with an nvram template', (x) => replaceOs(x, "<nvram template='/usr/share/OVMF/OVMF_VARS_4M.fd'/>", " firmware='efi'")],
      ['smbios sysinfo without <sysinfo>', (x) => replaceOs(x.replace(/\s*<sysinfo[\s\S]*?<\/sysinfo>/, ''), "<smbios mode='sysinfo'/>")],
      ['smbios host (near miss)', (x) => replaceOs(x, "<smbios mode='host'/>")],
      ['an acpi table without acpi', (x) => replaceOs(x.replace(/\s*<acpi\/>/, ''), "<acpi><table type='slic'>/tmp/slic.dat</table></acpi>")],
      ['a bootloader on qemu', (x) => x.replace(/<os[\s>]/, (m) => `<bootloader>/usr/bin/pygrub</bootloader>${m}`)],
      ['os type linux', (x) => x.replace(/(<type[^>]*>)hvm</, '$1linux<')],
      ['bootmenu on with a boot order on a disk', (x) => replaceOs(x, "<bootmenu enable='yes'/>")?.replace(/<\/disk>/, "<boot order='1'/></disk>")],
    ]),
  'filesystem-more': (t) =>
    variants(t, [
      ['two filesystems with target dir t', (x) => addDevice(x, fs9p('t') + fs9p('t'))],
      ['a virtiofs without shared memory', (x) => addDevice(x.replace(/\s*<memoryBacking>[\s\S]*?<\/memoryBacking>/, ''), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='t'/></filesystem>")],
      ['a virtiofs with shared memory (near miss)', (x) => addDevice(withMemoryBacking(x, SHARED_MEMORY), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs' queue='1024'/><binary path='/usr/libexec/virtiofsd' xattr='on'><cache mode='always'/></binary><source dir='/tmp'/><target dir='t'/></filesystem>")],
      ['a virtiofs with an external socket', (x) => addDevice(withMemoryBacking(x, SHARED_MEMORY), "<filesystem type='mount'><driver type='virtiofs'/><source socket='/tmp/vfsd.sock'/><target dir='t'/></filesystem>")],
      ['a virtiofs with a binary and an external socket', (x) => addDevice(withMemoryBacking(x, SHARED_MEMORY), "<filesystem type='mount'><driver type='virtiofs'/><binary path='/usr/libexec/virtiofsd'/><source socket='/tmp/vfsd.sock'/><target dir='t'/></filesystem>")],
      ['a ram filesystem', (x) => addDevice(x, "<filesystem type='ram'><source usage='1024' units='KiB'/><target dir='t'/></filesystem>")],
      ['a block filesystem', (x) => addDevice(x, "<filesystem type='block'><source dev='/dev/sdb'/><target dir='t'/></filesystem>")],
      ['a 9p fmode with passthrough', (x) => addDevice(x, fs9p('t', '', " accessmode='passthrough' fmode='644' dmode='755'"))],
      ['a 9p fmode with mapped (near miss)', (x) => addDevice(x, fs9p('t', '', " accessmode='mapped' fmode='644' dmode='755'"))],
      ['a 9p path driver with wrpolicy immediate', (x) => addDevice(x, fs9p('t', "<driver type='path' wrpolicy='immediate'/>"))],
      ['a 9p handle driver', (x) => addDevice(x, fs9p('t', "<driver type='handle'/>"))],
      ['a 9p multidevs remap (near miss)', (x) => addDevice(x, fs9p('t', '', " accessmode='mapped' multidevs='remap'"))],
      ['a 9p with a queue size', (x) => addDevice(x, fs9p('t', "<driver type='path' queue='512'/>"))],
      ['a virtiofs with a virtio-serial address', (x) => addDevice(withMemoryBacking(x, SHARED_MEMORY), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='t'/><address type='virtio-serial' controller='0' bus='0' port='5'/></filesystem>")],
    ]),
  seclabel: (t) =>
    variants(t, [
      ['a static selinux label without <label>', (x) => seclabelAtEnd(x, "<seclabel type='static' model='selinux' relabel='no'/>")],
      ['type none with relabel yes', (x) => seclabelAtEnd(x, "<seclabel type='none' relabel='yes'/>")],
      ['two dac labels', (x) => seclabelAtEnd(x, "<seclabel type='dynamic' model='dac'/><seclabel type='static' model='dac'><label>0:0</label></seclabel>")],
      ['a dynamic dac label with a baselabel', (x) => seclabelAtEnd(x, "<seclabel type='dynamic' model='dac'><baselabel>107:107</baselabel></seclabel>")],
      ['a static dac label (near miss)', (x) => seclabelAtEnd(x, "<seclabel type='static' model='dac' relabel='yes'><label>107:107</label></seclabel>")],
      ['a dynamic selinux label with an imagelabel', (x) => seclabelAtEnd(x, "<seclabel type='dynamic' model='selinux'><imagelabel>system_u:object_r:svirt_image_t:s0</imagelabel></seclabel>")],
      ['an apparmor label', (x) => seclabelAtEnd(x, "<seclabel type='dynamic' model='apparmor'/>")],
      ['a disk source dac label relabel no (near miss)', (x) => x.replace(/<source file=(['"])([^'"]*)\1\/>/, "<source file='$2'><seclabel model='dac' relabel='no'/></source>")],
      ['a disk source label with relabel no and a label', (x) => x.replace(/<source file=(['"])([^'"]*)\1\/>/, "<source file='$2'><seclabel model='dac' relabel='no'><label>0:0</label></seclabel></source>")],
      ['a disk source label for a model the domain lacks', (x) => seclabelAtEnd(x, "<seclabel type='none' model='dac'/>").replace(/<source file=(['"])([^'"]*)\1\/>/, "<source file='$2'><seclabel model='selinux' relabel='yes'><label>system_u:object_r:svirt_image_t:s0</label></seclabel></source>")],
    ]),
  'balloon-rng-vsock': (t) =>
    variants(t, [
      ['balloon stats period -1', (x) => x.replace(/<memballoon model=(['"])virtio\1[^>]*\/>/, "<memballoon model='virtio'><stats period='-1'/></memballoon>").replace(/<stats period=(['"])\d+\1\/>/, "<stats period='-1'/>")],
      ['balloon virtio-non-transitional with autodeflate (near miss)', (x) => withoutElement(x, 'memballoon').replace('</devices>', "<memballoon model='virtio-non-transitional' autodeflate='on'/></devices>")],
      ['balloon with a virtio-serial address', (x) => withoutElement(x, 'memballoon').replace('</devices>', "<memballoon model='virtio'><address type='virtio-serial' controller='0' bus='0' port='7'/></memballoon></devices>")],
      ['balloon with ats on', (x) => withoutElement(x, 'memballoon').replace('</devices>', "<memballoon model='virtio'><driver ats='on'/></memballoon></devices>")],
      ['rng rate period 0', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><rate bytes='1234' period='0'/><backend model='random'>/dev/urandom</backend></rng>")],
      ['rng rate bytes 0', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><rate bytes='0'/><backend model='random'>/dev/urandom</backend></rng>")],
      ['rng /dev/hwrng (near miss)', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><backend model='random'>/dev/hwrng</backend></rng>")],
      ['rng /dev/zero', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><backend model='random'>/dev/zero</backend></rng>")],
      ['rng egd tcp connect', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><backend model='egd' type='tcp'><source mode='connect' host='127.0.0.1' service='1234'/><protocol type='raw'/></backend></rng>")],
      ['two rngs', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng><rng model='virtio'><backend model='builtin'/></rng>")],
      ['vsock cid 1', (x) => addDevice(x, "<vsock model='virtio'><cid auto='no' address='1'/></vsock>")],
      ['vsock cid auto with an address', (x) => addDevice(x, "<vsock model='virtio'><cid auto='yes' address='5'/></vsock>")],
      ['vsock with a virtio-serial address', (x) => addDevice(x, "<vsock model='virtio'><cid auto='yes'/><address type='virtio-serial' controller='0' bus='0' port='6'/></vsock>")],
      ['shmem ivshmem-plain with a server', (x) => addDevice(x, "<shmem name='s0'><model type='ivshmem-plain'/><server path='/tmp/ivsh'/></shmem>")],
      ['shmem ivshmem-doorbell with msi (near miss)', (x) => addDevice(x, "<shmem name='s0'><model type='ivshmem-doorbell'/><server path='/tmp/ivsh'/><msi vectors='32' ioeventfd='on'/></shmem>")],
      ['shmem ivshmem-plain with msi', (x) => addDevice(x, "<shmem name='s0'><model type='ivshmem-plain'/><size unit='M'>4</size><msi vectors='32'/></shmem>")],
      ['two shmem named s0', (x) => addDevice(x, "<shmem name='s0'><model type='ivshmem-plain'/></shmem><shmem name='s0'><model type='ivshmem-plain'/></shmem>")],
    ]),
  'memory-backing': (t) =>
    variants(t, [
      ['memfd shared (near miss)', (x) => withMemoryBacking(x, "<memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>")],
      ['file source with hugepages', (x) => withMemoryBacking(x, "<memoryBacking><hugepages/><source type='file'/></memoryBacking>")],
      ['memfd with hugepages (near miss)', (x) => withMemoryBacking(x, "<memoryBacking><hugepages/><source type='memfd'/></memoryBacking>")],
      ['anonymous with hugepages', (x) => withMemoryBacking(x, "<memoryBacking><hugepages/><source type='anonymous'/></memoryBacking>")],
      ['discard with hugepages', (x) => withMemoryBacking(x, '<memoryBacking><hugepages/><discard/></memoryBacking>')],
      ['allocation threads 0', (x) => withMemoryBacking(x, "<memoryBacking><allocation mode='immediate' threads='0'/></memoryBacking>")],
      ['allocation ondemand with threads (near miss)', (x) => withMemoryBacking(x, "<memoryBacking><allocation mode='ondemand' threads='4'/></memoryBacking>")],
      ['locked without hard_limit (near miss)', (x) => withMemoryBacking(x, '<memoryBacking><locked/></memoryBacking>')],
      ['nosharepages and locked (near miss)', (x) => withMemoryBacking(x, '<memoryBacking><nosharepages/><locked/></memoryBacking>')],
      ['two hugepage sizes without nodeset', (x) => withMemoryBacking(x, "<memoryBacking><hugepages><page size='2048' unit='KiB'/><page size='1048576' unit='KiB'/></hugepages></memoryBacking>")],
      ['hugepages 3 KiB', (x) => withMemoryBacking(x, "<memoryBacking><hugepages><page size='3' unit='KiB'/></hugepages></memoryBacking>")],
    ]),
  'cpu-feature': (t) =>
    variants(t, [
      ['feature vmx twice', (x) => withCpu(x, "<cpu mode='custom' match='exact'><model fallback='allow'>qemu64</model><feature policy='require' name='vmx'/><feature policy='disable' name='vmx'/></cpu>")],
      ['vendor without a model', (x) => withCpu(x, "<cpu mode='custom' match='exact'><vendor>Intel</vendor></cpu>")],
      ['model with vendor Intel (near miss)', (x) => withCpu(x, "<cpu mode='custom' match='exact'><model>qemu64</model><vendor>Intel</vendor></cpu>")],
      ['features on host-passthrough (near miss)', (x) => withCpu(x, "<cpu mode='host-passthrough'><feature policy='disable' name='vmx'/></cpu>")],
      ['feature policy forbid on custom (near miss)', (x) => withCpu(x, "<cpu mode='custom' match='exact'><model>qemu64</model><feature policy='forbid' name='svm'/></cpu>")],
      ['unknown feature name', (x) => withCpu(x, "<cpu mode='custom' match='exact'><model>qemu64</model><feature policy='require' name='nosuchfeature'/></cpu>")],
      ['unknown model name', (x) => withCpu(x, "<cpu mode='custom' match='exact'><model>NoSuchCpu</model></cpu>")],
      ['match minimum with check none (near miss)', (x) => withCpu(x, "<cpu mode='custom' match='minimum' check='none'><model>qemu64</model></cpu>")],
      ['topology with clusters', (x) => withCpu(withVcpus(x, 4), "<cpu><topology sockets='1' dies='1' clusters='2' cores='2' threads='1'/></cpu>")],
      ['topology threads 2 on 2 vCPUs (near miss)', (x) => withCpu(withVcpus(x, 2), "<cpu><topology sockets='1' dies='1' cores='1' threads='2'/></cpu>")],
      ['topology sockets 0', (x) => withCpu(withVcpus(x, 2), "<cpu><topology sockets='0' dies='1' cores='2' threads='1'/></cpu>")],
    ]),
  'vcpus-hotplug': (t) =>
    variants(t, [
      ['vcpu 1 hot-pluggable before vcpu 0 in order', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no' order='2'/><vcpu id='1' enabled='yes' hotpluggable='yes' order='1'/></vcpus>")],
      ['vcpu 0 hot-pluggable', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='yes'/><vcpu id='1' enabled='yes' hotpluggable='yes'/></vcpus>")],
      ['vcpu 0 disabled', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='no' hotpluggable='yes'/><vcpu id='1' enabled='yes' hotpluggable='yes'/></vcpus>")],
      ['vcpu id 5 of 2', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/><vcpu id='5' enabled='yes' hotpluggable='yes'/></vcpus>")],
      ['vcpu 1 listed twice', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/><vcpu id='1' enabled='yes' hotpluggable='yes'/><vcpu id='1' enabled='no' hotpluggable='yes'/></vcpus>")],
      ['two vCPUs with order 1', (x) => withVcpus(x, 3, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no' order='1'/><vcpu id='1' enabled='yes' hotpluggable='yes' order='1'/><vcpu id='2' enabled='no' hotpluggable='yes'/></vcpus>")],
      ['only vcpu 0 listed of 2', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/></vcpus>")],
      ['current 1 and vcpus both enabled', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/><vcpu id='1' enabled='yes' hotpluggable='yes'/></vcpus>").replace("<vcpu placement='static'>2", "<vcpu placement='static' current='1'>2")],
      ['vcpus in order (near miss)', (x) => withVcpus(x, 2, "<vcpus><vcpu id='0' enabled='yes' hotpluggable='no' order='1'/><vcpu id='1' enabled='no' hotpluggable='yes'/></vcpus>")],
    ]),
  'iothread-users': (t) =>
    variants(t, [
      ['disk iothread 2 with 1 IOThread', (x) => editElement(withVcpus(x, 2, '<iothreads>1</iothreads>'), 'disk', (d) => first(d, /<driver [^>]*?\/>/, (tag) => setAttrs(tag, " iothread='2'")), (d) => /bus=['"]virtio['"]/.test(d))],
      ['virtio-scsi controller iothread 3 with 2 IOThreads', (x) => addDevice(withVcpus(x, 2, '<iothreads>2</iothreads>'), "<controller type='scsi' index='5' model='virtio-scsi'><driver iothread='3'/></controller>")],
      ['virtio-scsi controller iothread 2 with 2 IOThreads (near miss)', (x) => addDevice(withVcpus(x, 2, '<iothreads>2</iothreads>'), "<controller type='scsi' index='5' model='virtio-scsi'><driver iothread='2'/></controller>")],
      ['sata disk with an iothread', (x) => addDevice(withVcpus(x, 2, '<iothreads>1</iothreads>'), "<disk type='file' device='disk'><driver name='qemu' type='raw' iothread='1'/><source file='/tmp/x.img'/><target dev='sdz' bus='sata'/></disk>")],
      ['virtio-blk iothread 1 with no IOThreads', (x) => addDevice(withVcpus(x, 2), "<disk type='file' device='disk'><driver name='qemu' type='raw' iothread='1'/><source file='/tmp/x.img'/><target dev='vdz' bus='virtio'/></disk>")],
      ['virtio-blk with queues 4 and iothread (near miss)', (x) => addDevice(withVcpus(x, 2, '<iothreads>1</iothreads>'), "<disk type='file' device='disk'><driver name='qemu' type='raw' queues='4' iothread='1'/><source file='/tmp/x.img'/><target dev='vdz' bus='virtio'/></disk>")],
      ['virtio-serial controller with an iothread', (x) => addDevice(withVcpus(x, 2, '<iothreads>1</iothreads>'), "<controller type='virtio-serial' index='3'><driver iothread='1'/></controller>")],
      ['lsilogic controller with an iothread', (x) => addDevice(withVcpus(x, 2, '<iothreads>1</iothreads>'), "<controller type='scsi' index='5' model='lsilogic'><driver iothread='1'/></controller>")],
    ]),
  'smartcard-usb': (t) =>
    variants(withoutElement(t, 'smartcard'), [
      ['smartcard host-certificates with 3 certificates (near miss)', (x) => addDevice(x, "<smartcard mode='host-certificates'><certificate>a</certificate><certificate>b</certificate><certificate>c</certificate></smartcard>")],
      ['smartcard with a ccid address on controller 2', (x) => addDevice(x, "<smartcard mode='host'><address type='ccid' controller='2' slot='0'/></smartcard>")],
      ['two smartcards on ccid slot 0', (x) => addDevice(x, "<smartcard mode='host'><address type='ccid' controller='0' slot='0'/></smartcard><smartcard mode='host'><address type='ccid' controller='0' slot='0'/></smartcard>")],
      ['smartcard passthrough tcp (near miss)', (x) => addDevice(x, "<smartcard mode='passthrough' type='tcp'><source mode='bind' host='127.0.0.1' service='2001'/><protocol type='raw'/></smartcard>")],
      ['redirfilter allowing all (near miss)', (x) => addDevice(x, "<redirdev bus='usb' type='tcp'><source mode='connect' host='127.0.0.1' service='4000'/></redirdev><redirfilter><usbdev allow='yes'/></redirfilter>")],
      ['redirfilter with a bad version', (x) => addDevice(x, "<redirdev bus='usb' type='tcp'><source mode='connect' host='127.0.0.1' service='4000'/></redirdev><redirfilter><usbdev class='0x08' version='2.0a' allow='yes'/></redirfilter>")],
      ['usb hub on port 1 and a tablet on port 1.1 (near miss)', (x) => addDevice(x, "<hub type='usb'><address type='usb' bus='0' port='1'/></hub><input type='tablet' bus='usb'><address type='usb' bus='0' port='1.1'/></input>")],
      ['tablet on port 1.1 without a hub', (x) => addDevice(x, "<input type='tablet' bus='usb'><address type='usb' bus='0' port='1.1'/></input>")],
      ['two tablets on USB port 1', (x) => addDevice(x, "<input type='tablet' bus='usb'><address type='usb' bus='0' port='1'/></input><input type='tablet' bus='usb'><address type='usb' bus='0' port='1'/></input>")],
    ]),
  'interface-more': (t) =>
    variants(t, [
      ['user NIC with a bandwidth (near miss)', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><bandwidth><inbound average='1000'/></bandwidth></interface>")],
      ['user NIC with a virtualport', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><virtualport type='openvswitch'/></interface>")],
      ['user NIC with a multicast MAC', (x) => addDevice(x, "<interface type='user'><mac address='01:00:5e:00:00:01'/><model type='virtio'/></interface>")],
      ['two NICs with one MAC (near miss)', (x) => addDevice(x, "<interface type='user'><mac address='52:54:00:11:22:33'/><model type='virtio'/></interface><interface type='user'><mac address='52:54:00:11:22:33'/><model type='virtio'/></interface>")],
      ['ethernet NIC with a vnet target name', (x) => addDevice(x, "<interface type='ethernet'><target dev='vnet5'/><model type='virtio'/></interface>")],
      ['ethernet NIC with a managed=no target (near miss)', (x) => addDevice(x, "<interface type='ethernet'><target dev='mytap0' managed='no'/><model type='virtio'/></interface>")],
      ['user NIC with acpi index 0', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><acpi index='0'/></interface>")],
      ['two NICs with acpi index 3', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><acpi index='3'/></interface><interface type='user'><model type='e1000'/><acpi index='3'/></interface>")],
      ['user NIC with a script', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><script path='/etc/qemu-ifup'/></interface>")],
      ['ethernet NIC with a downscript (near miss)', (x) => addDevice(x, "<interface type='ethernet'><model type='virtio'/><downscript path='/etc/qemu-ifdown'/></interface>")],
      ['user NIC with a tap backend', (x) => addDevice(x, "<interface type='user'><model type='virtio'/><backend tap='/dev/net/tun'/></interface>")],
      ['user NIC with a portgroup', (x) => addDevice(x, "<interface type='user'><source portgroup='pg1'/><model type='virtio'/></interface>")],
      ['NIC with boot order and rom off (near miss)', (x) => addDevice(x.replace(/\s*<boot dev=(['"])[a-z]+\1\/>/g, ''), "<interface type='user'><model type='virtio'/><boot order='1'/><rom bar='off'/></interface>")],
    ]),
  'network-disk': (t) =>
    variants(t, [
      ['nbd disk with two hosts', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='nbd' name='e'><host name='a.example' port='10809'/><host name='b.example' port='10809'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['rbd disk with two hosts (near miss)', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='rbd' name='pool/img'><host name='a.example' port='6789'/><host name='b.example' port='6789'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['iscsi disk without a name', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='iscsi'><host name='a.example' port='3260'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['http disk writable', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='http' name='/x.img'><host name='a.example' port='80'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['http cdrom readonly (near miss)', (x) => addDevice(x, "<disk type='network' device='cdrom'><driver name='qemu' type='raw'/><source protocol='http' name='/x.iso'><host name='a.example' port='80'/></source><target dev='sdy' bus='sata'/><readonly/></disk>")],
      ['gluster disk with a unix host without socket', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='gluster' name='vol/img'><host transport='unix'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['nbd disk over a unix socket (near miss)', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='nbd'><host transport='unix' socket='/tmp/nbd.sock'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['nbd host with port 0', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='nbd' name='e'><host name='a.example' port='0'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['ssh disk with a known_hosts and a user (near miss)', (x) => addDevice(x, "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='ssh' name='/x.img'><host name='a.example' port='22'/><knownHosts path='/tmp/kh'/></source><target dev='vdy' bus='virtio'/></disk>")],
      ['nvme disk without an address', (x) => addDevice(x, "<disk type='nvme' device='disk'><driver name='qemu' type='raw'/><source type='pci' managed='yes' namespace='1'/><target dev='vdy' bus='virtio'/></disk>")],
      ['nvme disk of type qcow2', (x) => addDevice(x, "<disk type='nvme' device='disk'><driver name='qemu' type='qcow2'/><source type='pci' managed='yes' namespace='1'><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source><target dev='vdy' bus='virtio'/></disk>")],
    ]),
  'tpm-more': (t) =>
    variants(withoutElement(t, 'tpm'), [
      ['tpm emulator 1.2 with active PCR banks', (x) => addDevice(x, "<tpm model='tpm-tis'><backend type='emulator' version='1.2'><active_pcr_banks><sha256/></active_pcr_banks></backend></tpm>")],
      ['tpm emulator 2.0 with active PCR banks (near miss)', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='emulator' version='2.0'><active_pcr_banks><sha256/></active_pcr_banks></backend></tpm>")],
      ['tpm emulator with persistent_state (near miss)', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='emulator' version='2.0' persistent_state='yes'/></tpm>")],
      ['tpm emulator with encryption of a missing secret', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='emulator' version='2.0'><encryption secret='6dd3e4a5-1d76-44ce-961f-f119f5aad935'/></backend></tpm>")],
      ['tpm passthrough crb', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='passthrough'><device path='/dev/tpm0'/></backend></tpm>")],
      ['tpm external with a socket', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='external'><source type='unix' mode='connect' path='/tmp/swtpm.sock'/></backend></tpm>")],
      ['tpm with an address', (x) => addDevice(x, "<tpm model='tpm-crb'><backend type='emulator' version='2.0'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0e' function='0x0'/></tpm>")],
      ['tpm emulator without a version (near miss)', (x) => addDevice(x, "<tpm model='tpm-tis'><backend type='emulator'/></tpm>")],
    ]),
  'sysinfo-more': (t) =>
    variants(t.replace(/\s*<sysinfo[\s\S]*?<\/sysinfo>/g, ''), [
      ['fwcfg entry without opt/', (x) => x.replace(/<devices>/, "<sysinfo type='fwcfg'><entry name='mykey'>v</entry></sysinfo>\n  <devices>")],
      ['fwcfg entry opt/com.example/x (near miss)', (x) => x.replace(/<devices>/, "<sysinfo type='fwcfg'><entry name='opt/com.example/x'>v</entry></sysinfo>\n  <devices>")],
      ['fwcfg entry twice', (x) => x.replace(/<devices>/, "<sysinfo type='fwcfg'><entry name='opt/com.example/x'>v</entry><entry name='opt/com.example/x'>w</entry></sysinfo>\n  <devices>")],
      ['fwcfg entry with a file and a value', (x) => x.replace(/<devices>/, "<sysinfo type='fwcfg'><entry name='opt/com.example/x' file='/tmp/f'>v</entry></sysinfo>\n  <devices>")],
      ['smbios oemStrings (near miss)', (x) => x.replace(/<devices>/, "<sysinfo type='smbios'><oemStrings><entry>a</entry></oemStrings></sysinfo>\n  <devices>")],
      ['smbios system uuid unlike the domain', (x) => x.replace(/<devices>/, "<sysinfo type='smbios'><system><entry name='uuid'>c7a5fdbd-edaf-9455-926a-d65c16db1809</entry></system></sysinfo>\n  <devices>").replace(/<name>/, '<uuid>c7a5fdbd-edaf-9455-926a-d65c16db1800</uuid><name>')],
      ['two smbios sysinfos', (x) => x.replace(/<devices>/, "<sysinfo type='smbios'><bios><entry name='vendor'>a</entry></bios></sysinfo><sysinfo type='smbios'><bios><entry name='vendor'>b</entry></bios></sysinfo>\n  <devices>")],
      ['smbios bios date 2/31/2020', (x) => x.replace(/<devices>/, "<sysinfo type='smbios'><bios><entry name='date'>02/31/2020</entry></bios></sysinfo>\n  <devices>")],
    ]),
  'numatune-more': (t) =>
    variants(withCpu(withVcpus(t, 2), "<cpu><numa><cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='1' memory='524288' unit='KiB'/></numa></cpu>").replace(/\s*<numatune>[\s\S]*?<\/numatune>/, ''), [
      ['memnode for cell 2 of 2', (x) => x.replace(/<devices>/, "<numatune><memnode cellid='2' mode='strict' nodeset='0'/></numatune>\n  <devices>")],
      ['memnode for cell 1 twice', (x) => x.replace(/<devices>/, "<numatune><memnode cellid='1' mode='strict' nodeset='0'/><memnode cellid='1' mode='preferred' nodeset='0'/></numatune>\n  <devices>")],
      ['memnode for cell 1 (near miss)', (x) => x.replace(/<devices>/, "<numatune><memnode cellid='1' mode='strict' nodeset='0'/></numatune>\n  <devices>")],
      ['memory placement auto with a nodeset', (x) => x.replace(/<devices>/, "<numatune><memory mode='strict' placement='auto' nodeset='0'/></numatune>\n  <devices>")],
      ['memory placement static without a nodeset', (x) => x.replace(/<devices>/, "<numatune><memory mode='strict' placement='static'/></numatune>\n  <devices>")],
      ['memory restrictive with a memnode strict', (x) => x.replace(/<devices>/, "<numatune><memory mode='restrictive' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/></numatune>\n  <devices>")],
      ['memory nodeset 0,^0', (x) => x.replace(/<devices>/, "<numatune><memory mode='strict' nodeset='0,^0'/></numatune>\n  <devices>")],
      ['cell memory 0', (x) => x.replace("<cell id='0' cpus='0' memory='524288' unit='KiB'/>", "<cell id='0' cpus='0' memory='0' unit='KiB'/>")],
      ['cells with memAccess shared and discard (near miss)', (x) => x.replace("<cell id='0' cpus='0' memory='524288' unit='KiB'/>", "<cell id='0' cpus='0' memory='524288' unit='KiB' memAccess='shared' discard='yes'/>")],
      ['vcpu placement auto with numatune placement static', (x) => x.replace("<vcpu placement='static'>2", "<vcpu placement='auto'>2").replace(/<devices>/, "<numatune><memory mode='strict' placement='static' nodeset='0'/></numatune>\n  <devices>")],
    ]),
  'misc-more': (t) =>
    variants(t, [
      ['crypto virtio builtin (near miss)', (x) => addDevice(x, "<crypto model='virtio' type='qemu'><backend model='builtin' queues='1'/></crypto>")],
      ['crypto virtio lkcf', (x) => addDevice(x, "<crypto model='virtio' type='qemu'><backend model='lkcf'/></crypto>")],
      ['genid auto (near miss)', (x) => x.replace(/<name>/, '<genid/><name>')],
      ['genid on isapc', (x) => x.replace(/<name>/, '<genid/><name>').replace(/machine=(['"])[^'"]*\1/, "machine='isapc'")],
      ['perf event cmt', (x) => x.replace(/<devices>/, "<perf><event name='cmt' enabled='yes'/></perf>\n  <devices>")],
      ['keywrap on x86', (x) => x.replace(/<devices>/, "<keywrap><cipher name='aes' state='off'/></keywrap>\n  <devices>")],
      ['keywrap aes twice', (x) => x.replace(/<devices>/, "<keywrap><cipher name='aes' state='off'/><cipher name='aes' state='on'/></keywrap>\n  <devices>")],
      ['pstore acpi-erst', (x) => addDevice(x, "<pstore backend='acpi-erst'><path>/tmp/erst</path><size unit='KiB'>8</size></pstore>")],
      ['lease without a lockspace host', (x) => addDevice(x, "<lease><lockspace>s</lockspace><key>k</key><target path='/tmp/lease'/></lease>")],
      ['nvram device on x86', (x) => addDevice(x, "<nvram><address type='spapr-vio' reg='0x3000'/></nvram>")],
    ]),
  'virtio-options': (t) =>
    variants(t, [
      ['virtio disk with driver iommu on and no IOMMU (near miss)', (x) => addDevice(x, "<disk type='file' device='disk'><driver name='qemu' type='raw' iommu='on'/><source file='/tmp/x.img'/><target dev='vdz' bus='virtio'/></disk>")],
      ['sata disk with driver iommu on', (x) => addDevice(x, "<disk type='file' device='disk'><driver name='qemu' type='raw' iommu='on'/><source file='/tmp/x.img'/><target dev='sdz' bus='sata'/></disk>")],
      ['e1000 NIC with driver packed on', (x) => addDevice(x, "<interface type='user'><model type='e1000'/><driver packed='on'/></interface>")],
      ['virtio balloon with packed and ats (near miss)', (x) => withoutElement(x, 'memballoon').replace('</devices>', "<memballoon model='virtio'><driver packed='on' ats='on'/></memballoon></devices>")],
      ['virtio rng with page_per_vq', (x) => addDevice(withoutElement(x, 'rng'), "<rng model='virtio'><backend model='random'>/dev/urandom</backend><driver page_per_vq='on'/></rng>")],
      ['virtio-serial controller with iommu on (near miss)', (x) => addDevice(x, "<controller type='virtio-serial' index='4'><driver iommu='on'/></controller>")],
      ['usb controller with driver iommu', (x) => addDevice(x, "<controller type='usb' index='3' model='qemu-xhci'><driver iommu='on'/></controller>")],
      ['virtio input with driver iommu (near miss)', (x) => addDevice(x, "<input type='keyboard' bus='virtio'><driver iommu='on'/></input>")],
      ['virtio vsock with driver ats', (x) => addDevice(x, "<vsock model='virtio'><cid auto='yes'/><driver ats='on'/></vsock>")],
      ['virtio-transitional disk with packed (near miss)', (x) => addDevice(x, "<disk type='file' device='disk' model='virtio-transitional'><driver name='qemu' type='raw' packed='on'/><source file='/tmp/x.img'/><target dev='vdz' bus='virtio'/></disk>")],
    ]),
  'video-heads': (t) =>
    variants(t.replace(/\s*<video>[\s\S]*?<\/video>/g, ''), [
      ['qxl with 4 heads (near miss)', (x) => addDevice(x, "<video><model type='qxl' heads='4'/></video>")],
      ['virtio with 16 heads (near miss)', (x) => addDevice(x, "<video><model type='virtio' heads='16'/></video>")],
      ['virtio with 17 heads', (x) => addDevice(x, "<video><model type='virtio' heads='17'/></video>")],
      ['bochs with 2 heads', (x) => addDevice(x, "<video><model type='bochs' heads='2'/></video>")],
      ['qxl primary and a second qxl (near miss)', (x) => addDevice(x, "<video><model type='qxl' primary='yes'/></video><video><model type='qxl'/></video>")],
      ['vga secondary to a qxl', (x) => addDevice(x, "<video><model type='qxl' primary='yes'/></video><video><model type='vga'/></video>")],
      ['virtio primary and a ramfb', (x) => addDevice(x, "<video><model type='virtio' primary='yes'/></video><video><model type='ramfb'/></video>")],
      ['qxl ram smaller than vgamem', (x) => addDevice(x, "<video><model type='qxl' ram='8192' vram='65536' vgamem='16384'/></video>")],
      ['qxl vram64 below vram', (x) => addDevice(x, "<video><model type='qxl' ram='65536' vram='65536' vram64='1024'/></video>")],
      ['virtio with blob on', (x) => addDevice(x, "<video><model type='virtio'/><driver name='qemu'/></video>").replace("<model type='virtio'/>", "<model type='virtio' blob='on'/>")],
      ['two virtio with acceleration accel3d (near miss)', (x) => addDevice(x, "<video><model type='virtio'><acceleration accel3d='no'/></model></video>")],
    ]),
};
