/**
 * Targeted mutations for the fidelity hunt (fidelity-hunt.test.ts): each operator edits a domain
 * the way a user does (another disk bus, NIC model, controller index, PCI slot, boot order, firmware,
 * memory numbers, CPU mode, chardev, video, TPM, watchdog, panic, IOMMU, features …), drawn from
 * the facts in ../shared/RULES-CATALOGUE.md. They work on the text (regular expressions on the
 * shapes virt-install writes): a mutant that is not well-formed or schema-valid is still a finding
 * for the grammar comparison. Every operator lists all its variants; the hunt picks among them.
 */

import { addDevice, each, editElement, first, setAttrs, setFeatures, type Operator, type Variant, v } from './hunt-text.js';
import { AREA_OPERATORS } from './hunt-mutations-areas.js';

export interface HuntMutant {
  readonly op: string;
  readonly description: string;
  readonly text: string;
}

/** A whole <memballoon> element, empty or with children. */
const MEMBALLOON = /<memballoon[^>]*\/>|<memballoon[^>]*[^/]>[\s\S]*?<\/memballoon>/;

const BUS_DEV: Record<string, string> = { virtio: 'vdz', sata: 'sdz', scsi: 'sdy', ide: 'hdd', usb: 'sdx', sd: 'sdw', fdc: 'fda', xen: 'xvdz' };

const OPERATORS: Record<string, Operator> = {
  'disk-bus': (t) =>
    each(Object.keys(BUS_DEV), (bus) => v(`first disk's bus → ${bus}`, editElement(t, 'disk', (d) => first(d, /<target dev=(['"])[^'"]*\1 bus=(['"])[^'"]*\2/, `<target dev='${BUS_DEV[bus]}' bus='${bus}'`)?.replace(/\s*<address [^>]*\/>/, '')))),
  'disk-bus-keep-address': (t) =>
    each(['virtio', 'sata', 'scsi', 'usb'], (bus) => v(`first disk's bus → ${bus}, address kept`, editElement(t, 'disk', (d) => (/<address /.test(d) ? first(d, /<target dev=(['"])[^'"]*\1 bus=(['"])[^'"]*\2/, `<target dev='${BUS_DEV[bus]}' bus='${bus}'`) : undefined)))),
  'disk-device': (t) => each(['cdrom', 'floppy', 'lun', 'disk'], (dev) => v(`first disk's device → ${dev}`, editElement(t, 'disk', (d) => first(d, /device=(['"])[^'"]*\1/, `device='${dev}'`)))),
  'disk-driver': (t) =>
    each([" io='native'", " io='native' cache='none'", " ioeventfd='on'", " event_idx='on'", " queues='4'", " copy_on_read='on'", " discard='unmap' detect_zeroes='unmap'", " detect_zeroes='unmap'", " cache='writeback' io='io_uring'", " iothread='1'", " error_policy='enospace'", " rerror_policy='enospace'"], (attrs) =>
      v(`first disk's driver +${attrs}`, editElement(t, 'disk', (d) => first(d, /<driver [^>]*>/, (tag) => setAttrs(tag, attrs))))),
  'disk-extra': (t) =>
    each(['<serial>ab cd</serial>', '<serial>abcdef</serial>', "<wwn>0x5000c50015ea71ad</wwn>", '<vendor>AVENDOR</vendor>', "<geometry cyls='16383' heads='16' secs='63' trans='lba'/>", '<transient/>', '<shareable/>', '<readonly/>', "<blockio logical_block_size='512'/>", "<iotune><total_bytes_sec>1000</total_bytes_sec><read_bytes_sec>10</read_bytes_sec></iotune>"], (x) =>
      v(`first disk + ${x}`, editElement(t, 'disk', (d) => d.replace(/<\/disk>$/, `${x}</disk>`)))),
  'disk-target-dup': (t) => {
    const m = /<target dev=(['"])([^'"]*)\1 bus=(['"])([^'"]*)\3/.exec(t);
    return m ? each([0], () => v(`second disk with target ${m[2]}`, addDevice(t, `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/dup.img'/><target dev='${m[2]}' bus='${m[4]}'/></disk>`))) : [];
  },
  'nic-model': (t) =>
    each(['virtio', 'e1000', 'e1000e', 'rtl8139', 'ne2k_pci', 'pcnet', 'vmxnet3', 'virtio-transitional', 'virtio-non-transitional', 'usb-net', 'spapr-vlan', 'i82559er', 'lan9118', 'smc91c111'], (model) =>
      v(`first NIC's model → ${model}`, editElement(t, 'interface', (i) => (/<model /.test(i) ? first(i, /<model type=(['"])[^'"]*\1/, `<model type='${model}'`) : i.replace(/<\/interface>$/, `<model type='${model}'/></interface>`))))),
  'nic-driver': (t) =>
    each(["<driver queues='4'/>", "<driver rx_queue_size='100'/>", "<driver rx_queue_size='256'/>", "<driver tx_queue_size='512'/>", "<driver name='vhost' txmode='timer'/>", "<driver iommu='on'/>", "<driver packed='on'/>", "<mtu size='9000'/>", "<ip address='192.168.1.2' prefix='24'/>", "<vlan><tag id='42'/></vlan>", "<coalesce><rx><frames max='7'/></rx></coalesce>", "<teaming type='persistent'/>", "<link state='down'/>", "<rom bar='off'/>"], (x) =>
      v(`first NIC + ${x}`, editElement(t, 'interface', (i) => i.replace(/\s*<driver [^>]*\/>/, '').replace(/<\/interface>$/, `${x}</interface>`)))),
  'nic-type': (t) =>
    each(["<interface type='user'>", "<interface type='ethernet'>", "<interface type='bridge'><source bridge='br0'/>", "<interface type='network'><source network='default'/>", "<interface type='vhostuser'><source type='unix' path='/tmp/vu.sock' mode='client'/>", "<interface type='mcast'><source address='230.0.0.1' port='5558'/>", "<interface type='server'><source address='192.168.0.1' port='5558'/>", "<interface type='null'>"], (open) =>
      v(`NIC ${open} + model virtio`, addDevice(t, `${open}<model type='virtio'/></interface>`))),
  'controller-model': (t) =>
    each(
      [
        ['usb', 'qemu-xhci'], ['usb', 'nec-xhci'], ['usb', 'piix3-uhci'], ['usb', 'ich9-ehci1'], ['usb', 'ich9-uhci1'], ['usb', 'none'], ['usb', 'pci-ohci'], ['usb', 'qusb2'],
        ['scsi', 'virtio-scsi'], ['scsi', 'lsilogic'], ['scsi', 'lsisas1068'], ['scsi', 'lsisas1078'], ['scsi', 'vmpvscsi'], ['scsi', 'buslogic'], ['scsi', 'ibmvscsi'], ['scsi', 'am53c974'], ['scsi', 'ncr53c90'], ['scsi', 'auto'],
      ] as const,
      ([type, model]) =>
        v(`${type} controller model → ${model}`, first(t, new RegExp(`<controller type=(['"])${type}\\1[^>]*>`), (tag) => setAttrs(tag, ` model='${model}'`)) ?? addDevice(t, `<controller type='${type}' index='${type === 'usb' ? 1 : 0}' model='${model}'/>`)),
    ),
  'controller-index': (t) =>
    each(['0', '1', '5', '256', '-1'], (index) => v(`another controller of the first's type with index ${index}`, (() => {
      const m = /<controller type=(['"])([a-z-]+)\1 index=(['"])(\d+)\3( model=(['"])[^'"]*\6)?/.exec(t);
      return m ? addDevice(t, `<controller type='${m[2]}' index='${index}'${m[5] ?? ''}/>`) : undefined;
    })())),
  'pci-controller': (t) =>
    each(["<controller type='pci' index='0' model='pci-root'/>", "<controller type='pci' index='0' model='pcie-root'/>", "<controller type='pci' index='1' model='pci-bridge'/>", "<controller type='pci' index='1' model='pcie-root-port'/>", "<controller type='pci' index='1' model='dmi-to-pci-bridge'/>", "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>", "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='254'/></controller>", "<controller type='pci' index='1' model='pcie-expander-bus'><target busNr='200'/></controller>", "<controller type='pci' index='1' model='pcie-root-port'><target chassis='1' port='0x10'/></controller>", "<controller type='pci' index='1' model='pci-bridge'><target chassisNr='0'/></controller>", "<controller type='pci' index='1' model='pcie-root-port'><model name='ioh3420'/></controller>", "<controller type='pci' index='1' model='pcie-root-port'><model name='pci-bridge'/></controller>"], (x) =>
      v(`add ${x}`, addDevice(t.replace(/<controller type=(['"])pci\1 index=(['"])1\2[^>]*\/>/, '').replace(/<controller type=(['"])pci\1 index=(['"])1\2[\s\S]*?<\/controller>/, ''), x))),
  'pci-address': (t) =>
    each(['0x00', '0x01', '0x02', '0x1f', '0x20', 'dup', 'function-8', 'bus-5', 'domain-1', 'multi'], (what) =>
      v(`first PCI address → ${what}`, (() => {
        const re = /<address type=(['"])pci\1 domain=(['"])(0x[0-9a-f]+)\2 bus=(['"])(0x[0-9a-f]+)\4 slot=(['"])(0x[0-9a-f]+)\6 function=(['"])(0x[0-9a-f]+)\8/g;
        const all = [...t.matchAll(re)];
        const m = all.find((x) => x.index !== undefined && !/<controller type=.pci. index=.0./.test(t.slice(Math.max(0, x.index - 200), x.index)) && !/<(controller|watchdog|memballoon)/.test(t.slice(t.lastIndexOf('<', t.lastIndexOf('>', x.index) ), x.index)));
        if (!m || m.index === undefined) return undefined;
        const [, , , dom, , bus, , , , fn] = m;
        let rep: string;
        if (what === 'dup') {
          const other = all.find((x) => x !== m);
          if (!other) return undefined;
          rep = other[0];
        } else if (what === 'function-8') rep = `<address type='pci' domain='${dom}' bus='${bus}' slot='0x0a' function='0x8'`;
        else if (what === 'bus-5') rep = `<address type='pci' domain='${dom}' bus='0x05' slot='0x01' function='${fn}'`;
        else if (what === 'domain-1') rep = `<address type='pci' domain='0x0001' bus='${bus}' slot='0x01' function='${fn}'`;
        else if (what === 'multi') rep = `<address type='pci' domain='${dom}' bus='${bus}' slot='0x1e' function='0x3'`;
        else rep = `<address type='pci' domain='${dom}' bus='${bus}' slot='${what}' function='0x0'`;
        return t.slice(0, m.index) + rep + t.slice(m.index + m[0].length);
      })()),
    ),
  'address-type': (t) =>
    each(["<address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/>", "<address type='drive' controller='0' bus='0' target='0' unit='0'/>", "<address type='drive' controller='0' bus='1' target='0' unit='1'/>", "<address type='drive' controller='1' bus='0' target='3' unit='0'/>", "<address type='usb' bus='0' port='1'/>", "<address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0001'/>", "<address type='unassigned'/>", "<address type='isa' iobase='0x505'/>", "<address type='virtio-mmio'/>"], (addr) =>
      v(`first disk's address → ${addr}`, editElement(t, 'disk', (d) => d.replace(/\s*<address [^>]*\/>/, '').replace(/<\/disk>$/, `${addr}</disk>`)))),
  'boot-order': (t) => {
    const out: Variant[] = [];
    const withOrders = (orders: string[]): string | undefined => {
      let text = t.replace(/\s*<boot dev=(['"])[a-z]+\1\/>/g, '');
      let i = 0;
      text = text.replace(/<\/(disk|interface)>/g, (m) => (i < orders.length ? `<boot order='${orders[i++]}'/>${m}` : m));
      return i === orders.length ? text : undefined;
    };
    out.push(...each([['1', '1'], ['1', '2'], ['2', '2'], ['0', '1']], (o) => v(`boot orders ${o.join(',')} on the first devices`, withOrders(o))));
    out.push(...each([0], () => v('boot order on a device while os/boot stays', first(t, /<\/disk>/, "<boot order='1'/></disk>")?.replace(/<\/os>/, "<boot dev='hd'/></os>"))));
    out.push(...each(["<bootmenu enable='yes' timeout='70000'/>", "<bios useserial='yes'/>", "<bios rebootTimeout='-2'/>", "<bios rebootTimeout='65535'/>", "<bootmenu enable='no' timeout='10'/>"], (x) => v(`os + ${x}`, t.replace(/<\/os>/, `${x}</os>`))));
    return out;
  },
  firmware: (t) =>
    each(
      [
        ['firmware efi', (x: string) => x.replace(/<os(\s[^>]*)?>/, "<os firmware='efi'>")],
        ['firmware efi, no acpi', (x: string) => x.replace(/<os(\s[^>]*)?>/, "<os firmware='efi'>").replace(/<acpi\/>/, '')],
        ['firmware bios', (x: string) => x.replace(/<os(\s[^>]*)?>/, "<os firmware='bios'>")],
        ['loader secure, no smm', (x: string) => x.replace(/<\/os>/, "<loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.ms.fd</loader></os>").replace(/<smm[^>]*\/>/, '')],
        ['loader secure with smm', (x: string) => setFeatures(x.replace(/<\/os>/, "<loader readonly='yes' secure='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.ms.fd</loader></os>").replace(/<smm[^>]*\/>/, ''), "<smm state='on'/>")],
        ['pflash loader without path', (x: string) => x.replace(/<\/os>/, "<loader readonly='yes' type='pflash'/></os>")],
        ['stateless loader with nvram', (x: string) => x.replace(/<\/os>/, "<loader readonly='yes' type='pflash' stateless='yes'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader><nvram>/var/lib/libvirt/qemu/nvram/x.fd</nvram></os>")],
        ['efi + loader secure attr', (x: string) => x.replace(/<os(\s[^>]*)?>/, "<os firmware='efi'>").replace(/<\/os>/, "<loader secure='yes'/></os>")],
        ['efi + feature secure-boot off, enrolled-keys on', (x: string) => x.replace(/<os(\s[^>]*)?>/, "<os firmware='efi'>").replace(/<\/os>/, "<firmware><feature enabled='no' name='secure-boot'/><feature enabled='yes' name='enrolled-keys'/></firmware></os>")],
        ['rom loader readonly', (x: string) => x.replace(/<\/os>/, "<loader type='rom'>/usr/share/seabios/bios.bin</loader></os>")],
        ['nvram alone', (x: string) => x.replace(/<\/os>/, '<nvram>/var/lib/libvirt/qemu/nvram/x.fd</nvram></os>')],
        ['rw pflash loader with nvram', (x: string) => x.replace(/<\/os>/, "<loader readonly='no' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader><nvram>/var/lib/libvirt/qemu/nvram/x.fd</nvram></os>")],
      ] as const,
      ([d, f]) => v(d, f(t)),
    ),
  memory: (t) =>
    each(
      [
        ['currentMemory > memory', (x: string) => x.replace(/<currentMemory([^>]*)>\d+</, '<currentMemory$1>99999999<')],
        ['memory 0', (x: string) => x.replace(/<memory([^>]*)>\d+</, '<memory$1>0<')],
        ['maxMemory smaller than memory', (x: string) => x.replace(/<memory/, "<maxMemory slots='16' unit='KiB'>1024</maxMemory><memory")],
        ['maxMemory without numa', (x: string) => x.replace(/<memory/, "<maxMemory slots='16' unit='GiB'>64</maxMemory><memory")],
        ['maxMemory slots 0', (x: string) => x.replace(/<memory/, "<maxMemory slots='0' unit='GiB'>64</maxMemory><memory")],
        ['memory unit G', (x: string) => x.replace(/<memory( unit=(['"])\w+\2)?>\d+</, "<memory unit='G'>2<").replace(/<currentMemory[^>]*>\d+<\/currentMemory>/, '')],
        ['hugepages without numa, nodeset 1', (x: string) => x.replace(/<memory/, "<memoryBacking><hugepages><page size='2' unit='M' nodeset='1'/></hugepages></memoryBacking><memory")],
        ['memtune min_guarantee', (x: string) => x.replace(/<memory/, '<memtune><min_guarantee>100</min_guarantee></memtune><memory')],
        ['memtune hard < soft', (x: string) => x.replace(/<memory/, '<memtune><hard_limit>100000</hard_limit><soft_limit>200000</soft_limit></memtune><memory')],
        ['memballoon none + autodeflate', (x: string) => x.replace(MEMBALLOON, '').replace('</devices>', "<memballoon model='none' autodeflate='on'/></devices>")],
        ['memballoon virtio freePageReporting', (x: string) => x.replace(MEMBALLOON, '').replace('</devices>', "<memballoon model='virtio' freePageReporting='on'/></devices>")],
        ['memballoon xen', (x: string) => x.replace(MEMBALLOON, '').replace('</devices>', "<memballoon model='xen'/></devices>")],
      ] as const,
      ([d, f]) => v(d, f(t)),
    ),
  numa: (t) =>
    each(
      [
        ['numa cell over all vcpus', "<cell id='0' cpus='0-63' memory='1048576' unit='KiB'/>"],
        ['numa two cells same id', "<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='0' cpus='1' memory='524288' unit='KiB'/>"],
        ['numa cell id 1 only', "<cell id='1' cpus='0' memory='1048576' unit='KiB'/>"],
        ['numa cell ok', "<cell id='0' cpus='0' memory='1048576' unit='KiB'/>"],
        ['numa cells overlapping cpus', "<cell id='0' cpus='0' memory='524288' unit='KiB'/><cell id='1' cpus='0' memory='524288' unit='KiB'/>"],
        ['numa distances self 20', "<cell id='0' cpus='0' memory='1048576' unit='KiB'><distances><sibling id='0' value='20'/></distances></cell>"],
        ['numa cell without cpus', "<cell id='0' memory='1048576' unit='KiB'/>"],
        ['numa memAccess shared', "<cell id='0' cpus='0' memory='1048576' unit='KiB' memAccess='shared'/>"],
      ] as const,
      ([d, cells]) => v(d, /<cpu[\s>]/.test(t) ? (/<numa>/.test(t) ? t.replace(/<numa>[\s\S]*?<\/numa>/, `<numa>${cells}</numa>`) : /<cpu[^>]*\/>/.test(t) ? t.replace(/<cpu([^>]*)\/>/, `<cpu$1><numa>${cells}</numa></cpu>`) : t.replace(/<\/cpu>/, `<numa>${cells}</numa></cpu>`)) : t.replace(/<\/os>/, `</os>\n  <cpu><numa>${cells}</numa></cpu>`)),
    ),
  cpu: (t) =>
    each(["<cpu mode='host-passthrough'/>", "<cpu mode='host-model'/>", "<cpu mode='maximum'/>", "<cpu mode='custom' match='exact'><model>Skylake-Client</model></cpu>", "<cpu mode='custom'/>", "<cpu mode='custom' match='exact' check='full'/>", "<cpu mode='custom' match='exact'><model fallback='forbid'>qemu64</model></cpu>", "<cpu><topology sockets='1' dies='1' cores='3' threads='1'/></cpu>", "<cpu><topology sockets='1' dies='1' cores='1' threads='1'/></cpu>", "<cpu mode='host-passthrough'><cache mode='emulate' level='2'/></cpu>", "<cpu mode='host-passthrough'><cache mode='passthrough'/></cpu>", "<cpu mode='custom'><model>qemu64</model><cache mode='passthrough'/></cpu>", "<cpu mode='host-passthrough' migratable='on'/>", "<cpu mode='custom'><model>qemu64</model><feature policy='require' name='vmx'/></cpu>", "<cpu mode='host-passthrough'><maxphysaddr mode='passthrough' bits='40'/></cpu>"], (cpu) =>
      v(`cpu → ${cpu}`, /<cpu[\s\S]*?(<\/cpu>|<cpu[^>]*\/>)/.test(t) ? t.replace(/<cpu[^>]*\/>|<cpu[\s>][\s\S]*?<\/cpu>/, cpu) : t.replace(/<\/os>/, `</os>\n  ${cpu}`))),
  vcpu: (t) =>
    each(["<vcpu current='3'>2</vcpu>", "<vcpu current='0'>2</vcpu>", "<vcpu>300</vcpu>", "<vcpu>4</vcpu><vcpus><vcpu id='0' enabled='yes' hotpluggable='no'/><vcpu id='1' enabled='no' hotpluggable='no'/><vcpu id='2' enabled='yes' hotpluggable='yes'/><vcpu id='3' enabled='yes' hotpluggable='yes'/></vcpus>", "<vcpu>2</vcpu><cputune><shares>0</shares></cputune>", "<vcpu>2</vcpu><cputune><period>500</period></cputune>", "<vcpu>2</vcpu><cputune><quota>-2</quota></cputune>", "<vcpu>2</vcpu><iothreads>1</iothreads><cputune><iothreadsched iothreads='2' scheduler='fifo' priority='1'/></cputune>"], (vcpu) =>
      v(`vcpu → ${vcpu}`, first(t, /<vcpu[^>]*>\d+<\/vcpu>/, vcpu))),
  chardev: (t) =>
    each(["<serial type='pty'/>", "<serial type='file'><target port='0'/></serial>", "<serial type='tcp'><source mode='bind' host='127.0.0.1' service='4555'/><protocol type='raw'/></serial>", "<serial type='tcp'><source mode='bind' host='127.0.0.1' service='4555'><reconnect enabled='yes' timeout='10'/></source></serial>", "<serial type='unix'><source mode='connect'/></serial>", "<serial type='spicevmc'/>", "<serial type='null'/>", "<serial type='pty'><target type='usb-serial'/></serial>", "<serial type='pty'><target type='pci-serial'/></serial>", "<serial type='pty'><target type='isa-serial'><model name='pci-serial'/></target></serial>", "<serial type='pty'><target type='system-serial'/></serial>", "<console type='pty'><target type='virtio'/></console>", "<console type='pty'><target type='sclp'/></console>", "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>", "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>", "<channel type='pty'><target type='guestfwd' address='10.0.2.1' port='4600'/></channel>", "<redirdev bus='usb' type='spicevmc'/>", "<serial type='dev'/>", "<parallel type='pty'/>", "<serial type='udp'><source mode='bind' host='0.0.0.0' service='2222'/></serial>"], (x) =>
      v(`add ${x}`, addDevice(t, x))),
  graphics: (t) => {
    const noGraphics = t.replace(/\s*<graphics[\s\S]*?(<\/graphics>|<graphics[^>]*\/>)/g, (m) => (m.includes('</graphics>') || m.endsWith('/>') ? '' : m)).replace(/\s*<graphics [^>]*\/>/g, '');
    return each(["<graphics type='vnc' port='5900' autoport='yes'/>", "<graphics type='vnc' port='5899' autoport='no'/>", "<graphics type='vnc' passwd='123456789'/>", "<graphics type='spice' autoport='yes'/>", "<graphics type='spice' autoport='yes'><gl enable='yes'/></graphics><graphics type='egl-headless'/>", "<graphics type='egl-headless'/>", "<graphics type='sdl'/>", "<graphics type='vnc'/><graphics type='egl-headless'/>", "<graphics type='spice' port='5901' tlsPort='5901'/>", "<graphics type='vnc' websocket='5700'/>", "<graphics type='vnc'><listen type='network'/></graphics>", "<graphics type='dbus' p2p='yes' address='unix:path=/tmp/x'/>", "<graphics type='rdp'/>", "<graphics type='vnc'/><graphics type='vnc'/>"], (g) => v(`graphics → ${g}`, addDevice(noGraphics, g)));
  },
  video: (t) => {
    const noVideo = t.replace(/\s*<video>[\s\S]*?<\/video>/g, '');
    return each(["<video><model type='vga'/></video>", "<video><model type='cirrus'/></video>", "<video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1'/></video>", "<video><model type='virtio'/></video>", "<video><model type='bochs'/></video>", "<video><model type='ramfb'/></video>", "<video><model type='none'/></video>", "<video><model type='none'/></video><video><model type='vga'/></video>", "<video><model type='vga' primary='yes'/></video><video><model type='qxl' primary='yes'/></video>", "<video><model type='vga'/></video><video><model type='cirrus'/></video>", "<video><model type='vga' heads='2'/></video>", "<video><model type='vga' vgamem='16384'/></video>", "<video><model type='qxl' vgamem='1000'/></video>", "<video><model type='vga'><acceleration accel3d='yes'/></model></video>", "<video><model type='virtio'><acceleration accel2d='yes'/></model></video>", "<video><model type='vga' vram='512'/></video>", "<video><model type='vmvga'/></video>", "<video><model type='virtio' heads='2'><resolution x='1024' y='768'/></model></video>", "<video><model type='cirrus'><resolution x='1024' y='768'/></model></video>", "<video><model type='vga'/><driver iommu='on'/></video>", "<video><model type='ramfb'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0b' function='0x0'/></video>"], (x) => v(`video → ${x}`, addDevice(noVideo, x)));
  },
  'sound-input': (t) =>
    each(["<sound model='ich6'/>", "<sound model='ich9'/>", "<sound model='ich7'/>", "<sound model='ac97'/>", "<sound model='es1370'/>", "<sound model='sb16'/>", "<sound model='pcspk'/>", "<sound model='usb'/>", "<sound model='ich9'><codec type='micro'/></sound>", "<sound model='ich6'><audio id='2'/></sound>", "<audio id='1' type='spice'/>", "<audio id='1' type='none'/><audio id='1' type='none'/>", "<input type='tablet' bus='ps2'/>", "<input type='keyboard' bus='virtio'/>", "<input type='mouse' bus='xen'/>", "<input type='tablet' bus='virtio'/>", "<input type='passthrough' bus='usb'><source evdev='/dev/input/event1'/></input>", "<input type='keyboard' bus='ps2'/>"], (x) =>
      v(`add ${x}`, addDevice(t, x))),
  'tpm-watchdog-panic': (t) =>
    each(["<tpm model='tpm-tis'><backend type='emulator' version='1.2'/></tpm>", "<tpm model='tpm-crb'><backend type='emulator' version='1.2'/></tpm>", "<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>", "<tpm model='tpm-spapr'><backend type='emulator' version='2.0'/></tpm>", "<tpm model='tpm-tis'><backend type='emulator' version='2.0'/></tpm><tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>", "<tpm model='tpm-tis'><backend type='passthrough'><device path='/dev/tpm0'/></backend></tpm>", "<tpm model='spapr-tpm-proxy'><backend type='passthrough'><device path='/dev/tpmrm0'/></backend></tpm>", "<watchdog model='i6300esb' action='reset'/>", "<watchdog model='ib700' action='poweroff'/>", "<watchdog model='itco' action='reset'/>", "<watchdog model='diag288' action='reset'/>", "<watchdog model='ib700'/><watchdog model='ib700'/>", "<watchdog model='i6300esb' action='reset'/><watchdog model='i6300esb' action='poweroff'/>", "<watchdog model='ib700'><address type='isa' iobase='0x505'/></watchdog>", "<watchdog model='i6300esb'><address type='isa' iobase='0x505'/></watchdog>", "<panic model='isa'/>", "<panic model='hyperv'/>", "<panic model='pseries'/>", "<panic model='s390'/>", "<panic model='pvpanic'/>", "<panic model='isa'><address type='isa' iobase='0x506'/></panic>", "<panic model='isa'/><panic model='isa'/>"], (x) =>
      v(`add ${x}`, addDevice(t, x))),
  iommu: (t) =>
    each(["<iommu model='intel'/>", "<iommu model='intel'><driver intremap='on'/></iommu>", "<iommu model='intel'><driver eim='on'/></iommu>", "<iommu model='intel'><driver caching_mode='on' iotlb='on' aw_bits='48'/></iommu>", "<iommu model='intel'><driver aw_bits='40'/></iommu>", "<iommu model='smmuv3'/>", "<iommu model='virtio'/>", "<iommu model='intel'/><iommu model='intel'/>", "<iommu model='intel'><driver intremap='on'/></iommu>+ioapic", "<iommu model='amd'/>"], (x) =>
      v(`add ${x}`, x.endsWith('+ioapic') ? setFeatures(addDevice(t, x.replace('+ioapic', '')), "<ioapic driver='qemu'/>") : addDevice(t, x))),
  features: (t) =>
    each(["<smm state='on'/>", "<smm state='off'/>", "<ioapic driver='kvm'/>", "<ioapic driver='qemu'/>", "<vmport state='on'/>", "<pmu state='off'/>", "<gic version='3'/>", "<hap state='on'/>", "<kvm><hidden state='on'/></kvm>", "<hyperv mode='custom'><relaxed state='on'/><vapic state='on'/><spinlocks state='on' retries='100'/></hyperv>", "<hyperv mode='custom'><spinlocks state='on' retries='8191'/></hyperv>", "<hyperv mode='custom'><stimer state='on'/></hyperv>", "<hyperv mode='passthrough'/>", "<apic eoi='on'/>", "<pvspinlock state='on'/>", "<htm state='on'/>", "<hpt resizing='enabled'/>", "<tcg><tb-cache unit='MiB'>128</tb-cache></tcg>", "<ps2 state='off'/>", "<async-teardown enabled='yes'/>", "<msrs unknown='fault'/>", "<sev/>"], (x) =>
      v(`features + ${x}`, setFeatures(t, x))),
  'drop-feature': (t) => each(['acpi', 'apic', 'pae', 'vmport'], (f) => v(`drop features/${f}`, first(t, new RegExp(`\\s*<${f}(\\s[^>]*)?/>`), ''))),
  machine: (t) =>
    each(['pc', 'q35', 'pc-i440fx-7.2', 'pc-q35-7.2', 'pc-q35-2.4', 'isapc', 'microvm', 'pc-i440fx-1.4', 'none'], (m) => v(`machine → ${m}`, first(t, /machine=(['"])[^'"]*\1/, `machine='${m}'`))),
  'clock-lifecycle': (t) =>
    each(["<clock offset='utc'><timer name='hpet' present='yes'/></clock>", "<clock offset='utc'><timer name='kvmclock' present='yes'/></clock>", "<clock offset='utc'><timer name='tsc' frequency='3000000000' mode='native'/></clock>", "<clock offset='utc'><timer name='rtc' tickpolicy='catchup' track='guest'/></clock>", "<clock offset='utc'><timer name='pit' tickpolicy='merge'/></clock>", "<clock offset='utc'><timer name='rtc' tickpolicy='merge'/></clock>", "<clock offset='localtime' adjustment='reset'/>", "<clock offset='variable' basis='localtime' adjustment='10'/>", "<clock offset='timezone' timezone='Europe/Paris'/>", "<clock offset='utc'><timer name='hypervclock' present='yes'/></clock>", "<clock offset='utc'><timer name='armvtimer' present='yes'/></clock>", "<clock offset='utc'><timer name='hpet' present='yes'/><timer name='hpet' present='no'/></clock>"], (c) =>
      v(`clock → ${c}`, /<clock[\s\S]*?(<\/clock>|<clock[^>]*\/>)/.test(t) ? t.replace(/<clock[^>]*\/>|<clock[\s>][\s\S]*?<\/clock>/, c) : t.replace(/<devices>/, `${c}\n  <devices>`))).concat(
      each(['<on_crash>coredump-destroy</on_crash>', '<on_poweroff>preserve</on_poweroff>', '<on_reboot>rename-restart</on_reboot>', '<on_poweroff>restart</on_poweroff>', '<on_lockfailure>poweroff</on_lockfailure>', '<pm><suspend-to-mem enabled="yes"/></pm>'], (x) => {
        const tag = /^<(\w+)/.exec(x)![1]!;
        return v(`lifecycle ${x}`, new RegExp(`<${tag}>`).test(t) ? t.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`), x) : t.replace(/<devices>/, `${x}\n  <devices>`));
      }),
    ),
  'misc-devices': (t) =>
    each(["<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>", "<rng model='virtio'><backend model='builtin'/></rng>", "<rng model='virtio'><backend model='egd' type='spicevmc'/></rng>", "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='t'/></filesystem>", "<filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='t'/></filesystem>", "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='t'/><readonly/></filesystem>", "<vsock model='virtio'><cid auto='no' address='2'/></vsock>", "<vsock model='virtio'><cid auto='no' address='3'/></vsock>", "<shmem name='my shm'><model type='ivshmem-plain'/></shmem>", "<shmem name='shm0'><model type='ivshmem-plain'/><size unit='M'>3</size></shmem>", "<smartcard mode='passthrough' type='spicevmc'/>", "<smartcard mode='host'/>", "<hub type='usb'/>", "<memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory>", "<memory model='virtio-mem'><target><size unit='KiB'>1048576</size><node>0</node><block unit='KiB'>2048</block><requested unit='KiB'>524288</requested></target></memory>", "<memory model='nvdimm'><target><size unit='KiB'>524288</size></target></memory>", "<hostdev mode='capabilities' type='storage'><source><block>/dev/sdf1</block></source></hostdev>", "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source><address type='drive' controller='0' bus='0' target='0' unit='0'/></hostdev>", "<controller type='virtio-serial' index='0'><driver queues='2'/></controller>", "<controller type='scsi' index='3' model='lsilogic'><driver iothread='1'/></controller>", "<controller type='ide' index='1'/>", "<controller type='sata' index='1'/>", "<controller type='fdc' index='0'/>", "<controller type='ccid' index='0'/>", "<controller type='xenbus' index='0'/>"], (x) =>
      v(`add ${x}`, addDevice(t, x))),
  security: (t) =>
    each(["<seclabel type='dynamic' model='selinux' relabel='no'/>", "<seclabel type='none' model='dac'><label>root</label></seclabel>", "<seclabel type='static' model='dac'/>", "<seclabel type='dynamic' model='dac'><label>root:root</label></seclabel>", "<seclabel type='none'/><seclabel type='none'/>", "<launchSecurity type='sev'><policy>0x0003</policy></launchSecurity>", "<sysinfo type='smbios'><system><entry name='uuid'>00000000-0000-0000-0000-000000000001</entry></system></sysinfo>", "<sysinfo type='smbios'><bios><entry name='date'>13/13/2013</entry></bios></sysinfo>", "<sysinfo type='smbios'><memory><entry name='size'>4</entry></memory></sysinfo>", "<resource><partition>/machine</partition></resource>", "<resource><partition>machine</partition></resource>", "<blkiotune><device><path>/dev/sda</path><weight>500</weight></device><device><path>/dev/sda</path><weight>400</weight></device></blkiotune>", "<numatune><memnode cellid='0' mode='strict' nodeset='0'/></numatune>", "<numatune><memory mode='restrictive' nodeset='0'/></numatune>"], (x) =>
      v(`add ${x}`, t.replace(/<devices>/, `${x}\n  <devices>`))),
};

const ALL: Record<string, Operator> = { ...OPERATORS, ...AREA_OPERATORS };
/** VIRTLINT_HUNT_OPS (comma-separated operator names) narrows a local run to some operators. */
const ONLY = process.env.VIRTLINT_HUNT_OPS?.split(',').filter(Boolean);

export const HUNT_OPERATORS = Object.keys(ALL);

/** Every variant of every operator for one base document (undefined results and no-ops dropped). */
export function huntMutants(text: string): HuntMutant[] {
  const out: HuntMutant[] = [];
  for (const [op, f] of Object.entries(ALL)) if (!ONLY || ONLY.includes(op)) for (const [description, mutated] of f(text)) if (mutated !== text) out.push({ op, description, text: mutated });
  return out;
}
