import { diskName } from '../src/model/describe.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'sgio-unfiltered',
    description: "sgio='unfiltered' on a lun disk or a SCSI host device, which libvirt no longer supports",
    defaultSeverity: 'error',
    libvirtMessages: ['unfiltered sgio is no longer supported'],
  },
  check(domain, context) {
    const message = (what: string): string =>
      `sgio='unfiltered' on ${what}: libvirt no longer supports unprivileged SG_IO without filtering (it relied on a kernel setting that is gone) and refuses this domain. Use sgio='filtered' (the default) or remove the attribute`;
    for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
      const disk = list[i]!;
      // On a disk that is not a lun, sgio itself is the error (disk-rawio-sgio-requires-lun).
      if (disk.deviceKind === 'lun' && disk.sgio?.value === 'unfiltered') context.report({ range: disk.sgio.range, message: message(diskName(disk)) });
    }
    for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
      const hostdev = list[i]!;
      if (hostdev.sgio?.value === 'unfiltered') context.report({ range: hostdev.sgio.range, message: message('a SCSI host device') });
    }
  },
});
