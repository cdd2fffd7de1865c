import type { Disk } from '../src/model/index.js';
import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule, type Range } from '../src/rule.js';

/** Where a disk's bus is written: made only to report (for every disk, it was most of this rule's work). */
const busRange = (disk: Disk): Range => disk.target?.bus?.range ?? disk.target?.dev?.range ?? disk.nameRange;

export default defineRule({
  meta: {
    id: 'disk-device-bus-compat',
    description: 'floppies off the fdc bus, other devices on it, and read-only IDE/SATA hard disks',
    defaultSeverity: 'error',
    libvirtMessages: ["Invalid bus type '%s' for floppy disk", "Invalid bus type '%s' for disk", 'readonly ide disks are not supported', 'readonly sata disks are not supported'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      if (!bus) continue;
      if (disk.deviceKind === 'floppy' && bus !== 'fdc') {
        context.report({ range: busRange(disk), message: `a floppy must be on bus 'fdc', not '${bus}': libvirt refuses this domain. Use <target dev='fda' bus='fdc'/>` });
      } else if (disk.deviceKind !== 'floppy' && bus === 'fdc') {
        context.report({ range: busRange(disk), message: `bus 'fdc' only takes floppies, but this is a '${disk.deviceKind}' device: libvirt refuses this domain. Use device='floppy' or another bus` });
      } else if (disk.deviceKind === 'disk' && disk.readonlyElement && (bus === 'ide' || bus === 'sata')) {
        context.report({
          range: disk.readonlyElement.nameRange,
          message: `${diskName(disk)} is a read-only hard disk on bus '${bus}', which QEMU cannot emulate: libvirt refuses this domain. Use device='cdrom', another bus (virtio, scsi), or drop <readonly/>`,
        });
      }
    }
  },
});
