import rule from '../../rules/disk-lun-bus.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>") },
  ],
  invalid: [
    {
      name: 'errs on a lun on IDE',
      code: edit(
        SEED,
        ["<disk type='file' device='cdrom'>", "<disk type='block' device='lun'>"],
        ["<source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>", "<source dev='/dev/sdb'/>"],
        ['<readonly/>', ''],
      ),
      errors: [{ severity: 'error', near: "<target dev='hdc' bus='|ide'/>" }],
    },
  ],
});
