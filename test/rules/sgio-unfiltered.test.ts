import rule from '../../rules/sgio-unfiltered.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const SCSI = "<controller type='scsi' model='virtio-scsi'/>";
const lun = (sgio: string): string => `${SCSI}<disk type='block' device='lun' sgio='${sgio}'><driver name='qemu' type='raw'/><source dev='/dev/sdc'/><target dev='sdb' bus='scsi'/></disk>`;
const scsiHostdev = (sgio: string): string =>
  `${SCSI}<hostdev mode='subsystem' type='scsi' sgio='${sgio}'><source><adapter name='scsi_host0'/><address bus='0' target='0' unit='0'/></source></hostdev>`;

ruleTester.run(rule, {
  valid: [
    { name: "accepts sgio='filtered' on a lun", code: addDevices(SEED, lun('filtered')) },
    { name: "accepts sgio='filtered' on a SCSI host device", code: addDevices(SEED, scsiHostdev('filtered')) },
  ],
  invalid: [
    {
      name: "errs on sgio='unfiltered' on a lun",
      code: addDevices(SEED, lun('unfiltered')),
      errors: [{ severity: 'error', near: "sgio='|unfiltered'", message: /sgio='filtered'/ }],
    },
    {
      name: "errs on sgio='unfiltered' on a SCSI host device",
      code: addDevices(SEED, scsiHostdev('unfiltered')),
      errors: [{ severity: 'error', near: "sgio='|unfiltered'" }],
    },
  ],
});
