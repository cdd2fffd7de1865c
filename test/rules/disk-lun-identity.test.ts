import rule from '../../rules/disk-lun-identity.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts a wwn on a SCSI disk that is not a lun", code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/var/lib/libvirt/images/scsi.img'/><target dev='sda' bus='scsi'/><wwn>5000c50015ea71ac</wwn></disk>") },
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on wwn and serial on a SCSI lun (its qcow2 format: disk-lun-format-raw)',
      code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu' type='qcow2'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/><serial>abc</serial><wwn>5000c50015ea71ac</wwn></disk>"),
      errors: [{ severity: 'error', near: '<serial>|abc' }, { severity: 'error', near: '<wwn>|5000' }],
    },
  ],
});
