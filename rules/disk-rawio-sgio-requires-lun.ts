import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'disk-rawio-sgio-requires-lun',
    description: "rawio or sgio on a disk that is not device='lun'",
    defaultSeverity: 'error',
    libvirtMessages: ["rawio can be used only with device='lun'", "sgio can be used only with device='lun'"],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      if (disk.deviceKind === 'lun') continue;
      for (const a of ['rawio', 'sgio'] as const) {
        const x = disk[a];
        if (x) context.report({ range: x.attributeRange, message: `${a} only applies to SCSI passthrough (device='lun'), and ${diskName(disk)} is a '${disk.deviceKind}': libvirt refuses this domain. Remove ${a} or use device='lun'` });
      }
    }
  },
});
