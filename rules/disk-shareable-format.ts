import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

/** Formats whose metadata would be corrupted by two writers. */
const UNSHAREABLE = new Set(['qcow2', 'qcow', 'qed', 'vmdk', 'vdi', 'vhdx', 'vpc', 'cow']);

export default defineRule({
  meta: {
    id: 'disk-shareable-format',
    description: '<shareable/> on a writable disk in an image format that cannot be written concurrently (qcow2, …)',
    defaultSeverity: 'error',
    libvirtMessages: ["shared access for disk '%s' requires use of supported storage format"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const format = disk.driver?.type?.value;
      if (!disk.shareable || disk.readonly || !format || !UNSHAREABLE.has(format)) continue;
      context.report({
        range: disk.shareable.nameRange,
        message: `${diskName(disk)} is shareable and writable, but format '${format}' cannot be written by two guests at once: libvirt refuses this domain. Use type='raw', or add <readonly/>`,
      });
    }
  },
});
