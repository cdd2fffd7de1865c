import { defineRule } from '../src/rule.js';

/** The guest address types a hostdev of each type may have; a Map, since a document may write 'constructor' there. */
const ALLOWED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  pci: ['pci', 'unassigned', 'ccw', 'virtio-mmio'],
  usb: ['usb'],
  scsi: ['drive'],
  scsi_host: ['pci', 'ccw'],
}));

export default defineRule({
  meta: {
    id: 'hostdev-address-type',
    description: 'a <hostdev> guest <address> whose type does not fit the device (USB needs usb, SCSI needs drive, …)',
    defaultSeverity: 'error',
    libvirtMessages: [
      "PCI host devices must use 'pci' or 'unassigned' address type",
      "USB host device must use 'usb' address type",
      "SCSI host device must use 'drive' address type",
      "SCSI_host host device must use 'pci' or 'ccw' address type",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const h = list[i]!;
      const type = h.type?.value;
      const at = h.address?.type;
      const allowed = type ? ALLOWED.get(type) : undefined;
      if (!allowed || !at || allowed.includes(at.value)) continue;
      context.report({ range: at.range, message: `a '${type}' host device needs a guest address of type ${allowed.filter((a) => a !== 'ccw' && a !== 'virtio-mmio').map((a) => `'${a}'`).join(' or ')}, not '${at.value}': libvirt refuses this domain` });
    }
  },
});
