import rule from '../../rules/disk-rawio-sgio-requires-lun.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts sgio on a lun", code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' sgio='filtered'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on rawio and sgio on an ordinary disk',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' rawio='yes' sgio='filtered'>"]),
      errors: [{ severity: 'error', near: "|rawio='yes'" }, { severity: 'error', near: "|sgio='filtered'" }],
    },
  ],
});
