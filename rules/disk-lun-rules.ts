import { diskName } from '../src/model/describe.js';
import { effectiveDiskBus } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-lun-rules',
    description: "device='lun' on a bus other than virtio/scsi, without a block/iSCSI source, not raw, or with its own identity (wwn, vendor, product, serial); rawio/sgio on devices that are not luns",
    defaultSeverity: 'error',
    libvirtMessages: [
      "disk device='lun' is not supported for bus='%s'",
      "disk device='lun' is only valid for block type disk source",
      "rawio can be used only with device='lun'",
      "sgio can be used only with device='lun'",
      "disk device 'lun' must use 'raw' format",
      'Setting wwn is not supported for lun device',
      'Setting vendor or product is not supported for lun device',
      "scsi-block 'lun' devices do not support the serial property",
    ],
  },
  check(domain, context) {
    for (const disk of domain.devices.disks) {
      const name = diskName(disk);
      if (disk.deviceKind !== 'lun') {
        for (const a of ['rawio', 'sgio'] as const) {
          const x = disk[a];
          if (x) context.report({ range: x.attributeRange, message: `${a} only applies to SCSI passthrough (device='lun'), and ${name} is a '${disk.deviceKind}': libvirt refuses this domain. Remove ${a} or use device='lun'` });
        }
        continue;
      }
      const bus = effectiveDiskBus(disk);
      if (bus && bus !== 'virtio' && bus !== 'scsi') {
        context.report({ range: disk.target?.bus?.range ?? disk.device?.range ?? disk.nameRange, message: `device='lun' passes SCSI commands through and needs bus 'scsi' or 'virtio', not '${bus}': libvirt refuses this domain` });
      }
      const format = disk.driver?.type;
      if (format && format.value !== 'raw') {
        context.report({ range: format.range, message: `a lun is the raw SCSI device; it cannot have format '${format.value}': libvirt refuses this domain. Use type='raw'` });
      }
      for (const [el, what] of [[disk.wwn, 'wwn'], [disk.vendor, 'vendor'], [disk.product, 'product']] as const) {
        if (el) context.report({ range: el.range, message: `<${what}> cannot be set on a lun: the guest sees the real device's identity. libvirt refuses this domain` });
      }
      if (disk.serial && bus === 'scsi') {
        context.report({ range: disk.serial.range, message: `a SCSI lun reports the real device's serial; <serial> cannot be set: libvirt refuses this domain` });
      }
      const type = disk.type?.value ?? 'file';
      const protocol = disk.source?.protocol?.value;
      const ok = type === 'block' || type === 'volume' || (type === 'network' && protocol === 'iscsi');
      if (!ok) {
        context.report({
          range: disk.type?.range ?? disk.nameRange,
          message: `device='lun' needs a block device (type='block'), a storage-pool volume or an iSCSI source, not a '${type}${protocol ? `/${protocol}` : ''}' source: libvirt refuses this domain. Use device='disk' for image files`,
        });
      }
    }
  },
});
