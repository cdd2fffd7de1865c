import { diskName } from '../src/model/describe.js';
import { definedIothreadIds } from '../src/model/iothreads.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-iothread-valid',
    description: '<driver iothread> on a non-virtio disk, or naming an IOThread the domain does not define',
    defaultSeverity: 'error',
    libvirtMessages: ['IOThreads not available for bus %s target %s', "Disk iothread '%u' not defined in iothreadid"],
  },
  check(domain, context) {
    let ids: ReadonlySet<number> | undefined;
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const it = disk.driver?.iothread;
      if (!it) continue;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio') {
        context.report({ range: it.range, message: `IOThreads only serve virtio disks, and ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove iothread or use bus 'virtio'` });
        continue;
      }
      ids ??= definedIothreadIds(domain);
      const n = Number(it.value);
      if (Number.isInteger(n) && !ids.has(n)) {
        const known = ids.size === 0 ? 'the domain defines no IOThreads' : `defined IOThread ids: ${[...ids].sort((a, b) => a - b).join(', ')}`;
        context.report({ range: it.range, message: `${diskName(disk)} uses IOThread ${n}, but ${known}: libvirt refuses this domain. Add <iothreads> (or an <iothreadids> entry) or fix the id` });
      }
    }
  },
});
