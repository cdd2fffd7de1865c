import rule from '../../rules/disk-lun-format-raw.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts a lun without a driver format", code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on a qcow2 lun (with wwn and serial on a SCSI lun: disk-lun-identity)',
      code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu' type='qcow2'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/><serial>abc</serial><wwn>5000c50015ea71ac</wwn></disk>"),
      errors: [{ severity: 'error', near: "type='|qcow2'/><source dev='/dev/sdb'" }],
    },
  ],
});
