import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-lun-format-raw',
    description: "device='lun' with a driver format other than raw",
    defaultSeverity: 'error',
    libvirtMessages: ["disk device 'lun' must use 'raw' format"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind !== 'lun') continue;
      const format = disk.driver?.type;
      if (format && format.value !== 'raw') {
        context.report({ range: format.range, message: `a lun is the raw SCSI device; it cannot have format '${format.value}': libvirt refuses this domain. Use type='raw'` });
      }
    }
  },
});
