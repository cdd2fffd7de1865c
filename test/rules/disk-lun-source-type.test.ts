import rule from '../../rules/disk-lun-source-type.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: "accepts a lun on an iSCSI source", code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='network' device='lun'><driver name='qemu' type='raw'/><source protocol='iscsi' name='iqn.2013-07.com.example:iscsi-pool/1'><host name='example.com' port='3260'/></source><target dev='sda' bus='scsi'/></disk>") },
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on a lun backed by a file',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='lun'>"], ["type='qcow2' ioeventfd='on'", "type='raw'"]),
      errors: [{ severity: 'error', near: "<disk type='|file' device='lun'>" }],
    },
  ],
});
