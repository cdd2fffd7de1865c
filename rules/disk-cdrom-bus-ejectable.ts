import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-cdrom-bus-ejectable',
    description: 'a cdrom on a bus without removable media (virtio, sd)',
    defaultSeverity: 'error',
    libvirtMessages: ["disk type of '%s' does not support ejectable media"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      if (disk.deviceKind !== 'cdrom' || (bus !== 'virtio' && bus !== 'sd')) continue;
      context.report({
        range: disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange,
        message: `a cdrom needs a bus with ejectable media, and '${bus}' has none: libvirt refuses this domain. Use bus 'sata' (q35), 'ide' (i440fx) or 'scsi'`,
      });
    }
  },
});
