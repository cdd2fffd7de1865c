import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-lun-bus',
    description: "device='lun' on a bus other than virtio or scsi",
    defaultSeverity: 'error',
    libvirtMessages: ["disk device='lun' is not supported for bus='%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind !== 'lun') continue;
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio' && bus !== 'scsi') {
        context.report({ range: disk.target?.bus?.range ?? disk.device?.range ?? disk.nameRange, message: `device='lun' passes SCSI commands through and needs bus 'scsi' or 'virtio', not '${bus}': libvirt refuses this domain` });
      }
    }
  },
});
