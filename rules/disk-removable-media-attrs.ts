import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-removable-media-attrs',
    description: "tray on hard disks, removable off USB, startupPolicy on network disks, startupPolicy='requisite' on hard disks",
    defaultSeverity: 'error',
    libvirtMessages: [
      'tray is only valid for cdrom and floppy',
      'removable is only valid for usb disks',
      "disk startupPolicy '%s' is not allowed for disk of '%s' type",
      "disk startupPolicy 'requisite' is allowed only for cdrom or floppy",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const name = diskName(disk);
      const removable = disk.deviceKind === 'cdrom' || disk.deviceKind === 'floppy';
      const tray = disk.target?.tray;
      if (tray && !removable) context.report({ range: tray.attributeRange, message: `tray only exists on cdroms and floppies, and ${name} is a '${disk.deviceKind}': libvirt refuses this domain. Remove tray` });
      const rem = disk.target?.removable;
      const bus = effectiveDiskBus(disk);
      if (rem && bus && bus !== 'usb') context.report({ range: rem.attributeRange, message: `removable only applies to usb disks, and ${name} uses bus '${bus}': libvirt refuses this domain. Remove removable or use bus 'usb'` });
      const policy = disk.source?.startupPolicy;
      if (!policy) continue;
      const type = disk.type?.value ?? 'file';
      if (type === 'network') {
        context.report({ range: policy.attributeRange, message: `startupPolicy needs a source libvirt can check for existence, which a network disk is not: libvirt refuses this domain. Remove startupPolicy` });
      } else if (policy.value === 'requisite' && !removable) {
        context.report({ range: policy.range, message: `startupPolicy='requisite' is only for cdroms and floppies; ${name} is a '${disk.deviceKind}': libvirt refuses this domain. Use 'optional' or 'mandatory'` });
      }
    }
  },
});
