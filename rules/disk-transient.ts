import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-transient',
    description: "<transient/> on disks libvirt cannot give a throw-away overlay: read-only disks and cdroms, non-file sources, other devices; shareBacking on buses other than virtio, scsi and usb",
    defaultSeverity: 'error',
    libvirtMessages: [
      "transient disk '%s' must not be read-only",
      "transient disk supported only with 'file' type (%s)",
      "transient disk supported only with 'disk' device (%s)",
      "disk bus '%s' doesn't support transiend disk backing image sharing",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const t = disk.transient;
      if (!t) continue;
      const name = diskName(disk);
      const refuse = (what: string): void => context.report({ range: t.nameRange, message: `${name} is <transient/>, ${what}: libvirt refuses this domain` });
      // Changes go to an overlay that is discarded at shutdown: the disk must be a writable image file.
      if (disk.readonly || disk.deviceKind === 'cdrom') refuse('but a transient disk must be writable (it is read-only)');
      else if (disk.deviceKind !== 'disk') refuse(`but only hard disks can be transient, not a '${disk.deviceKind}'`);
      else if ((disk.type?.value ?? 'file') !== 'file') refuse(`but only type='file' disks can be transient, not '${disk.type?.value}'`);
      const share = t.shareBacking;
      const bus = effectiveDiskBus(disk);
      if (share?.value === 'yes' && bus && bus !== 'virtio' && bus !== 'scsi' && bus !== 'usb') {
        context.report({ range: share.attributeRange, message: `shareBacking='yes' needs a bus that can attach the overlay late (virtio, scsi, usb), not '${bus}': libvirt refuses this domain` });
      }
    }
  },
});
