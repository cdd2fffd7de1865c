import { pciAddress } from './address.js';
import type { Channel, Serial } from './devices/chardev.js';
import type { Controller } from './devices/controller.js';
import type { Disk } from './devices/disk.js';
import type { Hostdev } from './devices/hostdev.js';
import type { Input } from './devices/input.js';
import type { Interface } from './devices/interface.js';
import type { OtherDevice } from './devices/other.js';
import type { Sound } from './devices/sound.js';
import type { Video } from './devices/video.js';
import type { Watchdog } from './devices/watchdog.js';
import type { Device, Domain } from './domain.js';
import { archOf, isArmVirt, machineOf } from './machine.js';
import { effectiveDiskBus, effectiveNetModel, isVirtioNetModel } from './virtio.js';

/**
 * What a device is when libvirt 9.0 gives it no PCI connection (its PCI connect flags are 0) yet
 * still looks for a PCI slot for it because it was written without an address (or with the all-zero
 * PCI address that means "assign one"): a usb-net NIC (libvirt assigns PCI slots before USB ports),
 * a xenbus or isa controller, a Xen memory balloon. Undefined for every other device, and for these
 * when an address is written (a USB port, a real PCI slot): libvirt then looks for no slot.
 */
export function unplaceableOnPci(d: Device): string | undefined {
  const a = d.address;
  if (a && (a.type?.value !== 'pci' || pciAddress(a) !== undefined)) return undefined;
  switch (d.kind) {
    case 'interface': {
      const n = d as Interface;
      // A hostdev interface goes through the host-device path, which does not ask.
      return n.model?.value === 'usb-net' && n.type?.value !== 'hostdev' ? 'a usb-net network interface' : undefined;
    }
    case 'controller': {
      const t = (d as Controller).type?.value;
      return t === 'xenbus' ? 'a xenbus controller' : t === 'isa' ? 'an isa controller' : undefined;
    }
    case 'memballoon':
      return (d as OtherDevice).model?.value === 'xen' ? "a memory balloon of model 'xen'" : undefined;
    default:
      return undefined;
  }
}

/** Video models QEMU builds as PCI devices (a <video> without a model gets one of them). */
const PCI_VIDEO = new Set(['vga', 'cirrus', 'vmvga', 'qxl', 'virtio', 'bochs']);
const PCI_SOUND = new Set(['ich6', 'ich7', 'ich9', 'ac97', 'es1370']);
/** SCSI controller models that are not PCI cards (ncr53c90 is built into some boards). */
const NON_PCI_SCSI = new Set(['ncr53c90']);

/**
 * What makes a device written without an address a PCI device (libvirt 9.0 gives it a PCI slot), or
 * undefined when it is not one (or the model cannot tell). Only kinds libvirt 9.0 was seen to place
 * on PCI (on isapc/microvm, where it then finds no bus; on pc and q35, where it does).
 */
export function pciSlotReason(d: Device): string | undefined {
  // Device's catch-all member (OtherDevice, kind: string) keeps the switch from narrowing: each case names its type.
  switch (d.kind) {
    case 'interface':
      return 'a network interface';
    case 'video': {
      const m = (d as Video).model?.type?.value;
      return m === undefined || PCI_VIDEO.has(m) ? `a ${m ?? 'default'} video device` : undefined;
    }
    case 'controller': {
      const c = d as Controller;
      const t = c.type?.value;
      const m = c.model?.value;
      if (t === 'usb') return m === 'none' ? undefined : 'a USB controller';
      if (t === 'sata' || t === 'virtio-serial') return `a ${t} controller`;
      if (t === 'scsi') return m !== undefined && NON_PCI_SCSI.has(m) ? undefined : 'a SCSI controller';
      return undefined;
    }
    case 'disk':
      return effectiveDiskBus(d as Disk) === 'virtio' ? 'a virtio disk' : undefined;
    case 'hostdev': {
      const h = d as Hostdev;
      return (h.mode?.value ?? 'subsystem') === 'subsystem' && h.type?.value === 'pci' ? 'a PCI host device' : undefined;
    }
    case 'sound': {
      const m = (d as Sound).model?.value;
      return m !== undefined && PCI_SOUND.has(m) ? `a ${m} sound card` : undefined;
    }
    case 'watchdog':
      return (d as Watchdog).model?.value === 'i6300esb' ? 'an i6300esb watchdog' : undefined;
    case 'input':
      return (d as Input).bus?.value === 'virtio' ? 'a virtio input device' : undefined;
    case 'rng':
      return 'a virtio RNG';
    case 'vsock':
      return 'a virtio vsock';
    case 'filesystem':
      return 'a shared filesystem (virtio)';
    case 'shmem':
      return 'an ivshmem device';
    case 'memballoon':
      return (d as OtherDevice).model?.value.startsWith('virtio') ? 'a virtio memory balloon' : undefined;
    default:
      return undefined;
  }
}

/** Disk buses whose disks libvirt gives a drive address (or a USB port): never a PCI slot. */
const DRIVE_BUSES: Readonly<Record<string, string>> = { ide: 'a drive address', sata: 'a drive address', scsi: 'a drive address', fdc: 'a drive address', usb: 'a USB port' };

/**
 * Why libvirt gives a device written without an `<address>` an address that is not a PCI slot, or
 * undefined when it gives it a PCI slot, no address at all (a PS/2 mouse, an ISA serial port), or
 * the model cannot tell. Virtio devices, whose transport depends on the machine, are
 * {@link virtioNonPciAddress}'s. The counterpart of pciSlotReason: `device-acpi-index` asks it.
 */
export function impliedNonPciAddress(d: Device): string | undefined {
  // Device's catch-all member (OtherDevice, kind: string) keeps the switch from narrowing: each case names its type.
  switch (d.kind) {
    case 'disk': {
      const bus = effectiveDiskBus(d as Disk);
      const where = bus === undefined ? undefined : DRIVE_BUSES[bus];
      return where && `a disk on bus '${bus}' gets ${where}`;
    }
    case 'input':
      return (d as Input).bus?.value === 'usb' ? "an input device on bus 'usb' gets a USB port" : undefined;
    case 'sound':
      return (d as Sound).model?.value === 'usb' ? 'a USB sound card gets a USB port' : undefined;
    case 'hostdev': {
      const h = d as Hostdev;
      if ((h.mode?.value ?? 'subsystem') !== 'subsystem') return undefined;
      const t = h.type?.value;
      return t === 'usb' ? 'a USB host device gets a USB port' : t === 'scsi' ? 'a SCSI host device gets a drive address' : undefined;
    }
    case 'controller':
      return (d as Controller).type?.value === 'ccid' ? 'a ccid controller gets a USB port' : undefined;
    case 'smartcard':
      return 'a smartcard gets a slot on a ccid controller';
    // A virtio <console> gets no address (libvirt 9.0 accepts an index there), a virtio channel a port.
    case 'channel':
      return (d as Channel).target?.type?.value === 'virtio' ? 'a virtio channel gets a port on a virtio-serial controller' : undefined;
    case 'serial':
      return (d as Serial).target?.type?.value === 'usb-serial' ? 'a usb-serial port gets a USB port' : undefined;
    default:
      return undefined;
  }
}

/** The transport other than PCI that libvirt 9.0 gives the virtio devices of a QEMU guest written without an address. */
export interface VirtioNonPciTransport {
  readonly type: 'ccw' | 'virtio-mmio';
  /** Why, for a message: the machine, and for an ARM or RISC-V 'virt' machine the written virtio-mmio address. */
  readonly because: string;
}

const ARM = new Set(['aarch64', 'armv7l', 'armv6l']);
const isRiscvVirt = (domain: Domain): boolean => {
  const m = machineOf(domain);
  return archOf(domain).startsWith('riscv') && (m === 'virt' || m.startsWith('virt-'));
};

/**
 * The transport libvirt 9.0 gives virtio devices written without an address when it is not PCI:
 * ccw on s390x (an s390-ccw machine, or none written: libvirt then picks s390-ccw-virtio);
 * virtio-mmio on ARM vexpress boards, and on ARM and RISC-V 'virt' machines once any device is written
 * with a virtio-mmio address (else they take PCI, as on x86). Undefined: PCI, or the model cannot tell.
 */
export function virtioNonPciTransport(domain: Domain): VirtioNonPciTransport | undefined {
  const arch = archOf(domain);
  const machine = machineOf(domain);
  if (arch === 's390x') return machine === '' || machine.startsWith('s390-ccw') ? { type: 'ccw', because: `on an s390x machine ('${machine || 's390-ccw-virtio'}')` } : undefined;
  if (ARM.has(arch) && machine.startsWith('vexpress-')) return { type: 'virtio-mmio', because: `on machine '${machine}'` };
  if (!isArmVirt(domain) && !isRiscvVirt(domain)) return undefined;
  const list = domain.devices.all;
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!;
    const a = d.address;
    if (a?.type?.value === 'virtio-mmio') return { type: 'virtio-mmio', because: `on machine '${machine}', where the <${d.kind}> on line ${a.range.start.line} is written with one` };
  }
  return undefined;
}

/**
 * Why a device written without an address gets one of `transport` (see {@link virtioNonPciTransport})
 * rather than a PCI slot, or undefined: the virtio devices libvirt 9.0 moves there (disks on bus
 * virtio, virtio NICs and host device NICs written with a virtio model, virtio video devices and
 * video devices without a model (except on vexpress boards), virtio input devices, virtio-serial and SCSI controllers of any
 * model, virtio memory balloons and RNGs; on ccw also vhost-scsi host devices, shared filesystems and
 * vsock, which keep a PCI slot on virtio-mmio).
 */
export function virtioNonPciAddress(domain: Domain, d: Device, transport: VirtioNonPciTransport): string | undefined {
  const what = virtioMoved(domain, d, transport.type === 'ccw');
  return what && `${what} gets a ${transport.type} address ${transport.because}`;
}

function virtioMoved(domain: Domain, d: Device, ccw: boolean): string | undefined {
  // Device's catch-all member (OtherDevice, kind: string) keeps the switch from narrowing: each case names its type.
  switch (d.kind) {
    case 'disk':
      return effectiveDiskBus(d as Disk) === 'virtio' ? 'a virtio disk' : undefined;
    case 'interface': {
      const n = d as Interface;
      // A host device NIC is moved only when written with a virtio model (without one libvirt gives it a PCI slot).
      if (n.type?.value === 'hostdev') return n.model && isVirtioNetModel(n.model.value) ? 'a host device network interface of model virtio' : undefined;
      return isVirtioNetModel(effectiveNetModel(domain, n).model) ? 'a virtio network interface' : undefined;
    }
    case 'video': {
      const model = (d as Video).model?.type?.value;
      if (model === 'virtio') return 'a virtio video device';
      // Without a model libvirt 9.0 picks virtio on s390x and on 'virt' machines (cirrus, with no address, on vexpress boards).
      return model === undefined && !machineOf(domain).startsWith('vexpress-') ? 'a video device without a model (libvirt picks virtio)' : undefined;
    }
    case 'input':
      return (d as Input).bus?.value === 'virtio' ? 'a virtio input device' : undefined;
    case 'controller': {
      const t = (d as Controller).type?.value;
      return t === 'virtio-serial' || t === 'scsi' ? `a ${t} controller` : undefined;
    }
    case 'memballoon':
      return (d as OtherDevice).model?.value.startsWith('virtio') ? 'a virtio memory balloon' : undefined;
    case 'rng':
      return 'a virtio RNG';
    case 'hostdev':
      return ccw && (d as Hostdev).type?.value === 'scsi_host' ? 'a vhost-scsi host device' : undefined;
    case 'filesystem':
      return ccw ? 'a shared filesystem' : undefined;
    case 'vsock':
      return ccw ? 'a vsock' : undefined;
    default:
      return undefined;
  }
}
