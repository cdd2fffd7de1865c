import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import type { Disk, Text } from '../src/model/index.js';
import { defineRule, type Range, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-bus-specific-attrs',
    description: '<wwn>, <vendor>/<product>, <geometry>, <serial> and rotation_rate on buses that cannot carry them; vendor/product too long',
    defaultSeverity: 'error',
    libvirtMessages: [
      'Only ide and scsi disk support wwn',
      'Only scsi disk supports vendor and product',
      'disk vendor is more than %d characters',
      'disk product is more than %d characters',
      "CHS geometry can not be set for '%s' bus",
      "CHS translation mode can only be set for 'ide' bus not '%s'",
      "Serial property not supported for drive bus '%s'",
      'rotation rate is only valid for SCSI/IDE/SATA bus',
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      const bus = effectiveDiskBus(disk);
      if (!bus) continue;
      if (disk.wwn && bus !== 'ide' && bus !== 'scsi') refuse(context, disk, bus, disk.wwn.range, '<wwn> is only available on ide and scsi disks');
      if (disk.vendor) vendorOrProduct(context, disk, bus, disk.vendor, 8);
      if (disk.product) vendorOrProduct(context, disk, bus, disk.product, 16);
      if (disk.geometry) {
        if (bus === 'usb' || bus === 'sd') refuse(context, disk, bus, disk.geometry.nameRange, '<geometry> (CHS) cannot be set on usb or sd disks');
        const trans = disk.geometry.trans;
        if (trans && bus !== 'ide') refuse(context, disk, bus, trans.range, 'the CHS translation mode (trans) only exists on ide disks');
      }
      const rotation = disk.target?.rotationRate;
      if (rotation && bus !== 'scsi' && bus !== 'ide' && bus !== 'sata') refuse(context, disk, bus, rotation.attributeRange, 'rotation_rate (how a disk reports itself as solid-state or spinning) only exists on scsi, ide and sata disks');
      if (disk.serial && bus === 'sd') refuse(context, disk, bus, disk.serial.range, '<serial> is not available on sd cards');
    }
  },
});

// Module functions, not a closure per disk; the disk's name is made only for a report.
function refuse(context: RuleContext, disk: Disk, bus: string, range: Range, what: string): void {
  context.report({ range, message: `${what}, but ${diskName(disk)} uses bus '${bus}': libvirt refuses this domain` });
}

function vendorOrProduct(context: RuleContext, disk: Disk, bus: string, el: Text, max: number): void {
  if (bus !== 'scsi') refuse(context, disk, bus, el.range, '<vendor> and <product> are only available on scsi disks');
  else if (el.value.length > max) {
    context.report({ range: el.range, message: `'${el.value}' is ${el.value.length} characters long; SCSI allows at most ${max}: libvirt refuses this domain. Shorten it` });
  }
}
