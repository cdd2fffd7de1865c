import { diskName } from '../src/model/describe.js';
import type { AttrKey, Disk, DiskDriver } from '../src/model/index.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule, type Range } from '../src/rule.js';

/** <driver> attributes that configure QEMU's own block layer, which a vhost-user disk bypasses. */
const DRIVER_ATTRS: readonly (readonly [string, AttrKey<DiskDriver>])[] = [
  ['cache', 'cache'],
  ['error_policy', 'errorPolicy'],
  ['rerror_policy', 'rerrorPolicy'],
  ['io', 'io'],
  ['ioeventfd', 'ioeventfd'],
  ['copy_on_read', 'copyOnRead'],
  ['discard', 'discard'],
  ['iothread', 'iothread'],
  ['detect_zeroes', 'detectZeroes'],
];
/** Child elements of <disk> that a vhost-user disk cannot carry. */
const ELEMENTS: ReadonlyArray<readonly [string, (d: Disk) => { range: Range } | undefined]> = [
  ['readonly', (d) => (d.readonlyElement ? { range: d.readonlyElement.nameRange } : undefined)],
  ['shareable', (d) => (d.shareable ? { range: d.shareable.nameRange } : undefined)],
  ['transient', (d) => (d.transient ? { range: d.transient.nameRange } : undefined)],
  ['serial', (d) => d.serial],
  ['wwn', (d) => d.wwn],
  ['vendor', (d) => d.vendor],
  ['product', (d) => d.product],
  ['iotune', (d) => (d.iotune ? { range: d.iotune.nameRange } : undefined)],
  ['geometry', (d) => (d.geometry ? { range: d.geometry.nameRange } : undefined)],
  ['blockio', (d) => (d.blockio ? { range: d.blockio.nameRange } : undefined)],
  ['encryption', (d) => (d.encryption ? { range: d.encryption.nameRange } : undefined)],
];

export default defineRule({
  meta: {
    id: 'disk-vhostuser-attrs',
    description: "<disk type='vhostuser'> on a bus other than virtio, or with settings that belong to QEMU's block layer (cache, io, ioeventfd, readonly, serial, iotune, …)",
    defaultSeverity: 'error',
    libvirtMessages: ['vhostuser disk supports only virtio bus', '%s is not supported with vhostuser disk'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.type?.value !== 'vhostuser') continue;
      const name = diskName(disk);
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio') {
        context.report({ range: disk.target?.bus?.range ?? disk.nameRange, message: `${name} is a vhost-user disk, which is always a virtio-blk device, not '${bus}': libvirt refuses this domain. Use bus='virtio'` });
      }
      const why = 'the storage daemon behind a vhost-user disk handles I/O, not QEMU';
      for (const [a, key] of DRIVER_ATTRS) {
        const x = disk.driver?.[key];
        if (x) context.report({ range: x.attributeRange, message: `${a} cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain; configure it in the daemon` });
      }
      for (const [el, get] of ELEMENTS) {
        const found = get(disk);
        if (found) context.report({ range: found.range, message: `<${el}> cannot be set on vhost-user ${name}: ${why}. libvirt refuses this domain` });
      }
    }
  },
});
