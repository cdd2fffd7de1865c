import { definePoolRule } from '../src/rule.js';

/** The largest unique_id libvirt reads (a signed 32-bit int). */
const MAX_UNIQUE_ID = 2147483647;

export default definePoolRule({
  meta: {
    id: 'pool-adapter-unique-id',
    description: "a scsi_host adapter's <parentaddr> without unique_id, or with one above 2147483647",
    defaultSeverity: 'error',
    reportsOn: ['adapter/parentaddr', 'adapter/parentaddr@unique_id'],
    libvirtMessages: ["Missing or invalid scsi adapter 'unique_id' value"],
  },
  check(pool, context) {
    const parent = pool.source?.adapter?.parentAddress;
    if (!parent) return;
    const id = parent.uniqueId;
    if (!id) {
      context.report({
        range: parent.nameRange,
        message: "<parentaddr> without unique_id: libvirt needs it to tell the SCSI hosts of one PCI parent apart and refuses the pool. Add the host's unique_id (its /sys/class/scsi_host/hostN/unique_id)",
      });
    } else if (/^\d+$/.test(id.value.trim()) && Number(id.value.trim()) > MAX_UNIQUE_ID) {
      context.report({ range: id.range, message: `unique_id='${id.value}' is above 2147483647, the largest libvirt reads: it refuses the pool. Use the host's unique_id from /sys/class/scsi_host/hostN/unique_id` });
    }
  },
});
