import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import type { Attr, Disk } from '../src/model/index.js';
import { defineRule, removeAttributeFix, type RuleContext } from '../src/rule.js';

/** Driver attributes that only virtio-blk has; ioeventfd is the seed rule's. */
const REFUSED = new Map([
  ['event_idx', 'disk event_idx mode supported only for virtio bus'],
  ['queues', 'queues attribute in disk driver element is only supported by virtio-blk'],
]);

export default defineRule({
  meta: {
    id: 'disk-virtio-driver-attrs',
    description: 'event_idx, queues or queue_size on the <driver> of a disk whose bus is not virtio',
    defaultSeverity: 'error',
    fixable: true,
    libvirtMessages: [...REFUSED.values()],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      if (!disk.driver || !bus || bus === 'virtio') continue;
      // Three calls, not a loop over a table of tuples made per disk.
      judge(context, disk, bus, 'event_idx', disk.driver.eventIdx);
      judge(context, disk, bus, 'queues', disk.driver.queues);
      judge(context, disk, bus, 'queue_size', disk.driver.queueSize);
    }
  },
});

function judge(context: RuleContext, disk: Disk, bus: string, name: string, a: Attr | undefined): void {
  if (!a) return;
  const refused = REFUSED.has(name);
  context.report({
    range: a.attributeRange,
    severity: refused ? 'error' : 'warning',
    message: refused
      ? `${name} only applies to virtio disks, but ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain. Remove ${name} or use <target bus='virtio'>`
      : `${name} only applies to virtio disks; ${diskName(disk)} uses bus '${bus}' and libvirt silently ignores it. Remove ${name} or use <target bus='virtio'>`,
    ...(refused ? {} : { fix: removeAttributeFix(context.sourceText, a) }),
  });
}
