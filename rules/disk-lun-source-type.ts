import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-lun-source-type',
    description: "device='lun' without a block device, storage-pool volume or iSCSI source",
    defaultSeverity: 'error',
    libvirtMessages: ["disk device='lun' is only valid for block type disk source"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind !== 'lun') continue;
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
