import { diskName } from '../src/model/describe.js';
import type { Disk } from '../src/model/domain.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';
import type { Range } from '../src/types.js';
import { attr } from '../src/xml/tree.js';

/** <driver> attributes that configure QEMU's own block layer, which a vhost-user disk bypasses. */
const DRIVER_ATTRS = ['cache', 'error_policy', 'rerror_policy', 'io', 'ioeventfd', 'copy_on_read', 'discard', 'iothread', 'detect_zeroes'];
/** Child elements of <disk> that a vhost-user disk cannot carry. */
const ELEMENTS: ReadonlyArray<readonly [string, (d: Disk) => { range: Range } | undefined]> = [
  ['readonly', (d) => (d.readonlyElement ? { range: d.readonlyElement.element.nameRange } : undefined)],
  ['shareable', (d) => (d.shareable ? { range: d.shareable.element.nameRange } : undefined)],
  ['transient', (d) => (d.transient ? { range: d.transient.element.nameRange } : undefined)],
  ['serial', (d) => d.serial],
  ['wwn', (d) => d.wwn],
  ['vendor', (d) => d.vendor],
  ['product', (d) => d.product],
  ['iotune', (d) => (d.iotune ? { range: d.iotune.element.nameRange } : undefined)],
  ['geometry', (d) => (d.geometry ? { range: d.geometry.element.nameRange } : undefined)],
  ['blockio', (d) => (d.blockio ? { range: d.blockio.element.nameRange } : undefined)],
  ['encryption', (d) => (d.encryption ? { range: d.encryption.element.nameRange } : undefined)],
];

export default defineRule({
  meta: {
    id: 'disk-vhostuser-attrs',
    description: "<disk type='vhostuser'> on a bus other than virtio, or with settings that belong to QEMU's block layer (cache, io, ioeventfd, readonly, serial, iotune, …)",
    defaultSeverity: 'error',
    libvirtMessages: ['vhostuser disk supports only virtio bus', '%s is not supported with vhostuser disk'],
  },
  check(domain, context) {
    for (const disk of domain.disks) {
      if (disk.type?.value !== 'vhostuser') continue;
      const name = diskName(disk);
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio') {
        context.report({ range: disk.target?.bus?.range ?? disk.element.nameRange, message: `${name} is a vhost-user disk, which is always a virtio-blk device, not '${bus}': libvirt refuses this domain. Use bus='virtio'` });
      }
      const why = 'the storage daemon behind a vhost-user disk handles I/O, not QEMU';
      for (const a of DRIVER_ATTRS) {
        const x = attr(disk.driver?.element, a);
        if (x) context.report({ range: x.range, message: `${a} cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain; configure it in the daemon` });
      }
      for (const [el, get] of ELEMENTS) {
        const found = get(disk);
        if (found) context.report({ range: found.range, message: `<${el}> cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain` });
      }
    }
  },
});
