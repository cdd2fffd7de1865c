/**
 * Documents the fidelity hunt (fidelity-hunt.test.ts) found virtlint and libvirt 9.0 disagreeing on,
 * with libvirt's define-time verdict pinned (`refuses`: a piece of its message) and the rule that
 * now reports it, plus near misses libvirt defines. hunt-cases.test.ts checks both sides.
 */
import { addDevices, edit, ISAPC, Q35, SEED } from '../rules/helpers.js';

export interface HuntCase {
  readonly name: string;
  readonly text: string;
  /** A piece of libvirt's error; undefined when libvirt defines the document. */
  readonly refuses?: string;
  /** The rule that reports the refusal (as an error). */
  readonly rule?: string;
}

const VGA = "<model type='vga' vram='9216' heads='1'/>";
const video = (model: string): string => edit(SEED, [VGA, model]);
const features = (inner: string): string => edit(SEED, ['</os>', `</os>\n  <features>${inner}</features>`]);
const timers = (xml: string): string => edit(SEED, ["<clock offset='utc'/>", `<clock offset='utc'>${xml}</clock>`]);
const MEMORY = "<memory unit='KiB'>1048576</memory>";
const Q35_TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
const NO_BALLOON = "<memballoon model='none'/>";
const MICROVM = edit(ISAPC, ["machine='isapc'", "machine='microvm'"], [NO_BALLOON, `${NO_BALLOON}<controller type='usb' model='none'/>`]);
const NO_PCI = 'No PCI buses available';
const platformFeature = (f: string): HuntCase => ({ name: `<${f}> on x86 i440fx`, text: features(f), refuses: `The '${/^<([\w-]+)/.exec(f)![1]}' feature is not supported for architecture 'x86_64'`, rule: 'feature-settings' });

export const HUNT_CASES: readonly HuntCase[] = [
  { name: 'qxl vgamem below 1 MiB', text: addDevices(SEED, "<video><model type='qxl' vgamem='1000'/></video>"), refuses: "value for 'vgamem' must be at least 1 MiB (1024 KiB)", rule: 'video-attr-compat' },
  { name: 'qxl vgamem not a power of two', text: addDevices(SEED, "<video><model type='qxl' vgamem='3000'/></video>"), refuses: "value for 'vgamem' must be power of two", rule: 'video-attr-compat' },
  { name: 'qxl vgamem 2048 (near miss)', text: addDevices(SEED, "<video><model type='qxl' vgamem='2048'/></video>") },
  { name: "accel2d='yes'", text: video("<model type='virtio'><acceleration accel2d='yes'/></model>"), refuses: 'qemu does not support the accel2d setting', rule: 'video-attr-compat' },
  { name: "accel2d='no' (near miss)", text: video("<model type='virtio'><acceleration accel2d='no'/></model>") },
  { name: 'resolution on cirrus', text: video("<model type='cirrus'><resolution x='1024' y='768'/></model>"), refuses: 'model resolution is not supported', rule: 'video-attr-compat' },
  { name: 'resolution on vmvga', text: video("<model type='vmvga'><resolution x='1024' y='768'/></model>"), refuses: 'model resolution is not supported', rule: 'video-attr-compat' },
  { name: 'resolution on bochs (near miss)', text: video("<model type='bochs'><resolution x='1024' y='768'/></model>") },
  { name: 'resolution on qxl (near miss)', text: video("<model type='qxl'><resolution x='1024' y='768'/></model>") },
  { name: 'zero resolution on cirrus', text: video("<model type='cirrus'><resolution x='0' y='768'/></model>"), refuses: 'video resolution values must be greater than 0', rule: 'video-attr-compat' },
  { name: 'ramfb with a PCI address', text: video("<model type='ramfb'/>"), refuses: 'address not supported for video type ramfb', rule: 'video-attr-compat' },
  ...["<gic version='3'/>", "<hpt resizing='enabled'/>", "<htm state='on'/>", "<nested-hv state='on'/>", "<ccf-assist state='on'/>", "<cfpc value='workaround'/>", "<sbbc value='workaround'/>", "<ibs value='fixed-ibs'/>"].map(platformFeature),
  { name: '<ioapic> and <vmcoreinfo> on x86 (near miss)', text: features("<ioapic driver='qemu'/><vmcoreinfo state='on'/>") },
  { name: 'Hyper-V spinlock retries 4094', text: features("<hyperv mode='custom'><spinlocks state='on' retries='4094'/></hyperv>"), refuses: 'HyperV spinlock retry count must be at least 4095', rule: 'feature-settings' },
  { name: 'Hyper-V spinlock retries 4095 (near miss)', text: features("<hyperv mode='custom'><spinlocks state='on' retries='4095'/></hyperv>") },
  { name: 'Hyper-V spinlocks off with retries 10 (near miss)', text: features("<hyperv mode='custom'><spinlocks state='off' retries='10'/></hyperv>") },
  { name: 'Hyper-V vendor_id of 13 characters', text: features("<hyperv mode='custom'><vendor_id state='on' value='1234567890123'/></hyperv>"), refuses: 'HyperV vendor_id value must not be more than 12 characters', rule: 'feature-settings' },
  { name: 'Hyper-V vendor_id of 12 characters (near miss)', text: features("<hyperv mode='custom'><vendor_id state='on' value='123456789012'/></hyperv>") },
  { name: 'two panics without a model (both isa)', text: addDevices(SEED, '<panic/><panic/>'), refuses: "Multiple panic devices with model 'isa'", rule: 'panic-device-placement' },
  { name: 'a panic without a model beside an isa one', text: addDevices(SEED, "<panic/><panic model='isa'/>"), refuses: "Multiple panic devices with model 'isa'", rule: 'panic-device-placement' },
  { name: 'a panic without a model beside a hyperv one (near miss)', text: addDevices(SEED, "<panic/><panic model='hyperv'/>") },
  { name: 'the xen input bus', text: addDevices(SEED, "<input type='mouse' bus='xen'/>"), refuses: 'unsupported input bus xen', rule: 'input-bus-compat' },
  { name: 'a spicevmc serial with a SPICE display', text: addDevices(SEED, "<graphics type='spice' autoport='yes'/><serial type='spicevmc'/>"), refuses: 'spicevmc device type only supports virtio', rule: 'spice-chardev-requires-spice' },
  { name: 'a spicevmc virtio console', text: addDevices(SEED, "<graphics type='spice' autoport='yes'/><console type='spicevmc'><target type='virtio'/></console>"), refuses: 'spicevmc device type only supports virtio', rule: 'spice-chardev-requires-spice' },
  { name: 'a spicevmc virtio channel with a SPICE display (near miss)', text: addDevices(SEED, "<graphics type='spice' autoport='yes'/><channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>") },
  { name: 'a udp serial with a bind source only', text: addDevices(SEED, "<serial type='udp'><source mode='bind' host='0.0.0.0' service='2222'/></serial>"), refuses: 'Missing source service attribute for char device', rule: 'chardev-source-attrs' },
  { name: 'a udp serial with a connect source (near miss)', text: addDevices(SEED, "<serial type='udp'><source mode='connect' host='127.0.0.1' service='2222'/></serial>") },
  { name: 'the SMMUv3 on q35', text: addDevices(Q35, "<iommu model='smmuv3'/>"), refuses: "IOMMU device: 'smmuv3' is only supported with ARM Virt machines", rule: 'iommu-machine-and-ioapic' },
  { name: 'the virtio IOMMU on i440fx', text: addDevices(SEED, "<iommu model='virtio'/>"), refuses: "IOMMU device: 'virtio' is only supported with Q35 and ARM Virt machines", rule: 'iommu-machine-and-ioapic' },
  { name: 'the virtio IOMMU on q35 (near miss)', text: addDevices(Q35, "<iommu model='virtio'/>") },
  { name: 'a pci-expander-bus on q35', text: addDevices(Q35, "<controller type='pci' index='9' model='pci-expander-bus'><target busNr='254'/></controller>"), refuses: 'pci-expander-bus controllers are only supported on 440fx-based machinetypes', rule: 'pci-controller-placement' },
  { name: 'a pcie-expander-bus on i440fx', text: addDevices(SEED, "<controller type='pci' index='1' model='pcie-expander-bus'><target busNr='200'/></controller>"), refuses: 'pcie-expander-bus controllers are not supported with this machine type', rule: 'pci-controller-placement' },
  { name: 'a pci-expander-bus on i440fx (near miss)', text: addDevices(SEED, "<controller type='pci' index='1' model='pci-expander-bus'><target busNr='200'/></controller>") },
  { name: 'a pcie-expander-bus on q35 (near miss)', text: addDevices(Q35, "<controller type='pci' index='9' model='pcie-expander-bus'><target busNr='200'/></controller>") },
  { name: 'spice OpenGL beside egl-headless', text: addDevices(SEED, "<graphics type='spice' autoport='yes'><gl enable='yes'/></graphics><graphics type='egl-headless'/>"), refuses: 'multiple OpenGL displays are not supported by QEMU', rule: 'graphics-combinations' },
  { name: 'spice without OpenGL beside egl-headless (near miss)', text: addDevices(SEED, "<graphics type='spice' autoport='yes'><gl enable='no'/></graphics><graphics type='egl-headless'/>") },
  { name: "pit tickpolicy 'merge'", text: timers("<timer name='pit' tickpolicy='merge'/>"), refuses: "unsupported pit tickpolicy 'merge'", rule: 'clock-timer-settings' },
  { name: "pit tickpolicy 'discard' (near miss)", text: timers("<timer name='pit' tickpolicy='discard'/>") },
  { name: 'armvtimer on x86', text: timers("<timer name='armvtimer' present='yes'/>"), refuses: "Configuring the 'armvtimer' timer is not supported", rule: 'clock-timer-settings' },
  { name: '<memory> of 0', text: edit(SEED, [MEMORY, "<memory unit='KiB'>0</memory>"]), refuses: 'Memory size must be specified via <memory> or in the <numa> configuration', rule: 'max-memory-size' },
  { name: '<memory> of 0 with a NUMA cell (near miss)', text: edit(SEED, [MEMORY, "<memory unit='KiB'>0</memory><cpu><numa><cell id='0' cpus='0' memory='1048576' unit='KiB'/></numa></cpu>"]) },
  { name: '<memory> of 100 bytes (near miss)', text: edit(SEED, [MEMORY, "<memory unit='b'>100</memory>"]) },
  { name: '<nvram> without a loader', text: edit(Q35, [Q35_TYPE, `${Q35_TYPE}<nvram>/var/lib/libvirt/qemu/nvram/fidelity-hunt_VARS.fd</nvram>`]), refuses: 'no loader path specified and firmware auto selection disabled', rule: 'loader-path-required' },
  { name: 'a buslogic SCSI controller', text: addDevices(SEED, "<controller type='scsi' index='3' model='buslogic'/>"), refuses: 'Unsupported controller model: buslogic', rule: 'controller-model-qemu' },
  { name: 'an ncr53c90 SCSI controller at index 1', text: addDevices(SEED, "<controller type='scsi' index='1' model='ncr53c90'/>"), refuses: 'ncr53c90 can only be used as first SCSI controller', rule: 'controller-model-qemu' },
  { name: 'an ncr53c90 SCSI controller at index 0 on i440fx', text: addDevices(SEED, "<controller type='scsi' index='0' model='ncr53c90'/>"), refuses: 'ncr53c90 SCSI controller is not a built-in for this machine', rule: 'controller-model-qemu' },
  { name: 'a qusb2 USB controller', text: addDevices(SEED, "<controller type='usb' index='3' model='qusb2'/>"), refuses: "USB controller model type 'qusb1' or 'qusb2' is not supported in qemu", rule: 'controller-model-qemu' },
  { name: "an 'auto' SCSI controller (near miss)", text: addDevices(SEED, "<controller type='scsi' index='3' model='auto'/>") },
  { name: 'a second qemu-xhci at USB index 0', text: edit(Q35, ['<controller type="usb" model="qemu-xhci" ports="15"/>', "<controller type='usb' index='0' model='qemu-xhci'/><controller type='usb' index='0' model='qemu-xhci'/>"]), refuses: 'Duplicate USB controllers with index 0', rule: 'controller-index-unique' },
  { name: 'nec-xhci and piix3-uhci at USB index 0', text: edit(Q35, ['<controller type="usb" model="qemu-xhci" ports="15"/>', "<controller type='usb' index='0' model='nec-xhci'/><controller type='usb' index='0' model='piix3-uhci'/>"]), refuses: 'Duplicate USB controllers with index 0', rule: 'controller-index-unique' },
  { name: 'qemu-xhci and an ICH9 UHCI companion at USB index 0 (near miss)', text: edit(Q35, ['<controller type="usb" model="qemu-xhci" ports="15"/>', "<controller type='usb' index='0' model='qemu-xhci'/><controller type='usb' index='0' model='ich9-uhci1'/>"]) },
  { name: 'an ICH9 UHCI companion alone at USB index 0', text: edit(Q35, ['<controller type="usb" model="qemu-xhci" ports="15"/>', "<controller type='usb' index='0' model='ich9-uhci1'/>"]), refuses: 'No master USB controller specified', rule: 'usb-companion-master' },
  { name: 'a second pcie-root written with index 0 (the unnumbered one is numbered above it)', text: addDevices(Q35, "<controller type='pci' index='0' model='pcie-root'/>"), refuses: 'pci-root and pcie-root controllers should have index 0', rule: 'pci-root-model' },
  { name: 'a pci-root at index 1', text: addDevices(SEED, "<controller type='pci' index='1' model='pci-root'/>"), refuses: 'pci-root and pcie-root controllers should have index 0', rule: 'pci-root-model' },
  { name: 'an unnumbered pci-root on i440fx (near miss)', text: addDevices(SEED, "<controller type='pci' model='pci-root'/>") },
  ...['isa', 'usb', 'drive', 'unassigned'].map((t): HuntCase => ({ name: `a virtio disk with a${t === 'isa' || t === 'unassigned' ? 'n' : ''} ${t} address`, text: addDevices(SEED, `<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/x.img'/><target dev='vdq' bus='virtio'/><address type='${t}'/></disk>`), refuses: `virtio disk cannot have an address of type '${t}'`, rule: 'disk-address-type-matches-bus' })),
  { name: 'a virtio disk with a virtio-mmio address (near miss)', text: addDevices(SEED, "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/x.img'/><target dev='vdq' bus='virtio'/><address type='virtio-mmio'/></disk>") },
  { name: 'two <seclabel>s without a model', text: edit(SEED, ['</devices>', "</devices><seclabel type='none'/><seclabel type='none'/>"]), refuses: 'seclabel for model (null) is already provided', rule: 'seclabel-rules' },
  { name: 'a <seclabel> without a model beside a dac one', text: edit(SEED, ['</devices>', "</devices><seclabel type='none' model='dac'/><seclabel type='none'/>"]), refuses: 'missing security model when using multiple labels', rule: 'seclabel-rules' },
  { name: 'a smartcard with USB disabled', text: addDevices(SEED, "<controller type='usb' model='none'/><smartcard mode='host'/>"), refuses: 'USB is disabled for this domain, but USB devices are present', rule: 'usb-disabled' },
  { name: 'eim without intremap', text: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver eim='on'/></iommu>"), refuses: 'IOMMU eim requires interrupt remapping to be enabled', rule: 'iommu-machine-and-ioapic' },
  { name: 'eim with intremap (near miss)', text: addDevices(edit(Q35, ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>") },
  { name: 'a pcie-root-port on i440fx', text: addDevices(SEED, "<controller type='pci' index='1' model='pcie-root-port'/>"), refuses: "a PCI slot is needed to connect a PCI controller model='pcie-root-port'", rule: 'pci-controller-placement' },
  { name: 'a dmi-to-pci-bridge on i440fx', text: addDevices(SEED, "<controller type='pci' index='1' model='dmi-to-pci-bridge'/>"), refuses: "a PCI slot is needed to connect a PCI controller model='dmi-to-pci-bridge'", rule: 'pci-controller-placement' },
  { name: 'a pcie-to-pci-bridge on i440fx', text: addDevices(SEED, "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>"), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 2000', rule: 'pci-controller-placement' },
  { name: 'a pcie-root-port on q35 (near miss)', text: addDevices(Q35, "<controller type='pci' index='20' model='pcie-root-port'/>") },
  { name: '256 vCPUs on pc (pc-i440fx-7.2 takes 255)', text: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>256</vcpu>"]), refuses: 'Maximum CPUs greater than specified machine type limit 255', rule: 'vcpu-machine-limit' },
  { name: '255 vCPUs on pc (near miss)', text: edit(SEED, ["<vcpu placement='static'>1</vcpu>", "<vcpu placement='static'>255</vcpu>"]) },
  { name: '289 vCPUs on q35 (pc-q35-7.2 takes 288)', text: edit(Q35, ['<vcpu>2</vcpu>', '<vcpu>289</vcpu>']), refuses: 'Maximum CPUs greater than specified machine type limit 288', rule: 'vcpu-machine-limit' },
  { name: '256 vCPUs on q35 without an IOMMU', text: edit(edit(Q35, ['<vcpu>2</vcpu>', '<vcpu>256</vcpu>']), ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), refuses: 'more than 255 vCPUs require extended interrupt mode enabled on the iommu device', rule: 'vcpu-x86-over-255' },
  { name: "256 vCPUs on q35 with intremap but eim='off'", text: addDevices(edit(Q35, ['<vcpu>2</vcpu>', '<vcpu>256</vcpu>'], ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on' eim='off'/></iommu>"), refuses: 'more than 255 vCPUs require extended interrupt mode enabled on the iommu device', rule: 'vcpu-x86-over-255' },
  { name: '288 vCPUs on q35 with an eim IOMMU (near miss)', text: addDevices(edit(Q35, ['<vcpu>2</vcpu>', '<vcpu>288</vcpu>'], ['<apic/>', "<apic/><ioapic driver='qemu'/>"]), "<iommu model='intel'><driver intremap='on' eim='on'/></iommu>") },
  { name: "machine type 'none'", text: edit(Q35, [Q35_TYPE, '<type arch="x86_64" machine="none">hvm</type>']), refuses: "does not support machine type 'none'", rule: 'emulator-supports-machine' },
  { name: 'an rdp display', text: addDevices(SEED, "<graphics type='rdp'/>"), refuses: 'rdp graphics are not supported with this QEMU', rule: 'graphics-combinations' },
  { name: 'a desktop display', text: addDevices(SEED, "<graphics type='desktop'/>"), refuses: 'desktop graphics are not supported with this QEMU', rule: 'graphics-combinations' },
  { name: 'an isapc guest without PCI devices (near miss)', text: ISAPC },
  { name: 'an isapc guest without a <memballoon> (libvirt adds a virtio one)', text: edit(ISAPC, [NO_BALLOON, '']), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'an isapc guest with a usb-net NIC', text: addDevices(ISAPC, "<interface type='user'><model type='usb-net'/></interface>"), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'an isapc guest with a VNC display and no video (libvirt adds one)', text: addDevices(ISAPC, "<graphics type='vnc'/>"), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'an isapc guest with a VNC display and video none (near miss)', text: addDevices(ISAPC, "<video><model type='none'/></video><graphics type='vnc'/>") },
  { name: 'an isapc guest with a virtio channel (libvirt adds a virtio-serial controller)', text: addDevices(ISAPC, "<channel type='pty'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'an isapc guest with a written pci-root and a NIC (near miss)', text: addDevices(ISAPC, "<controller type='pci' index='0' model='pci-root'/><interface type='user'/>") },
  { name: 'a microvm guest without PCI devices (near miss)', text: MICROVM },
  { name: 'a microvm guest without a USB controller (libvirt adds one)', text: edit(MICROVM, ["<controller type='usb' model='none'/>", '']), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'a microvm guest with a virtio disk', text: addDevices(MICROVM, "<disk type='file' device='disk'><source file='/tmp/x.img'/><target dev='vda' bus='virtio'/></disk>"), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: 'a microvm guest with a virtio-mmio balloon (near miss)', text: edit(MICROVM, [NO_BALLOON, "<memballoon model='virtio'><address type='virtio-mmio'/></memballoon>"]) },
  { name: 'a usb-net NIC without an address on i440fx', text: addDevices(SEED, "<interface type='user'><model type='usb-net'/></interface>"), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'address-required-non-pci' },
  { name: 'a usb-net NIC without an address on q35', text: addDevices(Q35, "<interface type='network'><source network='default'/><model type='usb-net'/></interface>"), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'address-required-non-pci' },
  { name: 'a usb-net NIC with a USB address (near miss)', text: addDevices(Q35, "<interface type='user'><model type='usb-net'/><address type='usb' bus='0' port='1'/></interface>") },
  { name: 'a usb-net hostdev NIC (near miss)', text: addDevices(SEED, "<interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source><model type='usb-net'/></interface>") },
  { name: 'a xenbus controller without an address', text: addDevices(SEED, "<controller type='xenbus' index='0' maxGrantFrames='64'/>"), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'address-required-non-pci' },
  { name: 'an isa controller', text: addDevices(SEED, "<controller type='isa' index='0'/>"), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'address-required-non-pci' },
  { name: "a memballoon of model 'xen'", text: edit(Q35, ['<memballoon model="virtio"/>', "<memballoon model='xen'/>"]), refuses: 'Cannot automatically add a new PCI bus for a device with connect flags 00', rule: 'address-required-non-pci' },
  { name: 'a xenbus controller on isapc (no PCI bus at all)', text: addDevices(ISAPC, "<controller type='xenbus' index='0'/>"), refuses: NO_PCI, rule: 'pci-bus-unavailable' },
  { name: "<vmport state='off'> on microvm", text: edit(MICROVM, ['</os>', "</os><features><vmport state='off'/></features>"]), refuses: 'vmport is not available with this QEMU binary', rule: 'feature-settings' },
  { name: "<vmport state='on'> on isapc (near miss)", text: edit(ISAPC, ['</os>', "</os><features><vmport state='on'/></features>"]) },
  { name: "<vmport state='off'> on q35 (near miss)", text: edit(Q35, ['<apic/>', "<apic/><vmport state='off'/>"]) },
  { name: 'a pci-bridge at index 1 without an address on q35', text: addDevices(Q35, "<controller type='pci' index='1' model='pci-bridge'/>"), refuses: "PCI controller at index 1 (0x01) has bus='0x01', but index must be larger than bus", rule: 'pci-controller-placement' },
  { name: 'a pci-bridge without an index or an address on q35', text: addDevices(Q35, "<controller type='pci' model='pci-bridge'/>"), refuses: "PCI controller at index 5 (0x05) has bus='0x05', but index must be larger than bus", rule: 'pci-controller-placement' },
  { name: 'a pci-bridge at index 5 below a pcie-to-pci-bridge at 6 on q35', text: addDevices(Q35, "<controller type='pci' index='6' model='pcie-to-pci-bridge'/><controller type='pci' index='5' model='pci-bridge'/>"), refuses: "PCI controller at index 5 (0x05) has bus='0x05', but index must be larger than bus", rule: 'pci-controller-placement' },
  { name: 'a pci-bridge at index 6 above a dmi-to-pci-bridge at 5 on q35 (near miss)', text: addDevices(Q35, "<controller type='pci' index='5' model='dmi-to-pci-bridge'/><controller type='pci' index='6' model='pci-bridge'/>") },
  { name: 'a pci-bridge at index 1 without an address on i440fx (near miss)', text: addDevices(SEED, "<controller type='pci' index='1' model='pci-bridge'/>") },
  { name: 'a USB tablet on isapc without a USB controller', text: addDevices(ISAPC, "<input type='tablet' bus='usb'/>"), refuses: 'USB is disabled for this domain, but USB devices are present', rule: 'usb-disabled' },
  { name: 'a CCID controller with USB disabled', text: addDevices(SEED, "<controller type='usb' index='0' model='none'/><controller type='ccid' index='0'/>"), refuses: 'USB is disabled for this domain, but USB devices are present', rule: 'usb-disabled' },
  { name: 'a USB serial port with USB disabled', text: addDevices(SEED, "<controller type='usb' index='0' model='none'/><serial type='pty'><target type='usb-serial' port='1'/></serial>"), refuses: 'USB is disabled for this domain, but USB devices are present', rule: 'usb-disabled' },
  { name: 'a USB tablet on isapc with a USB controller on an ISA address (near miss)', text: addDevices(ISAPC, "<controller type='usb' model='piix3-uhci'><address type='isa' iobase='0x300'/></controller><input type='tablet' bus='usb'/>") },
  { name: 'a pcie-switch-downstream-port without an upstream port on q35', text: addDevices(Q35, "<controller type='pci' index='5' model='pcie-switch-downstream-port'/>"), refuses: "a PCI slot is needed to connect a PCI controller model='pcie-switch-downstream-port'", rule: 'pci-controller-placement' },
  { name: 'a pcie-switch-downstream-port below an upstream port on q35 (near miss)', text: addDevices(Q35, "<controller type='pci' index='6' model='pcie-switch-upstream-port'/><controller type='pci' index='5' model='pcie-switch-downstream-port'/>") },
  { name: 'restart on power-off while reboot destroys', text: edit(SEED, ['<on_poweroff>destroy</on_poweroff>', '<on_poweroff>restart</on_poweroff>'], ['<on_reboot>restart</on_reboot>', '<on_reboot>destroy</on_reboot>']), refuses: "qemu driver doesn't support 'onReboot' set to 'destroy and 'onPoweroff' set to 'reboot'", rule: 'lifecycle-actions' },
  { name: 'restart on power-off with the default reboot action (near miss)', text: edit(SEED, ['<on_poweroff>destroy</on_poweroff>', '<on_poweroff>restart</on_poweroff>'], ['<on_reboot>restart</on_reboot>', '']) },
];
