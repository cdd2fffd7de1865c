import rule from '../../rules/disk-device-bus-compat.js';
import { edit, Q35, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts a read-only cdrom on IDE', code: SEED },
  ],
  invalid: [
    {
      name: 'errs on a read-only IDE hard disk',
      code: edit(SEED, ["<disk type='file' device='cdrom'>", "<disk type='file' device='disk'>"]),
      errors: [{ severity: 'error', near: "<|readonly/>" }],
    },
    {
      name: 'errs on a read-only SATA hard disk (q35)',
      code: edit(Q35, ['<disk type="file" device="cdrom">', '<disk type="file" device="disk">']),
      errors: [{ severity: 'error', near: '<|readonly/>' }],
    },
    {
      name: 'errs on a floppy on virtio and a hard disk on fdc',
      code: edit(
      SEED,
      ["<disk type='file' device='cdrom'>", "<disk type='file' device='floppy'>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='fda' bus='virtio'/>"],
      ["<target dev='vda' bus='virtio'/>", "<target dev='fdb' bus='fdc'/>"],
    ),
      errors: [{ severity: 'error', near: "<target dev='fdb' bus='|fdc'/>" }, { severity: 'error', near: "<target dev='fda' bus='|virtio'/>" }],
    },
  ],
});
