import { isQemuDomain } from '../src/model/machine.js';
import { definedIothreadIds } from '../src/model/iothreads.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** The SCSI controller models that take an IOThread (others: controller-virtio-scsi-only-attrs). */
const VIRTIO_SCSI = new Set(['virtio-scsi', 'virtio-transitional', 'virtio-non-transitional']);

export default defineRule({
  meta: {
    id: 'controller-iothread-valid',
    description: '<driver iothread> on a virtio-scsi controller naming an IOThread the domain does not define',
    defaultSeverity: 'error',
    libvirtMessages: ["controller iothread '%u' not defined in iothreadid"],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    let ids: ReadonlySet<number> | undefined;
    for (let i = 0, list = domain.devices.controllers; i < list.length; i++) {
      const c = list[i]!;
      const it = c.driver?.iothread;
      const n = parseDecimal(it?.value);
      if (!it || n === undefined || c.type?.value !== 'scsi' || !VIRTIO_SCSI.has(c.model?.value ?? '')) continue;
      ids ??= definedIothreadIds(domain);
      if (ids.has(n)) continue;
      const known = ids.size === 0 ? 'the domain defines no IOThreads' : `defined IOThread ids: ${[...ids].sort((a, b) => a - b).join(', ')}`;
      context.report({ range: it.range, message: `SCSI controller ${c.index?.value ?? ''} uses IOThread ${n}, but ${known}: libvirt refuses this domain. Add <iothreads> (or an <iothreadids> entry) or fix the id` });
    }
  },
});
