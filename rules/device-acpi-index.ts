import type { Channel, Controller, Device, Disk, Hostdev, Input, Serial, Sound } from '../src/model/index.js';
import { isQemuDomain } from '../src/model/machine.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

/** Disk buses whose disks libvirt gives a drive address (or a USB port): never a PCI slot. */
const DRIVE_BUSES: Readonly<Record<string, string>> = { ide: 'a drive address', sata: 'a drive address', scsi: 'a drive address', fdc: 'a drive address', usb: 'a USB port' };

/**
 * Why libvirt gives a device written without an `<address>` an address that is not a PCI slot, or
 * undefined when it gives it a PCI slot, no address at all (a PS/2 mouse, an ISA serial port: libvirt
 * then accepts the index), or the rule cannot tell (virtio devices, whose transport depends on the
 * machine).
 */
function impliedNonPci(d: Device): string | undefined {
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

export default defineRule({
  meta: {
    id: 'device-acpi-index',
    description: '<acpi index> of 0, or on a device that is not plugged into a PCI slot (a written address of another type, or a disk, USB device, smartcard or virtio channel that libvirt gives one)',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid value for attribute 'index' in element 'acpi': Zero is not permitted", 'ACPI index is only supported for PCI devices'],
  },
  check(domain, context) {
    const qemu = isQemuDomain(domain);
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const d = list[i]!;
      const index = d.acpiIndex;
      if (index === undefined) continue;
      if (index.value === 0) {
        context.report({ range: index.range, message: "<acpi index='0'>: ACPI indexes start at 1, and libvirt refuses 0 when it reads the document. Use a number from 1 up, or remove <acpi>" });
        continue;
      }
      if (!qemu) continue;
      const type = d.address?.type?.value;
      const why = d.address ? (type === undefined || type === 'pci' ? undefined : `its <address type='${type}'> is not a PCI slot`) : impliedNonPci(d);
      if (why) context.report({ range: index.range, message: `<acpi index> names a PCI slot in the guest's ACPI tables, but this <${d.kind}> has none (${why}): libvirt refuses this domain. Remove <acpi>` });
    }
  },
});
