import type { Domain } from './domain.js';

/**
 * Machine-type and architecture predicates that need only `<os><type arch machine>`, never the
 * emulator. An unset arch is treated as x86_64 and an unset machine as i440fx ('pc'), which is
 * what libvirt picks for an x86_64 QEMU guest without capabilities telling otherwise.
 */
export function archOf(domain: Domain): string {
  return domain.os?.arch?.value || 'x86_64';
}

export function isX86(domain: Domain): boolean {
  const a = archOf(domain);
  return a === 'x86_64' || a === 'i686';
}

export function machineOf(domain: Domain): string {
  return domain.os?.machine?.value ?? '';
}

/** The machine as a message names it: as written, or 'pc' (libvirt's x86 default) when none is. */
export function machineShown(domain: Domain): string {
  return machineOf(domain) || 'pc';
}

/** q35 machines: 'q35' and 'pc-q35-*'. */
export function isQ35(domain: Domain): boolean {
  const m = machineOf(domain);
  return isX86(domain) && (m === 'q35' || m.startsWith('pc-q35'));
}

/** i440fx machines: 'pc', 'pc-i440fx-*', and the old 'pc-0.x'/'pc-1.x' names. */
export function isI440fx(domain: Domain): boolean {
  const m = machineOf(domain);
  if (!isX86(domain)) return false;
  return m === '' || m === 'pc' || m.startsWith('pc-i440fx') || /^pc-[0-9]/.test(m);
}

/** ARM 'virt' machines ('virt', 'virt-*') of aarch64 or armv7l guests. */
export function isArmVirt(domain: Domain): boolean {
  const a = archOf(domain);
  const m = machineOf(domain);
  return (a === 'aarch64' || a === 'armv7l') && (m === 'virt' || m.startsWith('virt-'));
}

/** pSeries machines ('pseries', 'pseries-*') of ppc64 guests. */
export function isPSeries(domain: Domain): boolean {
  return archOf(domain).startsWith('ppc64') && machineOf(domain).startsWith('pseries');
}

/** Whether the machine's root PCI bus is PCI Express (pcie-root): q35, ARM/RISC-V virt. */
export function hasPcieRoot(domain: Domain): boolean {
  const m = machineOf(domain);
  const a = archOf(domain);
  if (isQ35(domain)) return true;
  return (a === 'aarch64' || a === 'armv7l' || a.startsWith('riscv')) && (m === 'virt' || m.startsWith('virt-'));
}

/** Whether a machine with a classic pci-root bus is known for sure (i440fx, pSeries). */
export function hasPciRoot(domain: Domain): boolean {
  const a = archOf(domain);
  return isI440fx(domain) || a.startsWith('ppc64');
}

/** Non-x86 machines whose board has an IDE controller built in (MIPS Malta, SPARC sun4u, PowerMac G3). */
const BUILTIN_IDE_BOARDS = new Set(['malta', 'sun4u', 'g3beige']);

/**
 * Whether the machine has a built-in IDE controller — the only kind of IDE controller libvirt can
 * give a QEMU guest. x86: the i440fx family (also RHEL's 'rhel*' names); other arches: a few boards.
 * Undefined when it cannot be told without the emulator (a non-x86 guest without a machine).
 */
export function hasBuiltinIde(domain: Domain): boolean | undefined {
  const m = machineOf(domain);
  if (isX86(domain)) return isI440fx(domain) || m.startsWith('rhel');
  if (m === '') return undefined;
  return BUILTIN_IDE_BOARDS.has(m);
}

/** Whether the domain is for libvirt's QEMU driver (type 'qemu' or 'kvm'), whose checks QEMU-specific rules predict. */
export function isQemuDomain(domain: Domain): boolean {
  const t = domain.type?.value;
  return t === 'qemu' || t === 'kvm';
}

/**
 * x86 machines without a PCI host bridge: 'isapc' and 'microvm'. libvirt adds no root PCI controller
 * to them, so every device that needs a PCI address leaves it without a bus to put it on.
 */
export function lacksPciBus(domain: Domain): boolean {
  const m = machineOf(domain);
  return isX86(domain) && (m === 'isapc' || m === 'microvm');
}

/** s390 guests (s390x, s390): no ISA, no PCI Express, CCW addresses by default. */
export function isS390(domain: Domain): boolean {
  return archOf(domain).startsWith('s390');
}

/** ARM guests (armv6l, armv7l, aarch64), on any machine. */
export function isArm(domain: Domain): boolean {
  const a = archOf(domain);
  return a === 'aarch64' || a === 'armv7l' || a === 'armv6l';
}

/** RISC-V 'virt' machines of riscv32/riscv64 guests. */
export function isRiscvVirt(domain: Domain): boolean {
  const m = machineOf(domain);
  return archOf(domain).startsWith('riscv') && (m === 'virt' || m.startsWith('virt-'));
}

/**
 * Whether libvirt 9.0 gives a QEMU guest a USB controller when none is written: yes on x86 (but
 * isapc), no on ARM, RISC-V and s390 (asked of libvirtd 9.0 on aarch64 virt, sbsa-ref, raspi3b and
 * vexpress-a15, armv7l virt, vexpress-a9 and versatilepb, armv6l versatilepb and raspi0, riscv64
 * virt, sifive_u and spike, s390x s390-ccw-virtio); undefined for the architectures not asked.
 */
export function addsDefaultUsb(domain: Domain): boolean | undefined {
  if (isX86(domain)) return machineOf(domain) !== 'isapc';
  const a = archOf(domain);
  if (isArm(domain) || a.startsWith('riscv') || a.startsWith('s390')) return false;
  return undefined;
}

/**
 * The bus libvirt 9.0 gives an `<input>` written without one: PS/2 for an x86 mouse or keyboard,
 * virtio for passthrough input and on s390, USB otherwise (an x86 tablet too).
 */
export function defaultInputBus(domain: Domain, type: string | undefined): string | undefined {
  if (type === undefined || type === 'evdev') return undefined;
  if (isX86(domain) && (type === 'mouse' || type === 'keyboard')) return 'ps2';
  if (type === 'passthrough' || isS390(domain)) return 'virtio';
  return 'usb';
}
