import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-lun-identity',
    description: "device='lun' with its own identity: <wwn>, <vendor>, <product>, or <serial> on a SCSI lun",
    defaultSeverity: 'error',
    libvirtMessages: [
      'Setting wwn is not supported for lun device',
      'Setting vendor or product is not supported for lun device',
      "scsi-block 'lun' devices do not support the serial property",
    ],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind !== 'lun') continue;
      for (const [el, what] of [[disk.wwn, 'wwn'], [disk.vendor, 'vendor'], [disk.product, 'product']] as const) {
        if (el) context.report({ range: el.range, message: `<${what}> cannot be set on a lun: the guest sees the real device's identity. libvirt refuses this domain` });
      }
      if (disk.serial && effectiveDiskBus(disk) === 'scsi') {
        context.report({ range: disk.serial.range, message: `a SCSI lun reports the real device's serial; <serial> cannot be set: libvirt refuses this domain` });
      }
    }
  },
});
