/**
 * Round 18's arch fidelity items with libvirt 9.0's verdict pinned (`refuses`: a piece of its message)
 * and the rule that reports it, plus near misses: firmware autoselection (libvirt 9.0 selects the
 * firmware when the guest starts, so it defines an armv7l UEFI guest such as virt-manager's
 * arm-kvm-import and refuses to start it: no installed descriptor names QEMU's `arm`), and devices
 * this host's s390x emulator lacks that libvirt defines and only starting refuses (a USB controller,
 * a NIC, a sound and a watchdog model) or refuses when defining (a SCSI controller model), and
 * `<cpu mode='maximum'>` on riscv64, whose QEMU 7.2 has no `max` CPU model; and a dimm on an aarch64
 * TCG guest with ACPI whose CPU is QEMU's 32-bit default (no acpi-ged device).
 * fid18-arch-define.test.ts checks both sides (the fid16-arch-define pattern: `define`, and for
 * FID18_START_CASES `virsh start` of the defined guest under TCG, where the rule errs or warns).
 */
import type { ArchCase } from './fid15-arch-cases.js';
import { otherGuest } from './other-arch.js';

const NAME = 'fid18-arch';
const EMULATOR: Readonly<Record<string, string>> = { aarch64: 'aarch64', armv7l: 'arm', riscv64: 'riscv64', s390x: 's390x', x86_64: 'x86_64' };
const MACHINE: Readonly<Record<string, string>> = { aarch64: 'virt', armv7l: 'virt', riscv64: 'virt', s390x: 's390-ccw-virtio', x86_64: 'q35' };

/** A guest of `arch` (its usual machine) with `devices`, `extra` after <os>, and `firmware` as <os firmware>. */
const guest = (arch: string, devices: string, extra?: string, firmware?: string): { emulator: string; text: string } => {
  const text = otherGuest({ name: NAME, arch, machine: MACHINE[arch]!, devices, extra });
  return { emulator: EMULATOR[arch]!, text: firmware ? text.replace('<os>', `<os firmware='${firmware}'>`) : text };
};

const ACPI = '<features><acpi/></features>';
const NO_FIRMWARE = (which: string): string => `Unable to find any firmware to satisfy '${which}'`;
const FIRMWARE = 'firmware-autoselect-match';
const DEVICE = 'emulator-supports-device';
const NOT_A_DEVICE = (device: string): string => `'${device}' is not a valid device model name`;

const ACPI_GED = 'memory hotplug is not enabled: missing acpi-ged device';
const AAVMF = "<loader readonly='yes' type='pflash'>/usr/share/AAVMF/AAVMF_CODE.fd</loader><nvram template='/usr/share/AAVMF/AAVMF_VARS.fd'/>";
/** An aarch64 virt TCG guest with UEFI, <acpi/>, memory hotplug and a dimm; `model` inside its <cpu>. */
const dimm = (model: string): string =>
  otherGuest({
    name: NAME,
    arch: 'aarch64',
    machine: 'virt',
    os: AAVMF,
    extra: `<maxMemory slots='4' unit='KiB'>1048576</maxMemory><cpu>${model}<numa><cell id='0' cpus='0' memory='262144' unit='KiB'/></numa></cpu>${ACPI}`,
    devices: "<memory model='dimm'><target><size unit='KiB'>524288</size><node>0</node></target></memory>",
  });

/** libvirt 9.0 refuses these when the domain is defined. */
export const FID18_CASES: readonly ArchCase[] = [
  { name: 's390x: an lsilogic SCSI controller (QEMU has no lsi53c895a)', ...guest('s390x', "<controller type='scsi' model='lsilogic'/>"), refuses: "This QEMU doesn't support the LSI 53C895A SCSI controller", rule: DEVICE },
  { name: 's390x: a virtio-scsi controller (near miss: virtio-scsi-ccw)', ...guest('s390x', "<controller type='scsi' model='virtio-scsi'/>") },
  { name: 'armv7l virt: UEFI autoselection, no descriptor for arm (near miss at define: selected at start)', ...guest('armv7l', '', '', 'efi') },
  // <cpu mode='maximum'> needs QEMU's max CPU model: QEMU 7.2 for riscv64 has no query-cpu-definitions.
  { name: "riscv64 virt: <cpu mode='maximum'>", ...guest('riscv64', '', "<cpu mode='maximum'/>"), refuses: 'maximum CPU is not supported by QEMU binary', rule: DEVICE },
  { name: "riscv64 virt: <cpu mode='host-model'> (near miss at define)", ...guest('riscv64', '', "<cpu mode='host-model'/>") },
  { name: "aarch64 virt: <cpu mode='maximum'> (near miss: max is there)", ...guest('aarch64', '', "<cpu mode='maximum'/>") },
];

/** Defined by libvirt 9.0, refused when the guest starts; `refuses` is a piece of the start error. */
export const FID18_START_CASES: readonly ArchCase[] = [
  // Firmware autoselection: Debian's OVMF and AAVMF descriptors (x86_64 and aarch64 UEFI) are installed here.
  { name: "armv7l virt: <os firmware='efi'> (virt-manager's arm-kvm-import, as a TCG guest)", ...guest('armv7l', '', '', 'efi'), refuses: NO_FIRMWARE('efi'), rule: FIRMWARE },
  { name: "x86_64 q35: <os firmware='bios'> (no BIOS descriptor)", ...guest('x86_64', '', '', 'bios'), refuses: NO_FIRMWARE('bios'), rule: FIRMWARE },
  { name: "x86_64 q35: <os firmware='efi'> with a stateless loader", emulator: 'x86_64', text: guest('x86_64', '', ACPI, 'efi').text.replace('</type>', "</type><loader stateless='yes'/>"), refuses: NO_FIRMWARE('efi'), rule: FIRMWARE },
  { name: "x86_64 q35: <os firmware='efi'> with <acpi/> (near miss)", ...guest('x86_64', '', ACPI, 'efi') },
  { name: "aarch64 virt: <os firmware='efi'> (near miss: AAVMF's descriptor)", ...guest('aarch64', '', '', 'efi') },
  // Devices the s390x emulator lacks: libvirt (USB controllers) or QEMU (the rest) refuses them at start.
  { name: 's390x: a qemu-xhci USB controller', ...guest('s390x', "<controller type='usb' model='qemu-xhci'/>"), refuses: "USB controller model 'qemu-xhci' not supported in this QEMU binary", rule: DEVICE },
  { name: 's390x: an e1000 NIC', ...guest('s390x', "<interface type='user'><model type='e1000'/></interface>"), refuses: NOT_A_DEVICE('e1000'), rule: DEVICE },
  { name: 's390x: an ich6 sound card', ...guest('s390x', "<sound model='ich6'/>"), refuses: NOT_A_DEVICE('intel-hda'), rule: DEVICE },
  { name: 's390x: an i6300esb watchdog', ...guest('s390x', "<watchdog model='i6300esb'/>"), refuses: NOT_A_DEVICE('i6300esb'), rule: DEVICE },
  { name: 's390x: a virtio NIC (near miss: virtio-net-ccw)', ...guest('s390x', "<interface type='user'><model type='virtio'/></interface>") },
  // A dimm on an aarch64 TCG guest with <acpi/> and UEFI: QEMU's acpi-ged device needs a 64-bit CPU, and virt's default is cortex-a15.
  { name: 'aarch64 virt (TCG): a dimm with <acpi/> and UEFI, no CPU model', emulator: 'aarch64', text: dimm(''), refuses: ACPI_GED, rule: 'memory-dimm-arm-acpi' },
  { name: 'aarch64 virt (TCG): a dimm with <acpi/> and UEFI on cortex-a57 (near miss: a 64-bit model)', emulator: 'aarch64', text: dimm("<model fallback='forbid'>cortex-a57</model>") },
];
