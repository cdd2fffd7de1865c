/**
 * Round 16's capability-dependent and s390x refusals, with libvirt 9.0's verdict pinned (`refuses`: a
 * piece of its message) and the rule that reports it, plus near misses libvirt defines: zPCI addresses,
 * parallel ports, s390 mediated devices, launch security, <genid>, memory devices and TPMs on guests of
 * other architectures,
 * maxMemory against the NUMA cells and memory devices, and a pcie-to-pci-bridge with no root port.
 * fid16-arch-define.test.ts checks both sides (the fid15-arch-define pattern); FID16_START_CASES
 * (parallel ports off x86, NUMA on s390x, dimms on ARM virt) are defined by libvirt and refused when the guest starts
 * (with TCG), which fid16-arch-define.test.ts asks with `virsh start`.
 */
import type { ArchCase } from './fid15-arch-cases.js';
import { otherGuest } from './other-arch.js';

const NAME = 'fid16-arch';
const EMULATOR: Readonly<Record<string, string>> = { aarch64: 'aarch64', armv7l: 'arm', riscv64: 'riscv64', s390x: 's390x', x86_64: 'x86_64' };
const MACHINE: Readonly<Record<string, string>> = { aarch64: 'virt', armv7l: 'virt', riscv64: 'virt', s390x: 's390-ccw-virtio', x86_64: 'q35' };

/** A guest of `arch` (its usual machine) with `devices` and `extra` after <os>. */
const guest = (arch: string, devices: string, extra?: string): { emulator: string; text: string } => ({
  emulator: EMULATOR[arch]!,
  text: otherGuest({ name: NAME, arch, machine: MACHINE[arch]!, devices, extra }),
});

const rng = (address: string): string => `<rng model='virtio'><backend model='random'>/dev/urandom</backend>${address}</rng>`;
const zpci = (slot: string, attrs: string): string => rng(`<address type='pci' domain='0x0000' bus='0x00' slot='${slot}' function='0x0'><zpci${attrs}/></address>`);
const NO_ZPCI = "This QEMU binary doesn't support zPCI";

/** Memory hotplug: slots and a NUMA cell (libvirt wants one; QEMU's s390x machine has no NUMA, so such a guest would not start anyway). */
const HOTPLUG = "<maxMemory slots='4' unit='KiB'>1048576</maxMemory><cpu><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>";
const SIZE = "<size unit='KiB'>524288</size><node>0</node>";
const DIMM = `<memory model='dimm'><target>${SIZE}</target></memory>`;
const NVDIMM = `<memory model='nvdimm'><source><path>/dev/null</path></source><target>${SIZE}</target></memory>`;
const VIRTIO_MEM = (address = ''): string => `<memory model='virtio-mem'><target>${SIZE}<block unit='KiB'>2048</block><requested unit='KiB'>0</requested></target>${address}</memory>`;
const VIRTIO_PMEM = "<memory model='virtio-pmem' access='shared'><source><path>/dev/null</path></source><target><size unit='KiB'>524288</size></target></memory>";
const memory = (arch: string, devices: string): { emulator: string; text: string } => guest(arch, devices, HOTPLUG);

const MDEV = (model: string): string => `<hostdev mode='subsystem' type='mdev' model='${model}'><source><address uuid='11f92c9d-b0b0-4016-b306-a8071277f8b9'/></source></hostdev>`;
const TPM = (backend: string): string => `<tpm><backend type='${backend}'${backend === 'passthrough' ? "><device path='/dev/null'/></backend>" : '/>'}</tpm>`;
const PARALLEL = "<parallel type='pty'><target port='0'/></parallel>";
const SEV = "<launchSecurity type='sev'><policy>0x0003</policy><cbitpos>47</cbitpos><reducedPhysBits>1</reducedPhysBits></launchSecurity>";
const GENID = "this QEMU does not support the 'genid' capability";
const BRIDGE = "<controller type='pci' index='0' model='pcie-root'/><controller type='pci' index='1' model='pcie-to-pci-bridge'/>";
const NO_BUS = 'Cannot automatically add a new PCI bus for a device with connect flags 2000';

const ACPI = '<features><acpi/></features>';
const ACPI_GED = 'memory hotplug is not enabled: missing acpi-ged device';
const AAVMF = "<loader readonly='yes' type='pflash'>/usr/share/AAVMF/AAVMF_CODE.fd</loader><nvram template='/usr/share/AAVMF/AAVMF_VARS.fd'/>";
/** An ARM virt guest with memory hotplug, UEFI, a 64-bit CPU (TCG's 'maximum'), `devices`, and <acpi/> or not. */
const arm = (arch: string, devices: string, acpi: boolean): string =>
  otherGuest({ name: NAME, arch, machine: 'virt', devices, os: AAVMF, extra: `${HOTPLUG.replace('<cpu>', "<cpu mode='maximum'>")}${acpi ? ACPI : ''}` });

export const FID16_CASES: readonly ArchCase[] = [
  // zPCI addresses.
  { name: 's390x: two devices with one zPCI uid (10 and 0xa)', ...guest('s390x', zpci('0x01', " uid='10'") + zpci('0x02', " uid='0xa'")), refuses: 'zPCI uid 12 is already reserved', rule: 'address-zpci' },
  { name: 's390x: two devices with one zPCI fid (010 and 8)', ...guest('s390x', zpci('0x01', " uid='1' fid='010'") + zpci('0x02', " uid='2' fid='8'")), refuses: 'zPCI fid 10 is already reserved', rule: 'address-zpci' },
  { name: 's390x: zPCI uid 0', ...guest('s390x', zpci('0x01', " uid='0x0000'")), refuses: "Invalid PCI address uid='0x0000', must be > 0x0000 and <= 0xffff", rule: 'address-zpci' },
  { name: 'x86_64 q35: a zPCI fid', ...guest('x86_64', zpci('0x05', " fid='0x1'")), refuses: NO_ZPCI, rule: 'address-zpci' },
  { name: 'aarch64 virt: zPCI uid and fid', ...guest('aarch64', zpci('0x05', " uid='0x0001' fid='0x00000000'")), refuses: NO_ZPCI, rule: 'address-zpci' },
  { name: 's390x: distinct zPCI ids, the largest uid and fid (near miss)', ...guest('s390x', zpci('0x01', " uid='0x0001' fid='0x00000000'") + zpci('0x02', " uid='0xffff' fid='0xffffffff'")) },
  { name: 's390x: fids without uids, one of them 0 (near miss)', ...guest('s390x', zpci('0x01', " fid='0'") + zpci('0x02', " fid='1'")) },
  { name: 'x86_64 q35: an empty <zpci/> (near miss)', ...guest('x86_64', zpci('0x05', '')) },
  // Parallel ports.
  { name: 's390x: a parallel port', ...guest('s390x', PARALLEL), refuses: 'parallel ports are not supported', rule: 'parallel-port-arch' },
  { name: 'x86_64 q35: a parallel port (near miss)', ...guest('x86_64', PARALLEL) },
  // Mediated devices of s390 hardware.
  { name: 'x86_64 q35: a vfio-ap mediated device', ...guest('x86_64', MDEV('vfio-ap')), refuses: 'VFIO AP device assignment is not supported by this version of QEMU', rule: 'hostdev-mdev-s390-only' },
  { name: 'aarch64 virt: a vfio-ap mediated device', ...guest('aarch64', MDEV('vfio-ap')), refuses: 'VFIO AP device assignment is not supported by this version of QEMU', rule: 'hostdev-mdev-s390-only' },
  { name: 'x86_64 q35: a vfio-ccw mediated device', ...guest('x86_64', MDEV('vfio-ccw')), refuses: 'VFIO CCW device assignment is not supported by this version of QEMU', rule: 'hostdev-mdev-s390-only' },
  { name: 's390x: a vfio-ap mediated device (near miss; the device is looked for at start)', ...guest('s390x', MDEV('vfio-ap')) },
  // Launch security of another architecture.
  { name: "x86_64 q35: <launchSecurity type='s390-pv'>", ...guest('x86_64', '', "<launchSecurity type='s390-pv'/>"), refuses: 'S390 PV launch security is not supported with this QEMU binary', rule: 'launch-security-arch' },
  { name: "aarch64 virt: <launchSecurity type='s390-pv'>", ...guest('aarch64', '', "<launchSecurity type='s390-pv'/>"), refuses: 'S390 PV launch security is not supported with this QEMU binary', rule: 'launch-security-arch' },
  { name: "s390x: <launchSecurity type='sev'>", ...guest('s390x', '', SEV), refuses: 'SEV launch security is not supported with this QEMU binary', rule: 'launch-security-arch' },
  // Refused here because this host's s390x emulator is built without KVM, so QEMU has no s390-pv-guest object (libvirt's
  // s390-pv-guest flag comes from qom-list-types); the probe lists the confidential guest objects since round 18 (it was a known silence).
  { name: "s390x: <launchSecurity type='s390-pv'> (this host's emulator, built without KVM, has no s390-pv-guest object)", ...guest('s390x', '', "<launchSecurity type='s390-pv'/>"), refuses: 'S390 PV launch security is not supported with this QEMU binary', rule: 'emulator-supports-device' },
  // <genid>: QEMU's vmgenid (x86 only in QEMU 7.2).
  { name: 's390x: <genid/>', ...guest('s390x', '', '<genid/>'), refuses: GENID, rule: 'emulator-supports-device' },
  { name: 'aarch64 virt: <genid/>', ...guest('aarch64', '', '<genid/>'), refuses: GENID, rule: 'emulator-supports-device' },
  { name: 'riscv64 virt: <genid/>', ...guest('riscv64', '', '<genid/>'), refuses: GENID, rule: 'emulator-supports-device' },
  { name: 'x86_64 q35: <genid/> (near miss)', ...guest('x86_64', '', '<genid/>') },
  // Memory devices.
  { name: 's390x: a dimm', ...memory('s390x', DIMM), refuses: "memory hotplug isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 's390x: an nvdimm', ...memory('s390x', NVDIMM), refuses: "nvdimm isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 's390x: a virtio-mem without an address (CCW there)', ...memory('s390x', VIRTIO_MEM()), refuses: "only 'pci' addresses are supported for the virtio-mem device", rule: 'memory-device-models' },
  { name: 's390x: a virtio-pmem without an address (CCW there)', ...memory('s390x', VIRTIO_PMEM), refuses: "only 'pci' addresses are supported for the virtio-pmem device", rule: 'memory-device-models' },
  { name: 's390x: a virtio-mem with a PCI address', ...memory('s390x', VIRTIO_MEM("<address type='pci'/>")), refuses: "virtio-mem isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'riscv64 virt: a dimm', ...memory('riscv64', DIMM), refuses: "memory hotplug isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'riscv64 virt: an nvdimm', ...memory('riscv64', NVDIMM), refuses: "nvdimm isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'riscv64 virt: a virtio-mem', ...memory('riscv64', VIRTIO_MEM()), refuses: "virtio-mem isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'aarch64 virt: a virtio-pmem', ...memory('aarch64', VIRTIO_PMEM), refuses: "virtio-pmem isn't supported by this QEMU binary", rule: 'emulator-supports-device' },
  { name: 'aarch64 virt: a virtio-mem (near miss; it starts too)', ...memory('aarch64', VIRTIO_MEM()) },
  { name: 'armv7l virt: a virtio-mem (near miss)', ...memory('armv7l', VIRTIO_MEM()) },
  { name: 'x86_64 q35: a dimm, an nvdimm, a virtio-mem and a virtio-pmem (near miss)', emulator: 'x86_64', text: memory('x86_64', DIMM + NVDIMM + VIRTIO_MEM() + VIRTIO_PMEM).text.replace('>1048576</maxMemory>', '>4194304</maxMemory>') },
  // maxMemory against the NUMA cells and the memory devices (libvirt's total with cells), not against <memory>.
  { name: 'x86_64 q35: a dimm, an nvdimm, a virtio-mem and a virtio-pmem past maxMemory (1 GiB < 256 MiB + 4 × 512 MiB)', ...memory('x86_64', DIMM + NVDIMM + VIRTIO_MEM() + VIRTIO_PMEM), refuses: 'maximum memory size must be equal or greater than the actual memory size', rule: 'max-memory-size' },
  { name: 'x86_64 q35: <memory> of 4 GiB over one 256 MiB NUMA cell under a 1 GiB maxMemory (near miss; was a false error)', emulator: 'x86_64', text: memory('x86_64', '').text.replace("<memory unit='KiB'>262144</memory>", "<memory unit='KiB'>4194304</memory>") },
  // TPMs on s390x: QEMU's s390x emulator has no TPM device and no backend.
  { name: 's390x: a TPM without a model (passthrough)', ...guest('s390x', TPM('passthrough')), refuses: 'does not support TPM backend type passthrough', rule: 'emulator-supports-device' },
  { name: 's390x: a TPM without a model (emulator)', ...guest('s390x', TPM('emulator')), refuses: 'does not support TPM backend type emulator', rule: 'emulator-supports-device' },
  { name: "s390x: a TPM model='tpm-tis'", ...guest('s390x', TPM('passthrough').replace('<tpm>', "<tpm model='tpm-tis'>")), refuses: 'does not support TPM backend type passthrough', rule: 'emulator-supports-device' },
  { name: 'aarch64 virt: a TPM without a model (near miss)', ...guest('aarch64', TPM('passthrough')) },
  { name: 'riscv64 virt: a TPM without a model (near miss)', ...guest('riscv64', TPM('passthrough')) },
  // A pcie-to-pci-bridge with no root port to plug into.
  { name: 'x86_64 q35: a pcie-to-pci-bridge without a root port', ...guest('x86_64', BRIDGE), refuses: NO_BUS, rule: 'pci-controller-placement' },
  { name: 'aarch64 virt: a pcie-to-pci-bridge without a root port', ...guest('aarch64', BRIDGE), refuses: NO_BUS, rule: 'pci-controller-placement' },
  { name: 'riscv64 virt: a pcie-to-pci-bridge without a root port', ...guest('riscv64', BRIDGE), refuses: NO_BUS, rule: 'pci-controller-placement' },
  { name: 's390x: a pcie-to-pci-bridge (no PCI Express bus for a root port)', ...guest('s390x', "<controller type='pci' index='1' model='pcie-to-pci-bridge'/>"), refuses: NO_BUS, rule: 'pci-controller-placement' },
  { name: 'x86_64 q35: a pcie-to-pci-bridge with the all-zero address and no root port', ...guest('x86_64', BRIDGE.replace("model='pcie-to-pci-bridge'/>", "model='pcie-to-pci-bridge'><address type='pci' domain='0x0000' bus='0x00' slot='0x00' function='0x0'/></controller>")), refuses: NO_BUS, rule: 'pci-controller-placement' },
  { name: 'x86_64 q35: a pcie-to-pci-bridge beside a root port (near miss)', ...guest('x86_64', BRIDGE.replace("<controller type='pci' index='1'", "<controller type='pci' index='2' model='pcie-root-port'/><controller type='pci' index='1'")) },
  { name: 'aarch64 virt: a pcie-to-pci-bridge beside a root port (near miss)', ...guest('aarch64', BRIDGE.replace("<controller type='pci' index='1'", "<controller type='pci' index='2' model='pcie-root-port'/><controller type='pci' index='1'")) },
];

/** Defined by libvirt 9.0, refused when the guest starts (QEMU's error); `refuses` is a piece of the start error. */
export const FID16_START_CASES: readonly ArchCase[] = [
  { name: 'aarch64 virt: a parallel port (QEMU has no isa-parallel)', ...guest('aarch64', PARALLEL), refuses: "'isa-parallel' is not a valid device model name", rule: 'emulator-supports-device' },
  { name: 'riscv64 virt: a parallel port', ...guest('riscv64', PARALLEL), refuses: "'isa-parallel' is not a valid device model name", rule: 'emulator-supports-device' },
  { name: 'x86_64 q35: a parallel port (near miss)', ...guest('x86_64', PARALLEL) },
  { name: 'aarch64 virt: a virtio-mem (near miss)', ...memory('aarch64', VIRTIO_MEM()) },
  // NUMA on s390x: libvirt wants a cell for memory hotplug, QEMU's s390x machine has none.
  { name: 's390x: a NUMA cell', ...guest('s390x', '', "<cpu><numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>"), refuses: 'NUMA is not supported by this machine-type', rule: 'numa-s390x' },
  { name: 's390x: maxMemory with a NUMA cell and no memory device', ...guest('s390x', '', HOTPLUG), refuses: 'NUMA is not supported by this machine-type', rule: 'numa-s390x' },
  // dimms and nvdimms on ARM virt: QEMU's acpi-ged device, made only for a 64-bit CPU with ACPI and firmware.
  { name: 'aarch64 virt: a dimm without <acpi/> (UEFI, a 64-bit CPU)', emulator: 'aarch64', text: arm('aarch64', DIMM, false), refuses: ACPI_GED, rule: 'memory-dimm-arm-acpi' },
  { name: 'armv7l virt: a dimm with <acpi/>', emulator: 'arm', text: otherGuest({ name: NAME, arch: 'armv7l', machine: 'virt', devices: DIMM, extra: `${HOTPLUG}${ACPI}` }), refuses: ACPI_GED, rule: 'memory-dimm-arm-acpi' },
  { name: 'aarch64 virt: a dimm with <acpi/>, UEFI and a 64-bit CPU (near miss)', emulator: 'aarch64', text: arm('aarch64', DIMM, true) },
];
