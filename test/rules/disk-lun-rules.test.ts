import rule from '../../rules/disk-lun-rules.js';
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
    {
      name: 'errs on a lun backed by a file',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='lun'>"], ["type='qcow2' ioeventfd='on'", "type='raw'"]),
      errors: [{ severity: 'error', near: "<disk type='|file' device='lun'>" }],
    },
    {
      name: 'errs on rawio and sgio on an ordinary disk',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' rawio='yes' sgio='filtered'>"]),
      errors: [{ severity: 'error', near: "|rawio='yes'" }, { severity: 'error', near: "|sgio='filtered'" }],
    },
    {
      name: 'errs on a qcow2 lun, and on wwn and serial on a SCSI lun',
      code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu' type='qcow2'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/><serial>abc</serial><wwn>5000c50015ea71ac</wwn></disk>"),
      errors: [{ severity: 'error', near: "type='|qcow2'/><source dev='/dev/sdb'" }, { severity: 'error', near: '<serial>|abc' }, { severity: 'error', near: '<wwn>|5000' }],
    },
  ],
});
