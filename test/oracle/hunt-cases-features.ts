/**
 * Fidelity cases on features the corpus rarely has (round 14): memory devices, virtiofs, IOMMUs,
 * input, vDPA and vhost-user NICs, hugepages, audio, panic, IOThreads, NUMA tuning, each written for
 * this hunt on a q35 guest (test/fixtures/rules/q35-base.xml) and asked of libvirt 9.0's define. The
 * refusals were virtlint misses before round 14; the near misses are what libvirt defines beside them.
 * Spread into HUNT_CASES (hunt-cases.ts), so hunt-cases.test.ts checks both sides.
 */
import { addDevices, edit, Q35, SEED } from '../rules/helpers.js';
import type { HuntCase } from './hunt-cases.js';

const MEMORY = '<memory>65536</memory>';
/** Memory hotplug: 4 slots up to 4 GiB, and two guest NUMA cells of 32 MiB. */
const HOTPLUG = edit(
  Q35,
  [MEMORY, "<maxMemory slots='4' unit='GiB'>4</maxMemory><memory unit='MiB'>64</memory>"],
  ['<clock offset="utc">', "<cpu><numa><cell id='0' cpus='0' memory='32' unit='MiB'/><cell id='1' cpus='1' memory='32' unit='MiB'/></numa></cpu>\n  <clock offset=\"utc\">"],
);
const vmem = (inner: string, extra = ''): string => `<memory model='virtio-mem'><target><size unit='MiB'>256</size><node>0</node>${inner}</target>${extra}</memory>`;
const BLOCK = "<block unit='MiB'>2</block><requested unit='MiB'>128</requested>";
const pmem = (attrs: string, extra = ''): string => `<memory model='virtio-pmem'${attrs}><source><path>/var/lib/libvirt/images/pmem0.img</path></source><target><size unit='MiB'>256</size></target>${extra}</memory>`;
const PCI_ADDRESS = "<address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/>";

/** Shared guest memory (memfd), which virtiofs needs. */
const SHARED = edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>"]);
const share = (attrs: string, inner: string, tag = 'share'): string => `<filesystem type='mount'${attrs}>${inner}<target dir='${tag}'/></filesystem>`;
const virtiofs = (attrs: string, dir = '/srv/share', tag = 'share'): string => share(attrs, `<driver type='virtiofs'/><source dir='${dir}'/>`, tag);
const NINE_P = (dir: string, tag: string): string => share(" accessmode='passthrough'", `<source dir='${dir}'/>`, tag);

const IOAPIC = edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]);

/** Two guest NUMA cells (one vCPU each) and hugepages. */
const hugepages = (pages: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <memoryBacking><hugepages>${pages}</hugepages></memoryBacking>`], ['<clock offset="utc">', "<cpu><numa><cell id='0' cpus='0' memory='32' unit='MiB'/><cell id='1' cpus='1' memory='32' unit='MiB'/></numa></cpu>\n  <clock offset=\"utc\">"]);

/** Two guest NUMA cells and a <numatune>; `vcpu` replaces <vcpu>2</vcpu>. */
const numatune = (inner: string, vcpu = '<vcpu>2</vcpu>'): string => edit(Q35, ['<vcpu>2</vcpu>', `${vcpu}\n  <numatune>${inner}</numatune>`], ['<clock offset="utc">', "<cpu><numa><cell id='0' cpus='0' memory='32' unit='MiB'/><cell id='1' cpus='1' memory='32' unit='MiB'/></numa></cpu>\n  <clock offset=\"utc\">"]);
const AUTO_VCPU = "<vcpu placement='auto'>2</vcpu>";

/** The q35 base with `xml` after <vcpu>2</vcpu>. */
const afterVcpu = (xml: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  ${xml}`]);
const BITMAP = (set: string): string => `Failed to parse bitmap '${set}'`;
const CCW = "<address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0001'/>";
const nvme = (ns: string): string => `<disk type='nvme' device='disk'><driver name='qemu' type='raw'/><source type='pci' managed='yes' namespace='${ns}'><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source><target dev='vdb' bus='virtio'/></disk>`;

export const FEATURE_CASES: readonly HuntCase[] = [
  // memory devices
  { name: 'a virtio-mem device without <block>', text: addDevices(HOTPLUG, vmem("<requested unit='MiB'>128</requested>")), refuses: 'block size must be a power of two', rule: 'memory-device-models' },
  { name: 'a virtio-mem device without <block> or <requested>', text: addDevices(HOTPLUG, vmem('')), refuses: 'block size must be a power of two', rule: 'memory-device-models' },
  { name: 'a virtio-mem device with a block and no <requested> (near miss)', text: addDevices(HOTPLUG, vmem("<block unit='MiB'>2</block>")) },
  { name: 'a virtio-mem device with a dimm address', text: addDevices(HOTPLUG, vmem(BLOCK, "<address type='dimm' slot='0'/>")), refuses: "only 'pci' addresses are supported for the virtio-mem device", rule: 'memory-device-models' },
  { name: 'a virtio-mem device with a PCI address (near miss)', text: addDevices(HOTPLUG, vmem(BLOCK, PCI_ADDRESS)) },
  { name: "a virtio-pmem device with access='private'", text: addDevices(HOTPLUG, pmem(" access='private'")), refuses: 'shared access mode required for virtio-pmem device', rule: 'memory-device-models' },
  { name: 'a virtio-pmem device without access (near miss)', text: addDevices(HOTPLUG, pmem('')) },
  { name: 'a shared virtio-pmem device with a dimm address', text: addDevices(HOTPLUG, pmem(" access='shared'", "<address type='dimm' slot='1'/>")), refuses: "only 'pci' addresses are supported for the virtio-pmem device", rule: 'memory-device-models' },
  { name: 'a dimm with a PCI address (near miss: libvirt 9.0 defines it)', text: addDevices(HOTPLUG, `<memory model='dimm'><target><size unit='MiB'>256</size><node>1</node></target>${PCI_ADDRESS}</memory>`) },
  { name: 'two DIMMs at one base address', text: addDevices(HOTPLUG, "<memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target><address type='dimm' slot='1' base='0x100000000'/></memory><memory model='dimm'><target><size unit='MiB'>256</size><node>1</node></target><address type='dimm' slot='2' base='0x100000000'/></memory>"), refuses: "memory device base '0x100000000' is already being used by another memory device", rule: 'memory-device-slots' },
  { name: "two DIMMs at one base address, written '0x100000000' and '100000000' (base is hex)", text: addDevices(HOTPLUG, "<memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target><address type='dimm' slot='1' base='0x100000000'/></memory><memory model='dimm'><target><size unit='MiB'>256</size><node>1</node></target><address type='dimm' slot='2' base='100000000'/></memory>"), refuses: "memory device base '0x100000000' is already being used by another memory device", rule: 'memory-device-slots' },
  { name: "DIMMs at base '0x100000000' and '4294967296' (near miss: the second is hex too)", text: addDevices(HOTPLUG, "<memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target><address type='dimm' slot='1' base='0x100000000'/></memory><memory model='dimm'><target><size unit='MiB'>256</size><node>1</node></target><address type='dimm' slot='2' base='4294967296'/></memory>") },
  { name: 'two DIMMs at distinct base addresses (near miss)', text: addDevices(HOTPLUG, "<memory model='dimm'><target><size unit='MiB'>256</size><node>0</node></target><address type='dimm' slot='1' base='0x100000000'/></memory><memory model='dimm'><target><size unit='MiB'>256</size><node>1</node></target><address type='dimm' slot='2' base='0x120000000'/></memory>") },
  // virtiofs
  { name: "a virtiofs share with fmode (accessmode='passthrough')", text: addDevices(SHARED, virtiofs(" accessmode='passthrough' fmode='644'")), refuses: 'fmode and dmode must be used with accessmode=mapped', rule: 'filesystem-mode-requires-mapped' },
  { name: 'a virtiofs share with dmode and no accessmode', text: addDevices(SHARED, virtiofs(" dmode='755'")), refuses: 'fmode and dmode must be used with accessmode=mapped', rule: 'filesystem-mode-requires-mapped' },
  { name: "a virtiofs share with model='virtio'", text: addDevices(SHARED, virtiofs(" model='virtio'")), refuses: 'virtiofs does not support model', rule: 'filesystem-virtiofs-9p-options' },
  { name: "a virtiofs share with multidevs='remap'", text: addDevices(SHARED, virtiofs(" multidevs='remap'")), refuses: 'virtiofs does not support multidevs', rule: 'filesystem-virtiofs-9p-options' },
  { name: "a virtiofs share with multidevs='default' (near miss)", text: addDevices(SHARED, virtiofs(" multidevs='default'")) },
  { name: 'a 9p share with model and multidevs (near miss)', text: addDevices(Q35, share(" accessmode='passthrough' model='virtio-non-transitional' multidevs='remap'", "<source dir='/srv/share'/>")) },
  { name: 'two virtiofs shares with one target dir', text: addDevices(SHARED, virtiofs('', '/srv/a') + virtiofs('', '/srv/b')), refuses: "filesystem target 'share' specified twice", rule: 'filesystem-virtiofs-target-unique' },
  { name: 'a socket-based virtiofs share and a virtiofs share with one target dir', text: addDevices(SHARED, share('', "<driver type='virtiofs' queue='1024'/><source socket='/run/virtiofsd/share.sock'/>") + virtiofs('')), refuses: "filesystem target 'share' specified twice", rule: 'filesystem-virtiofs-target-unique' },
  { name: 'a virtiofs share and a 9p share with one target dir, either order (near miss)', text: addDevices(SHARED, NINE_P('/srv/a', 'share') + virtiofs('', '/srv/b') + virtiofs('', '/srv/c', 'other') + NINE_P('/srv/d', 'other')) },
  { name: 'two 9p shares with one target dir (near miss: libvirt 9.0 defines it)', text: addDevices(Q35, NINE_P('/srv/a', 'share') + NINE_P('/srv/b', 'share')) },
  { name: 'one directory shared by virtiofs under two target dirs (near miss)', text: addDevices(SHARED, virtiofs('', '/srv/a') + virtiofs('', '/srv/a', 'share2')) },
  { name: "a 9p share with driver 'loop'", text: addDevices(Q35, share(" accessmode='passthrough'", "<driver type='loop'/><source dir='/srv/share'/>")), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'filesystem-type-mount' },
  { name: "a 9p share with driver 'nbd'", text: addDevices(Q35, share(" accessmode='passthrough'", "<driver type='nbd'/><source dir='/srv/share'/>")), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'filesystem-type-mount' },
  { name: "a 9p share with driver 'loop' and a PCI address", text: addDevices(Q35, share(" accessmode='passthrough'", `<driver type='loop'/><source dir='/srv/share'/>`).replace('</filesystem>', `${PCI_ADDRESS}</filesystem>`)), refuses: 'Filesystem driver type not supported', rule: 'filesystem-type-mount' },
  { name: "9p shares with drivers 'path' and 'handle' (near miss)", text: addDevices(Q35, share(" accessmode='passthrough'", "<driver type='path'/><source dir='/srv/a'/>", 'a') + share(" accessmode='passthrough'", "<driver type='handle'/><source dir='/srv/b'/>", 'b')) },
  // IOMMUs
  { name: "the virtio IOMMU with caching_mode='on'", text: addDevices(Q35, "<iommu model='virtio'><driver caching_mode='on'/></iommu>"), refuses: "iommu model 'virtio' doesn't support additional attributes", rule: 'iommu-model-settings' },
  { name: "the virtio IOMMU with caching_mode='off'", text: addDevices(Q35, "<iommu model='virtio'><driver caching_mode='off'/></iommu>"), refuses: "iommu model 'virtio' doesn't support additional attributes", rule: 'iommu-model-settings' },
  { name: 'the virtio IOMMU with aw_bits', text: addDevices(Q35, "<iommu model='virtio'><driver aw_bits='48'/></iommu>"), refuses: "iommu model 'virtio' doesn't support additional attributes", rule: 'iommu-model-settings' },
  { name: "the virtio IOMMU with eim='on' (refused for the setting, not for a missing intremap)", text: addDevices(IOAPIC, "<iommu model='virtio'><driver eim='on'/></iommu>"), refuses: "iommu model 'virtio' doesn't support additional attributes", rule: 'iommu-model-settings' },
  { name: 'the virtio IOMMU with an empty <driver/> and a PCI address (near miss)', text: addDevices(Q35, `<iommu model='virtio'><driver/>${PCI_ADDRESS}</iommu>`) },
  { name: 'the Intel IOMMU with a PCI address', text: addDevices(Q35, `<iommu model='intel'>${PCI_ADDRESS}</iommu>`), refuses: "iommu model 'intel' can't have address", rule: 'iommu-model-settings' },
  { name: 'the Intel IOMMU with aw_bits and caching_mode (near miss)', text: addDevices(Q35, "<iommu model='intel'><driver caching_mode='on' aw_bits='39'/></iommu>") },
  // input
  { name: "a PS/2 mouse with model='virtio'", text: addDevices(Q35, "<input type='mouse' bus='ps2' model='virtio'/>"), refuses: "only bus 'virtio' is supported for input model 'virtio'", rule: 'input-bus-compat' },
  { name: "a tablet without a bus, with model='virtio' (libvirt puts it on USB)", text: addDevices(Q35, "<input type='tablet' model='virtio'/>"), refuses: "only bus 'virtio' is supported for input model 'virtio'", rule: 'input-bus-compat' },
  { name: 'a USB keyboard of model virtio-non-transitional', text: addDevices(Q35, "<input type='keyboard' bus='usb' model='virtio-non-transitional'/>"), refuses: "only bus 'virtio' is supported for input model 'virtio-non-transitional'", rule: 'input-bus-compat' },
  { name: 'a virtio keyboard of model virtio-transitional', text: addDevices(Q35, "<input type='keyboard' bus='virtio' model='virtio-transitional'/>"), refuses: 'virtio (non-)transitional models are not supported for input type=keyboard', rule: 'input-bus-compat' },
  { name: 'passthrough input of model virtio-non-transitional', text: addDevices(Q35, "<input type='passthrough' bus='virtio' model='virtio-non-transitional'><source evdev='/dev/input/event1'/></input>"), refuses: 'virtio (non-)transitional models are not supported for input type=passthrough', rule: 'input-bus-compat' },
  { name: "a virtio mouse and passthrough input of model 'virtio', an evdev input (near miss)", text: addDevices(Q35, "<input type='mouse' bus='virtio' model='virtio'/><input type='passthrough' bus='virtio' model='virtio'><source evdev='/dev/input/event1'/></input><input type='evdev'><source dev='/dev/input/event2' grab='all' grabToggle='ctrl-ctrl' repeat='on'/></input>") },
  { name: 'a boot order on a vhost-scsi host device', text: addDevices(Q35, "<hostdev mode='subsystem' type='scsi_host'><source protocol='vhost' wwpn='naa.5001405df3e54061'/><boot order='1'/></hostdev>"), refuses: 'booting from assigned devices is not supported by vhost SCSI devices', rule: 'boot-order-unsupported-device' },
  { name: "display='on' on a PCI host device in a domain without graphics (near miss: libvirt's define ignores it; the grammar refuses it)", text: addDevices(Q35, "<hostdev mode='subsystem' type='pci' managed='yes' display='on'><source><address domain='0x0000' bus='0x06' slot='0x00' function='0x0'/></source></hostdev>") },
  // vDPA
  { name: 'a vDPA interface of model e1000e', text: addDevices(Q35, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='e1000e'/></interface>"), refuses: "invalid model for interface of type 'vdpa': 'e1000e'", rule: 'net-vdpa-model' },
  { name: 'a vDPA interface of model virtio-non-transitional', text: addDevices(Q35, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='virtio-non-transitional'/></interface>"), refuses: "invalid model for interface of type 'vdpa': 'virtio-non-transitional'", rule: 'net-vdpa-model' },
  { name: "vDPA interfaces of model 'virtio' and without a model (near miss)", text: addDevices(Q35, "<interface type='vdpa'><source dev='/dev/vhost-vdpa-0'/><model type='virtio'/><driver queues='4'/></interface><interface type='vdpa'><source dev='/dev/vhost-vdpa-1'/></interface>") },
  // hugepages
  { name: 'hugepages of 2 MiB and 1 GiB both naming node 1', text: hugepages("<page size='2' unit='M' nodeset='0-1'/><page size='1' unit='G' nodeset='1'/>"), refuses: 'nodeset attribute of hugepages of sizes 1048576 and 2048 intersect', rule: 'hugepages-nodes' },
  { name: 'two 2 MiB hugepage entries naming node 0', text: hugepages("<page size='2' unit='M' nodeset='0'/><page size='2' unit='M' nodeset='0'/>"), refuses: 'nodeset attribute of hugepages of sizes 2048 and 2048 intersect', rule: 'hugepages-nodes' },
  { name: 'hugepages on disjoint nodes, and a default size beside a node size (near miss)', text: hugepages("<page size='2' unit='M'/><page size='2' unit='M' nodeset='0'/><page size='1' unit='G' nodeset='1'/>") },
  // audio
  { name: 'an audio backend with id 0', text: addDevices(Q35, "<sound model='ich9'/><audio id='0' type='none'/>"), refuses: "Invalid value for attribute 'id' in element 'audio': Zero is not permitted", rule: 'audio-references' },
  { name: "audio output with fixedSettings='yes' and mixingEngine='no'", text: addDevices(Q35, "<sound model='ich9'><audio id='1'/></sound><audio id='1' type='none'><output mixingEngine='no' fixedSettings='yes'/></audio>"), refuses: 'fixed audio settings requires mixing engine', rule: 'audio-fixed-settings' },
  { name: "audio input with fixedSettings='yes' and no mixingEngine", text: addDevices(Q35, "<sound model='ich9'/><audio id='1' type='none'><input fixedSettings='yes'><settings frequency='44100' channels='2' format='s16'/></input></audio>"), refuses: 'fixed audio settings requires mixing engine', rule: 'audio-fixed-settings' },
  { name: "fixedSettings='yes' with mixingEngine='yes', and 'no' with the engine off (near miss)", text: addDevices(Q35, "<sound model='ich9'/><audio id='1' type='none'><input mixingEngine='yes' fixedSettings='yes'/><output mixingEngine='no' fixedSettings='no'/></audio>") },
  // panic
  { name: 'an ISA panic device with a USB address', text: addDevices(Q35, "<panic model='isa'><address type='usb' bus='0' port='1'/></panic>"), refuses: 'panic is supported only with ISA address type', rule: 'panic-device-placement' },
  { name: 'a panic device without a model (ISA on x86) with a PCI address', text: addDevices(Q35, `<panic>${PCI_ADDRESS}</panic>`), refuses: 'panic is supported only with ISA address type', rule: 'panic-device-placement' },
  { name: 'an ISA panic device at I/O port 0x506 (near miss)', text: addDevices(Q35, "<panic model='isa'><address type='isa' iobase='0x506'/></panic>") },
  // IOThreads
  { name: 'IOThread id 0', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <iothreads>2</iothreads><iothreadids><iothread id='0'/></iothreadids>"]), refuses: "Invalid value for attribute 'id' in element 'iothread': Zero is not permitted", rule: 'iothread-ids-unique' },
  { name: 'an IOThread with thread_pool_min and no maximum', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <iothreads>1</iothreads><iothreadids><iothread id='1' thread_pool_min='4'/></iothreadids>"]), refuses: 'thread_pool_min must be smaller or equal to thread_pool_max', rule: 'iothread-pool-bounds' },
  { name: 'a default IOThread pool with thread_pool_min above thread_pool_max', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <defaultiothread thread_pool_min='5' thread_pool_max='4'/>"]), refuses: 'thread_pool_min must be smaller or equal to thread_pool_max', rule: 'iothread-pool-bounds' },
  { name: "a default IOThread pool with thread_pool_max='0'", text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <defaultiothread thread_pool_max='0'/>"]), refuses: 'thread_pool_max must be a positive integer', rule: 'iothread-pool-bounds' },
  { name: 'IOThread pools min = max and a maximum alone (near miss)', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <iothreads>2</iothreads><iothreadids><iothread id='1' thread_pool_min='4' thread_pool_max='4'/><iothread id='2' thread_pool_max='2'/></iothreadids><defaultiothread thread_pool_max='4'/>"]) },
  { name: 'IOThread ids 1 and 3 (near miss)', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <iothreads>2</iothreads><iothreadids><iothread id='1'/><iothread id='3'/></iothreadids>"]) },
  // NUMA tuning
  { name: "a <memnode> with <memory placement='auto'>", text: numatune("<memory mode='strict' placement='auto'/><memnode cellid='0' mode='strict' nodeset='0'/>"), refuses: 'Per-node binding is not compatible with automatic NUMA placement.', rule: 'numatune-settings' },
  { name: "a <memnode> without <memory> under <vcpu placement='auto'>", text: numatune("<memnode cellid='0' mode='strict' nodeset='0'/>", AUTO_VCPU), refuses: 'Per-node binding is not compatible with automatic NUMA placement.', rule: 'numatune-settings' },
  { name: "a <memnode> under <vcpu placement='auto'> with a static <memory nodeset> (near miss)", text: numatune("<memory mode='strict' nodeset='0'/><memnode cellid='0' mode='strict' nodeset='0'/>", AUTO_VCPU) },
  { name: 'a <memnode> without <memory>, static vCPUs (near miss)', text: numatune("<memnode cellid='1' mode='preferred' nodeset='0'/>") },
  // mediated devices
  { name: 'a boot order on a vfio-pci mediated device', text: addDevices(Q35, "<hostdev mode='subsystem' type='mdev' model='vfio-pci' display='off'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source><boot order='1'/></hostdev>"), refuses: 'booting from assigned devices is not supported by mediated devices of model vfio-pci', rule: 'boot-order-unsupported-device' },
  { name: 'a boot order on a PCI host device beside a mediated device without one (near miss)', text: addDevices(Q35, "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x06' slot='0x00' function='0x0'/></source><boot order='1'/></hostdev><hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='c2177883-f1bb-47f0-914d-32a22e3a8804'/></source></hostdev>") },
  // disks
  { name: "a virtio disk with rotation_rate='1'", text: addDevices(Q35, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/data.img'/><target dev='vdb' bus='virtio' rotation_rate='1'/></disk>"), refuses: 'rotation rate is only valid for SCSI/IDE/SATA bus', rule: 'disk-bus-specific-attrs' },
  { name: 'a USB disk with rotation_rate', text: addDevices(Q35, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/data.img'/><target dev='sdb' bus='usb' rotation_rate='7200'/></disk>"), refuses: 'rotation rate is only valid for SCSI/IDE/SATA bus', rule: 'disk-bus-specific-attrs' },
  { name: 'SATA and SCSI disks with rotation_rate (near miss)', text: addDevices(Q35, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/data.img'/><target dev='sdb' bus='sata' rotation_rate='1'/></disk><controller type='scsi' model='virtio-scsi'/><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/data2.img'/><target dev='sdc' bus='scsi' rotation_rate='7200'/></disk>") },
  // <features>
  { name: 'a KVM dirty ring of 1000 entries', text: edit(Q35, ['<apic/>', "<apic/><kvm><dirty-ring state='on' size='1000'/></kvm>"]), refuses: 'dirty ring must be power of 2 and ranges [1024, 65536]', rule: 'feature-settings' },
  { name: 'a KVM dirty ring of 131072 entries', text: edit(Q35, ['<apic/>', "<apic/><kvm><dirty-ring state='on' size='131072'/></kvm>"]), refuses: 'dirty ring must be power of 2 and ranges [1024, 65536]', rule: 'feature-settings' },
  { name: 'an enabled KVM dirty ring without a size', text: edit(Q35, ['<apic/>', "<apic/><kvm><dirty-ring state='on'/></kvm>"]), refuses: "Missing required attribute 'size' in element 'dirty-ring'", rule: 'feature-settings' },
  { name: 'a dirty ring of 65536 entries (near miss)', text: edit(Q35, ['<apic/>', "<apic/><kvm><dirty-ring state='on' size='65536'/></kvm>"]) },
  { name: 'an SMM TSEG size on i440fx', text: edit(SEED, ['</os>', "</os>\n  <features><acpi/><smm state='on'><tseg unit='MiB'>48</tseg></smm></features>"]), refuses: 'SMM TSEG is only supported with q35 machine type', rule: 'feature-settings' },
  { name: 'an SMM TSEG size on q35 (near miss)', text: edit(Q35, ['<apic/>', "<apic/><smm state='on'><tseg unit='MiB'>48</tseg></smm>"]) },
  { name: 'an SMM TSEG size with SMM off on i440fx (near miss)', text: edit(SEED, ['</os>', "</os>\n  <features><acpi/><smm state='off'><tseg unit='MiB'>48</tseg></smm></features>"]) },
  // shmem
  { name: 'an ivshmem-doorbell region with a <size>', text: addDevices(Q35, "<shmem name='shm0'><model type='ivshmem-doorbell'/><size unit='M'>4</size><server path='/run/ivshmem.sock'/></shmem>"), refuses: "shmem model 'ivshmem-doorbell' does not support size setting", rule: 'shmem-size' },
  { name: 'an ivshmem-doorbell region without a <size> (near miss)', text: addDevices(Q35, "<shmem name='shm0'><model type='ivshmem-doorbell'/><server path='/run/ivshmem.sock'/><msi vectors='8' ioeventfd='on'/></shmem>") },
  // fw_cfg
  { name: 'a fw_cfg entry with neither a value nor a file', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <sysinfo type='fwcfg'><entry name='opt/com.example/config'/></sysinfo>"]), refuses: "Firmware entry must have either value or 'file' attribute", rule: 'sysinfo-fwcfg-names' },
  { name: 'a fw_cfg entry of white space only', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <sysinfo type='fwcfg'><entry name='opt/com.example/config'>   </entry></sysinfo>"]), refuses: "Firmware entry must have either value or 'file' attribute", rule: 'sysinfo-fwcfg-names' },
  { name: 'fw_cfg entries with a value and with a file (near miss)', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <sysinfo type='fwcfg'><entry name='opt/com.example/config'>value</entry><entry name='opt/com.example/file' file='/etc/hosts'/></sysinfo>"]) },
  // vhost-user NICs
  { name: 'a vhost-user interface in server mode with reconnect', text: addDevices(SHARED, "<interface type='vhostuser'><source type='unix' path='/run/openvswitch/vhu0' mode='server'><reconnect enabled='yes' timeout='10'/></source><model type='virtio'/></interface>"), refuses: "'reconnect' attribute unsupported 'server' mode for <interface type='vhostuser'>", rule: 'chardev-reconnect' },
  { name: "vhost-user interfaces with reconnect in client mode and reconnect enabled='no' in server mode (near miss)", text: addDevices(SHARED, "<interface type='vhostuser'><source type='unix' path='/run/openvswitch/vhu0' mode='client'><reconnect enabled='yes' timeout='10'/></source><model type='virtio'/><driver queues='4' rx_queue_size='1024' tx_queue_size='1024'/></interface><interface type='vhostuser'><source type='unix' path='/run/openvswitch/vhu1' mode='server'><reconnect enabled='no'/></source><model type='virtio'/></interface>") },
  // id sets: ranges written high to low, sets that select nothing
  { name: "a vcpupin cpuset '3-1'", text: afterVcpu("<cputune><vcpupin vcpu='0' cpuset='3-1'/></cputune>"), refuses: BITMAP('3-1'), rule: 'cputune-pins' },
  { name: "an emulatorpin cpuset '2-1'", text: afterVcpu("<cputune><emulatorpin cpuset='2-1'/></cputune>"), refuses: BITMAP('2-1'), rule: 'cputune-pins' },
  { name: "a <vcpu cpuset='2-1'>", text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu cpuset='2-1'>2</vcpu>"]), refuses: BITMAP('2-1'), rule: 'cputune-pins' },
  { name: "a numatune <memory nodeset='1-0'>", text: afterVcpu("<numatune><memory mode='strict' nodeset='1-0'/></numatune>"), refuses: BITMAP('1-0'), rule: 'numatune-settings' },
  { name: "a <memnode nodeset='1-0'>", text: numatune("<memnode cellid='0' mode='strict' nodeset='1-0'/>"), refuses: BITMAP('1-0'), rule: 'numatune-settings' },
  { name: "a hugepages nodeset '1-0'", text: hugepages("<page size='2' unit='M' nodeset='1-0'/>"), refuses: BITMAP('1-0'), rule: 'hugepages-nodes' },
  { name: "a hugepages nodeset '0,^0' (no node)", text: hugepages("<page size='2' unit='M' nodeset='0,^0'/>"), refuses: "Invalid value of 'nodeset': 0,^0", rule: 'hugepages-nodes' },
  { name: "a vcpusched set '1-0'", text: afterVcpu("<cputune><vcpusched vcpus='1-0' scheduler='fifo' priority='1'/></cputune>"), refuses: BITMAP('1-0'), rule: 'cputune-values' },
  { name: "a vcpusched set '0,^0' (no vCPU)", text: afterVcpu("<cputune><vcpusched vcpus='0,^0' scheduler='fifo' priority='1'/></cputune>"), refuses: "'vcpus' scheduler bitmap '0,^0' is empty", rule: 'cputune-values' },
  { name: "an iothreadsched set '1,^1' (no IOThread)", text: afterVcpu("<iothreads>1</iothreads><cputune><iothreadsched iothreads='1,^1' scheduler='batch'/></cputune>"), refuses: "'iothreads' scheduler bitmap '1,^1' is empty", rule: 'cputune-values' },
  { name: "a NUMA cell with cpus '1-0'", text: edit(Q35, ['<clock offset="utc">', "<cpu><numa><cell id='0' cpus='1-0' memory='64' unit='MiB'/></numa></cpu>\n  <clock offset=\"utc\">"]), refuses: BITMAP('1-0'), rule: 'numa-cell-cpus' },
  { name: 'pins, nodesets and scheduler sets written low to high, with exclusions (near miss)', text: numatune("<memory mode='strict' nodeset='0-1,^1'/><memnode cellid='0' mode='strict' nodeset='0'/>").replace('<numatune>', "<iothreads>1</iothreads><cputune><vcpupin vcpu='0' cpuset='0-3,^2'/><emulatorpin cpuset='0-1'/><iothreadpin iothread='1' cpuset='0-1,^1'/><vcpusched vcpus='0-1,^1' scheduler='fifo' priority='1'/><iothreadsched iothreads='1' scheduler='batch'/></cputune><numatune>") },
  // round 14b: CCW addresses on x86, NVMe namespace 0, perf events named twice, IOThread pins written high to low, ids past 16383
  { name: 'an rng with a CCW address on q35', text: edit(Q35, ['<backend model="random">/dev/urandom</backend>', `<backend model="random">/dev/urandom</backend>${CCW}`]), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 'the memballoon with a CCW address on q35', text: edit(Q35, ['<memballoon model="virtio"/>', `<memballoon model="virtio">${CCW}</memballoon>`]), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 'a vsock with a CCW address on q35', text: addDevices(Q35, `<vsock model='virtio'><cid auto='no' address='3'/>${CCW}</vsock>`), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 'a virtio keyboard and a virtio-serial controller with CCW addresses on q35', text: addDevices(Q35, `<input type='keyboard' bus='virtio'>${CCW}</input><controller type='virtio-serial' index='0'>${CCW.replace('0x0001', '0x0002')}</controller>`), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: "a NIC with a CCW address written devno='01' on q35", text: addDevices(Q35, "<interface type='user'><model type='virtio'/><address type='ccw' cssid='0xfe' ssid='0' devno='01'/></interface>"), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 'a vfio-ccw mediated device with a CCW address on q35 (as in the corpus mdev-devices document)', text: addDevices(Q35, "<hostdev mode='subsystem' type='mdev' managed='no' model='vfio-ccw'><address type='ccw' cssid='0xfe' ssid='0x1' devno='0x0008'/><source><address uuid='8e37ee90-2b51-45e3-9b25-bf8283c03110'/></source></hostdev>"), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 'a vsock without an address on q35 (near miss)', text: addDevices(Q35, "<vsock model='virtio'><cid auto='no' address='3'/></vsock>") },
  { name: "an NVMe disk of namespace '0'", text: addDevices(Q35, nvme('0')), refuses: "NVMe namespace can't be zero", rule: 'disk-nvme-namespace' },
  { name: "an NVMe disk of namespace '00'", text: addDevices(Q35, nvme('00')), refuses: "NVMe namespace can't be zero", rule: 'disk-nvme-namespace' },
  { name: "an NVMe disk of namespace '1' (near miss)", text: addDevices(Q35, nvme('1')) },
  { name: 'a perf event enabled, then disabled', text: afterVcpu("<perf><event name='cmt' enabled='yes'/><event name='cmt' enabled='no'/></perf>"), refuses: "perf event 'cmt' was already specified", rule: 'perf-event-unique' },
  { name: 'a perf event enabled twice', text: afterVcpu("<perf><event name='cpu_cycles' enabled='yes'/><event name='cpu_cycles' enabled='yes'/></perf>"), refuses: "perf event 'cpu_cycles' was already specified", rule: 'perf-event-unique' },
  { name: 'two distinct perf events (near miss)', text: afterVcpu("<perf><event name='cmt' enabled='yes'/><event name='mbmt' enabled='no'/></perf>") },
  { name: "an iothreadpin cpuset '2-1'", text: afterVcpu("<iothreads>1</iothreads><cputune><iothreadpin iothread='1' cpuset='2-1'/></cputune>"), refuses: BITMAP('2-1'), rule: 'cputune-pins' },
  { name: "a vcpupin cpuset '16384'", text: afterVcpu("<cputune><vcpupin vcpu='0' cpuset='16384'/></cputune>"), refuses: BITMAP('16384'), rule: 'cputune-pins' },
  { name: "an emulatorpin cpuset '0-16384'", text: afterVcpu("<cputune><emulatorpin cpuset='0-16384'/></cputune>"), refuses: BITMAP('0-16384'), rule: 'cputune-pins' },
  { name: "an iothreadpin cpuset '16384'", text: afterVcpu("<iothreads>1</iothreads><cputune><iothreadpin iothread='1' cpuset='16384'/></cputune>"), refuses: BITMAP('16384'), rule: 'cputune-pins' },
  { name: "a vcpupin cpuset excluding CPU 16384 ('0-3,^16384')", text: afterVcpu("<cputune><vcpupin vcpu='0' cpuset='0-3,^16384'/></cputune>"), refuses: BITMAP('0-3,^16384'), rule: 'cputune-pins' },
  { name: "a <vcpu cpuset='16384'>", text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu cpuset='16384'>2</vcpu>"]), refuses: BITMAP('16384'), rule: 'cputune-pins' },
  { name: "a numatune <memory nodeset='16384'>", text: afterVcpu("<numatune><memory mode='strict' nodeset='16384'/></numatune>"), refuses: BITMAP('16384'), rule: 'numatune-settings' },
  { name: "a <memnode nodeset='16384'>", text: numatune("<memnode cellid='0' mode='strict' nodeset='16384'/>"), refuses: BITMAP('16384'), rule: 'numatune-settings' },
  { name: "an emulatorpin cpuset '0-16383' and a nodeset '16383' (near miss: the last ids libvirt parses)", text: afterVcpu("<cputune><emulatorpin cpuset='0-16383'/></cputune><numatune><memory mode='strict' nodeset='16383'/></numatune>") },
  { name: "a vcpupin cpuset excluding a range ('0-3,^1-2')", text: afterVcpu("<cputune><vcpupin vcpu='0' cpuset='0-3,^1-2'/></cputune>"), refuses: BITMAP('0-3,^1-2'), rule: 'cputune-pins' },
  { name: "a numatune nodeset excluding a range ('0-1,^1-1')", text: afterVcpu("<numatune><memory mode='strict' nodeset='0-1,^1-1'/></numatune>"), refuses: BITMAP('0-1,^1-1'), rule: 'numatune-settings' },
  { name: "a vcpupin cpuset '0-16383,^1' and a nodeset '0,^16383' (near miss: one id after ^)", text: afterVcpu("<cputune><vcpupin vcpu='0' cpuset='0-16383,^1'/></cputune><numatune><memory mode='strict' nodeset='0,^16383'/></numatune>") },
];
