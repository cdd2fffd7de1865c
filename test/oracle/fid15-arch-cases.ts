/**
 * Guests of other architectures (aarch64, armv7l, riscv64, s390x) and guest sets, with libvirt 9.0's
 * define verdict pinned (`refuses`: a piece of its message) and the rule that reports the refusal,
 * plus near misses libvirt defines (round 15). fid15-arch-define.test.ts checks both sides; a case
 * whose emulator is not installed is skipped, saying so (other-arch.ts).
 */
import { otherGuest } from './other-arch.js';

export interface ArchCase {
  readonly name: string;
  /** The emulator's suffix (qemu-system-<arch>): aarch64, arm, riscv64, s390x, x86_64. */
  readonly emulator: string;
  /** The document; EMULATOR stands for the emulator's path. */
  readonly text: string;
  /** A piece of libvirt's error; undefined when libvirt defines the document. */
  readonly refuses?: string;
  /** The rule that reports the refusal (as an error). */
  readonly rule?: string;
}

const NAME = 'fid15-arch';
const ACPI = '<features><acpi/></features>';
const AAVMF = "<loader readonly='yes' type='pflash'>/usr/share/AAVMF/AAVMF_CODE.fd</loader><nvram template='/usr/share/AAVMF/AAVMF_VARS.fd'/>";
const EMULATOR: Readonly<Record<string, string>> = { aarch64: 'aarch64', armv7l: 'arm', riscv64: 'riscv64', s390x: 's390x', x86_64: 'x86_64' };
const MACHINE: Readonly<Record<string, string>> = { aarch64: 'virt', armv7l: 'virt', riscv64: 'virt', s390x: 's390-ccw-virtio', x86_64: 'q35' };

/** A guest of `arch` (machine: its usual one unless given) with `devices`, `extra` after <os> and `os` inside it. */
const guest = (arch: string, devices: string, o: { machine?: string; extra?: string; os?: string } = {}): { emulator: string; text: string } => ({
  emulator: EMULATOR[arch]!,
  text: otherGuest({ name: NAME, arch, machine: o.machine ?? MACHINE[arch]!, devices, extra: o.extra, os: o.os }),
});
const serial = (type: string | undefined, model: string | undefined): string => `<serial type='pty'><target${type ? ` type='${type}'` : ''}>${model ? `<model name='${model}'/>` : ''}</target></serial>`;

const ACPI_UEFI = 'ACPI requires UEFI on this architecture';
const USB_OFF = 'USB is disabled for this domain, but USB devices are present in the domain XML';
const NO_PS2 = 'ps2 is not supported by this QEMU binary';
const NO_ISA_PANIC = 'the QEMU binary does not support the ISA panic device';
const SERIAL = (type: string, model: string): string => `Serial device with target type '${type}' and target model '${model}' not compatible with guest architecture or machine type`;
const BITMAP = 'Failed to parse bitmap';

/** x86 guests with guest sets (4 vCPUs, 2 IOThreads). */
const VCPUS = "<vcpu placement='static'>4</vcpu><iothreads>2</iothreads>";
const sets = (extra: string): { emulator: string; text: string } => ({ emulator: 'x86_64', text: guest('x86_64', '', { extra }).text.replace('<vcpu>1</vcpu>', VCPUS) });
const vcpusched = (set: string): { emulator: string; text: string } => sets(`<cputune><vcpusched vcpus='${set}' scheduler='fifo' priority='1'/></cputune>`);
const iothreadsched = (set: string): { emulator: string; text: string } => sets(`<cputune><iothreadsched iothreads='${set}' scheduler='fifo' priority='1'/></cputune>`);
const cell = (cpus: string): { emulator: string; text: string } => sets(`<cpu><numa><cell id='0' cpus='${cpus}' memory='131072' unit='KiB'/><cell id='1' cpus='3' memory='131072' unit='KiB'/></numa></cpu>`);
const hugepages = (nodeset: string): { emulator: string; text: string } =>
  sets(`<memoryBacking><hugepages><page size='2048' unit='KiB' nodeset='${nodeset}'/></hugepages></memoryBacking><cpu><numa><cell id='0' cpus='0-1' memory='131072' unit='KiB'/><cell id='1' cpus='2-3' memory='131072' unit='KiB'/></numa></cpu>`);

export const ARCH_CASES: readonly ArchCase[] = [
  // ACPI on aarch64 needs UEFI firmware.
  { name: 'aarch64 virt: <acpi/> without a loader', ...guest('aarch64', '', { extra: ACPI }), refuses: ACPI_UEFI, rule: 'acpi-requires-uefi' },
  { name: 'aarch64 sbsa-ref: <acpi/> without a loader', ...guest('aarch64', '', { machine: 'sbsa-ref', extra: ACPI }), refuses: ACPI_UEFI, rule: 'acpi-requires-uefi' },
  { name: 'aarch64 virt: <acpi/> with a rom loader', ...guest('aarch64', '', { extra: ACPI, os: "<loader type='rom'>/usr/share/AAVMF/AAVMF_CODE.fd</loader>" }), refuses: ACPI_UEFI, rule: 'acpi-requires-uefi' },
  { name: 'aarch64 virt: <acpi/> with a direct kernel boot', ...guest('aarch64', '', { extra: ACPI, os: '<kernel>/boot/vmlinuz</kernel>' }), refuses: ACPI_UEFI, rule: 'acpi-requires-uefi' },
  { name: 'aarch64 virt: <acpi/> with the AAVMF pflash loader (near miss)', ...guest('aarch64', '', { extra: ACPI, os: AAVMF }) },
  { name: "aarch64 virt: <acpi/> with firmware='efi' (near miss)", emulator: 'aarch64', text: guest('aarch64', '', { extra: ACPI }).text.replace('<os>', "<os firmware='efi'>") },
  { name: 'armv7l virt: <acpi/> without firmware (near miss)', ...guest('armv7l', '', { extra: ACPI }) },
  { name: 'riscv64 virt: <acpi/> without firmware (near miss)', ...guest('riscv64', '', { extra: ACPI }) },
  { name: 's390x: <acpi/> (near miss)', ...guest('s390x', '', { extra: ACPI }) },
  // No default USB controller off x86.
  { name: 'aarch64 virt: a USB tablet without a USB controller', ...guest('aarch64', "<input type='tablet' bus='usb'/>"), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 'aarch64 virt: a USB redirdev without a USB controller', ...guest('aarch64', "<redirdev bus='usb' type='tcp'><source mode='connect' host='localhost' service='4000'/></redirdev>"), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 'riscv64 virt: a mouse without a bus (USB) and no USB controller', ...guest('riscv64', "<input type='mouse'/>"), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 'armv7l vexpress-a9: a keyboard without a bus (USB) and no USB controller', ...guest('armv7l', "<input type='keyboard'/>", { machine: 'vexpress-a9' }), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 's390x: a USB tablet without a USB controller', ...guest('s390x', "<input type='tablet' bus='usb'/>"), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 's390x: a USB tablet beside a USB controller without a model (none on s390)', ...guest('s390x', "<controller type='usb' index='0'/><input type='tablet' bus='usb'/>"), refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 'x86_64 isapc: a tablet without a bus (USB)', emulator: 'x86_64', text: guest('x86_64', "<input type='tablet'/>", { machine: 'isapc' }).text, refuses: USB_OFF, rule: 'usb-disabled' },
  { name: 'aarch64 virt: a tablet without a bus beside a USB controller without a model (near miss)', ...guest('aarch64', "<controller type='usb' index='0'/><input type='tablet'/>") },
  { name: 's390x: a mouse and a keyboard without a bus (virtio there) (near miss)', ...guest('s390x', "<input type='mouse'/><input type='keyboard'/>") },
  // Input buses.
  { name: "s390x: <input model='virtio'> without a bus (virtio there) (near miss; was a false error)", ...guest('s390x', "<input type='mouse' model='virtio'/>") },
  { name: 'aarch64 virt: a PS/2 keyboard', ...guest('aarch64', "<input type='keyboard' bus='ps2'/>"), refuses: NO_PS2, rule: 'input-bus-compat' },
  { name: 'armv7l virt: a PS/2 mouse', ...guest('armv7l', "<input type='mouse' bus='ps2'/>"), refuses: NO_PS2, rule: 'input-bus-compat' },
  { name: 'riscv64 virt: a PS/2 mouse', ...guest('riscv64', "<input type='mouse' bus='ps2'/>"), refuses: NO_PS2, rule: 'input-bus-compat' },
  { name: 's390x: a PS/2 keyboard', ...guest('s390x', "<input type='keyboard' bus='ps2'/>"), refuses: NO_PS2, rule: 'input-bus-compat' },
  { name: 'aarch64 virt: a virtio keyboard (near miss)', ...guest('aarch64', "<input type='keyboard' bus='virtio'/>") },
  // Panic devices.
  { name: 'aarch64 virt: a panic without a model (isa)', ...guest('aarch64', '<panic/>'), refuses: NO_ISA_PANIC, rule: 'panic-model-arch' },
  { name: 'armv7l virt: a panic without a model (isa)', ...guest('armv7l', '<panic/>'), refuses: NO_ISA_PANIC, rule: 'panic-model-arch' },
  { name: "riscv64 virt: panic model 'isa'", ...guest('riscv64', "<panic model='isa'/>"), refuses: NO_ISA_PANIC, rule: 'panic-model-arch' },
  { name: "s390x: panic model 'isa'", ...guest('s390x', "<panic model='isa'/>"), refuses: NO_ISA_PANIC, rule: 'panic-model-arch' },
  { name: 's390x: a panic without a model (s390) (near miss)', ...guest('s390x', '<panic/>') },
  // Serial target models.
  { name: 'armv7l vexpress-a9: a pl011 system serial', ...guest('armv7l', serial('system-serial', 'pl011'), { machine: 'vexpress-a9' }), refuses: SERIAL('system-serial', 'pl011'), rule: 'serial-target-compat' },
  { name: 'aarch64 sbsa-ref: a pl011 system serial', ...guest('aarch64', serial('system-serial', 'pl011'), { machine: 'sbsa-ref' }), refuses: SERIAL('system-serial', 'pl011'), rule: 'serial-target-compat' },
  { name: 'aarch64 virt: a 16550a serial without a target type', ...guest('aarch64', serial(undefined, '16550a')), refuses: SERIAL('system-serial', '16550a'), rule: 'serial-target-compat' },
  { name: 's390x: a 16550a system serial', ...guest('s390x', serial('system-serial', '16550a')), refuses: SERIAL('system-serial', '16550a'), rule: 'serial-target-compat' },
  { name: 'riscv64 spike: a 16550a system serial', ...guest('riscv64', serial('system-serial', '16550a'), { machine: 'spike' }), refuses: SERIAL('system-serial', '16550a'), rule: 'serial-target-compat' },
  { name: 'riscv64 virt: an sclp-serial without a model', ...guest('riscv64', serial('sclp-serial', undefined)), refuses: SERIAL('sclp-serial', 'sclpconsole'), rule: 'serial-target-compat' },
  { name: 'aarch64 virt: spapr-vty without a target type', ...guest('aarch64', serial(undefined, 'spapr-vty')), refuses: "Target model 'spapr-vty' requires target type 'spapr-vio-serial'", rule: 'serial-target-compat' },
  { name: 'aarch64 virt-7.2: a pl011 system serial (near miss)', ...guest('aarch64', serial('system-serial', 'pl011'), { machine: 'virt-7.2' }) },
  { name: 'aarch64 virt: pl011 without a target type (near miss)', ...guest('aarch64', serial(undefined, 'pl011')) },
  { name: 'riscv64 virt: a 16550a system serial (near miss)', ...guest('riscv64', serial('system-serial', '16550a')) },
  { name: 's390x: sclplmconsole without a target type (near miss)', ...guest('s390x', serial(undefined, 'sclplmconsole')) },
  // Root PCI controller and IOMMU.
  { name: 's390x: a pcie-root at index 0', ...guest('s390x', "<controller type='pci' index='0' model='pcie-root'/>"), refuses: "must be model='pci-root' for this machine type, but model='pcie-root'", rule: 'pci-root-model' },
  { name: 's390x: a pci-root at index 0 (near miss)', ...guest('s390x', "<controller type='pci' index='0' model='pci-root'/>") },
  { name: 'aarch64 virt: the virtio IOMMU without <acpi/>', ...guest('aarch64', "<iommu model='virtio'/>"), refuses: "IOMMU device: 'virtio' requires ACPI", rule: 'iommu-machine-and-ioapic' },
  { name: 'x86_64 q35: the virtio IOMMU without <acpi/>', ...guest('x86_64', "<iommu model='virtio'/>"), refuses: "IOMMU device: 'virtio' requires ACPI", rule: 'iommu-machine-and-ioapic' },
  { name: 'aarch64 virt: the SMMUv3 without <acpi/> (near miss)', ...guest('aarch64', "<iommu model='smmuv3'/>") },
  { name: 'x86_64 q35: the Intel IOMMU without <acpi/> (near miss)', ...guest('x86_64', "<iommu model='intel'/>") },
  { name: 'aarch64 virt: the virtio IOMMU with <acpi/> and UEFI (near miss)', ...guest('aarch64', "<iommu model='virtio'/>", { extra: ACPI, os: AAVMF }) },
  // Devices the s390x emulator lacks (emulator-supports-device with this machine's probe).
  { name: 's390x: a SATA controller', ...guest('s390x', "<controller type='sata' index='0'/>"), refuses: 'SATA is not supported with this QEMU binary', rule: 'emulator-supports-device' },
  { name: 's390x: an ivshmem-plain shmem', ...guest('s390x', "<shmem name='a'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>"), refuses: "shmem model 'ivshmem-plain' is not supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'aarch64 virt: a SATA controller and an ivshmem-plain shmem (near miss)', ...guest('aarch64', "<controller type='sata' index='0'/><shmem name='a'><model type='ivshmem-plain'/><size unit='M'>4</size></shmem>") },
  // Features, CPU caches, timers, CCW addresses and ROMs off x86.
  { name: 'aarch64 virt: <pvspinlock>', ...guest('aarch64', '', { extra: "<features><pvspinlock state='on'/></features>" }), refuses: "The 'pvspinlock' feature is not supported for architecture 'aarch64'", rule: 'feature-settings' },
  { name: 'riscv64 virt: <vmport>', ...guest('riscv64', '', { extra: "<features><vmport state='off'/></features>" }), refuses: 'vmport is not available with this QEMU binary', rule: 'feature-settings' },
  { name: 's390x: Hyper-V enlightenments', ...guest('s390x', '', { extra: "<features><hyperv mode='custom'><relaxed state='on'/></hyperv></features>" }), refuses: "Hyperv features are not supported for architecture 's390x'", rule: 'feature-settings' },
  { name: 's390x: <vmcoreinfo>', ...guest('s390x', '', { extra: "<features><vmcoreinfo state='on'/></features>" }), refuses: 'vmcoreinfo is not available with this QEMU binary', rule: 'feature-settings' },
  { name: 'aarch64 virt: Hyper-V enlightenments and <vmcoreinfo> (near miss)', ...guest('aarch64', '', { extra: "<features><hyperv mode='custom'><relaxed state='on'/></hyperv><vmcoreinfo state='on'/></features>" }) },
  { name: 'aarch64 virt: an emulated CPU cache', ...guest('aarch64', '', { extra: "<cpu mode='maximum'><cache level='3' mode='emulate'/></cpu>" }), refuses: "CPU cache specification is not supported for 'aarch64' architecture", rule: 'cpu-cache-mode' },
  { name: 's390x: a disabled CPU cache', ...guest('s390x', '', { extra: "<cpu><cache mode='disable'/></cpu>" }), refuses: "CPU cache specification is not supported for 's390x' architecture", rule: 'cpu-cache-mode' },
  { name: 'riscv64 virt: the hypervclock timer', ...guest('riscv64', '', { extra: "<clock offset='utc'><timer name='hypervclock' present='yes'/></clock>" }), refuses: "Configuring the 'hypervclock' timer is not supported", rule: 'clock-timer-settings' },
  { name: 'aarch64 virt: kvmclock and rtc timers (near miss)', ...guest('aarch64', '', { extra: "<clock offset='utc'><timer name='kvmclock' present='no'/><timer name='rtc' tickpolicy='catchup'/></clock>" }) },
  { name: 'aarch64 virt: a CCW address on the memory balloon', emulator: 'aarch64', text: guest('aarch64', '').text.replace("<memballoon model='none'/>", "<memballoon model='virtio'><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0010'/></memballoon>"), refuses: 'cannot use CCW address type for device', rule: 'address-ccw-s390-only' },
  { name: 's390x: <rom> on a CCW NIC', ...guest('s390x', "<interface type='user'><model type='virtio'/><rom bar='off'/></interface>"), refuses: 'ROM tuning is only supported for PCI devices', rule: 'rom-disabled-settings' },
  { name: 's390x: <rom> on a zPCI NIC (near miss)', ...guest('s390x', "<interface type='user'><model type='virtio'/><rom bar='off'/><address type='pci'><zpci uid='0x0001'/></address></interface>") },
  // Two devices at one CCW address.
  { name: 's390x: a NIC and an rng at one CCW address', ...guest('s390x', "<interface type='user'><model type='virtio'/><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0002'/></interface><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0002'/></rng>"), refuses: "The CCW devno 'fe.0.0002' is in use already", rule: 'address-ccw-unique' },
  { name: "s390x: one CCW address written '254.0.2' and '0xfe.0x0.0x0002'", ...guest('s390x', "<interface type='user'><model type='virtio'/><address type='ccw' cssid='254' ssid='0' devno='2'/></interface><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0002'/></rng>"), refuses: "The CCW devno 'fe.0.0002' is in use already", rule: 'address-ccw-unique' },
  { name: 's390x: one devno in two subchannel sets (near miss)', ...guest('s390x', "<interface type='user'><model type='virtio'/><address type='ccw' cssid='0xfe' ssid='0x0' devno='0x0002'/></interface><rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='ccw' cssid='0xfe' ssid='0x1' devno='0x0002'/></rng>") },
  // ISA serials and ACPI sleep states off x86.
  { name: "riscv64 virt: an isa-serial with target model 'isa-serial'", ...guest('riscv64', "<serial type='pty'><target type='isa-serial' port='0'><model name='isa-serial'/></target></serial>"), refuses: "Target model 'isa-serial' requires target type 'isa-serial'", rule: 'serial-target-compat' },
  { name: 's390x: ISA serial port 4', ...guest('s390x', "<serial type='pty'><target type='isa-serial' port='4'/></serial>"), refuses: "Maximum supported number of ISA serial ports is '4'", rule: 'serial-target-compat' },
  { name: 'aarch64 virt: two isa-serials on port 1', ...guest('aarch64', "<serial type='pty'><target type='isa-serial' port='1'/></serial><serial type='pty'><target type='isa-serial' port='1'/></serial>"), refuses: "target port '1' already allocated", rule: 'serial-target-compat' },
  { name: 'aarch64 virt: an isa-serial on port 3 without a model (near miss)', ...guest('aarch64', "<serial type='pty'><target type='isa-serial' port='3'/></serial>") },
  { name: "aarch64 virt: <pm><suspend-to-mem enabled='no'/>", ...guest('aarch64', '', { extra: "<pm><suspend-to-mem enabled='no'/></pm>" }), refuses: 'setting ACPI S3 not supported', rule: 'pm-suspend-x86-only' },
  { name: "s390x: <pm><suspend-to-disk enabled='no'/>", ...guest('s390x', '', { extra: "<pm><suspend-to-disk enabled='no'/></pm>" }), refuses: 'setting ACPI S4 not supported', rule: 'pm-suspend-x86-only' },
  { name: 'x86_64 q35: <pm> S3 and S4 settings (near miss)', ...guest('x86_64', '', { extra: "<pm><suspend-to-mem enabled='no'/><suspend-to-disk enabled='no'/></pm>" }) },
  // A pci-bridge left for libvirt to place on a PCI Express root.
  { name: 'aarch64 virt: a pci-bridge without an address', ...guest('aarch64', "<controller type='pci' index='1' model='pci-bridge'/>"), refuses: "has bus='0x01', but index must be larger than bus", rule: 'pci-controller-placement' },
  { name: 'riscv64 virt: a pci-bridge without an address', ...guest('riscv64', "<controller type='pci' index='1' model='pci-bridge'/>"), refuses: "has bus='0x01', but index must be larger than bus", rule: 'pci-controller-placement' },
  { name: 's390x: a pci-bridge without an address (near miss)', ...guest('s390x', "<controller type='pci' index='1' model='pci-bridge'/>") },
  // Guest sets excluding a range (libvirt's schema refuses them too; plain define: 'Failed to parse bitmap').
  { name: "vcpusched vcpus '0-3,^1-2'", ...vcpusched('0-3,^1-2'), refuses: BITMAP, rule: 'cputune-values' },
  { name: "vcpusched vcpus '0-1,^1-1'", ...vcpusched('0-1,^1-1'), refuses: BITMAP, rule: 'cputune-values' },
  { name: "vcpusched vcpus '1-3,^2' (near miss)", ...vcpusched('1-3,^2') },
  { name: "iothreadsched iothreads '1-2,^1-2'", ...iothreadsched('1-2,^1-2'), refuses: BITMAP, rule: 'cputune-values' },
  { name: "iothreadsched iothreads '1-2,^2' (near miss)", ...iothreadsched('1-2,^2') },
  { name: "NUMA cell cpus '0-2,^1-2'", ...cell('0-2,^1-2'), refuses: BITMAP, rule: 'numa-cell-cpus' },
  { name: "NUMA cell cpus '0-2,^1' (near miss)", ...cell('0-2,^1') },
  { name: "NUMA cell cpus '0,^0' (near miss: libvirt defines an empty cell)", ...cell('0,^0') },
  { name: "hugepages nodeset '0-1,^0-1'", ...hugepages('0-1,^0-1'), refuses: BITMAP, rule: 'hugepages-nodes' },
  { name: "hugepages nodeset '0-1,^1-1'", ...hugepages('0-1,^1-1'), refuses: BITMAP, rule: 'hugepages-nodes' },
];
