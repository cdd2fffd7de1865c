import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-copy-on-read',
    description: "copy_on_read='on' on a read-only disk, a cdrom or floppy, or a lun",
    defaultSeverity: 'error',
    libvirtMessages: ["copy_on_read is not compatible with read-only disk '%s'", "copy_on_read is not supported with removable disk '%s'", "copy_on_read is not compatible with 'lun' disk '%s'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const cor = disk.driver?.copyOnRead;
      if (cor?.value !== 'on') continue;
      // libvirt treats cdroms as read-only whether or not <readonly/> is written.
      const why = disk.readonly || disk.deviceKind === 'cdrom'
        ? 'it is read-only, so nothing can be copied into it'
        : disk.deviceKind === 'floppy'
          ? 'it is removable media'
          : disk.deviceKind === 'lun'
            ? 'a lun passes SCSI commands straight to the device'
            : undefined;
      if (!why) continue;
      context.report({ range: cor.range, message: `copy_on_read cannot be used on ${diskName(disk)}: ${why}. libvirt refuses this domain; remove copy_on_read` });
    }
  },
});
