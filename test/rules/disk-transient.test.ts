import rule from '../../rules/disk-transient.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const T = "<target dev='vda' bus='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a transient image file on virtio', code: edit(SEED, [T, `${T}<transient shareBacking='yes'/>`]) },
  ],
  invalid: [
    {
      name: 'errs on a read-only transient disk and a transient cdrom',
      code: edit(SEED, [T, `${T}<transient/><readonly/>`], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='ide'/><transient/>"]),
      errors: [{ severity: 'error', near: '<|transient/><readonly/>' }, { severity: 'error', near: "<|transient/>", nth: 2 }],
    },
    {
      name: 'errs on a transient block device and on shareBacking over IDE (1)',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='block' device='disk'>"], ["<source file='/var/lib/libvirt/images/f14.img'/>", "<source dev='/dev/sdb'/>"], [T, `${T}<transient/>`]),
      errors: [{ severity: 'error', near: '<|transient/>' }],
    },
    {
      name: 'errs on a transient block device and on shareBacking over IDE (2)',
      code: addDevices(SEED, "<disk type='file' device='disk'><source file='/b.img'/><target dev='hdd' bus='ide'/><transient shareBacking='yes'/></disk>"),
      errors: [{ severity: 'error', near: "|shareBacking='yes'" }],
    },
  ],
});
