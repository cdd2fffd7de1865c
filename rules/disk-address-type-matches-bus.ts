import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

/** The address type each bus needs (buses not listed take pci/ccw/mmio and are not checked here); a Map, since a document may write 'constructor' there. */
const REQUIRED: ReadonlyMap<string, string> = new Map(Object.entries({ ide: 'drive', fdc: 'drive', scsi: 'drive', sata: 'drive', usb: 'usb' }));

/** The address types of virtio's transports (virtio-s390 is obsolete; libvirt refuses it elsewhere). */
const VIRTIO_TRANSPORTS = new Set(['pci', 'ccw', 'virtio-mmio', 'virtio-s390']);

export default defineRule({
  meta: {
    id: 'disk-address-type-matches-bus',
    description: 'a disk <address> whose type does not fit the disk bus (ide/sata/scsi/fdc need drive, usb needs usb, virtio takes pci, ccw or virtio-mmio)',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid address type '%s' for the disk '%s' with the bus type '%s'", 'unexpected address type for usb disk', "virtio disk cannot have an address of type '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      const type = disk.address?.type;
      if (bus === 'virtio' && type && !VIRTIO_TRANSPORTS.has(type.value)) {
        context.report({ range: type.range, message: `${diskName(disk)} is a virtio disk, a PCI (or CCW/MMIO) device, so it cannot have a${/^[aeiou]/.test(type.value) ? 'n' : ''} ${type.value} address: libvirt refuses this domain. Remove the <address> or use a pci one` });
        continue;
      }
      const required = bus ? REQUIRED.get(bus) : undefined;
      if (!required || !type || type.value === required) continue;
      context.report({
        range: type.range,
        message: `${diskName(disk)} is on bus '${bus}', which needs <address type='${required}'>, not '${type.value}': libvirt refuses this domain. Fix the address type or remove the <address>`,
      });
    }
  },
});
