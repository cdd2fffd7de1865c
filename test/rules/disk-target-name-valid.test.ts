import rule from '../../rules/disk-target-name-valid.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'errs on a name too long to become a disk position (2)', code: edit(edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vdgaaaaaa' bus='virtio'/>"], ["<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>", '']), ["'vdgaaaaaa'", "'vdgaaa'"]) },
    { name: 'accepts ordinary names, including long ones like sdaa', code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vdaa' bus='virtio'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on a partition as target',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vda1' bus='virtio'/>"]),
      errors: [{ severity: 'error', near: "dev='|vda1'" }],
    },
    {
      name: 'errs on an unknown prefix and on a floppy not named fd*',
      code: edit(
      SEED,
      ["<target dev='vda' bus='virtio'/>", "<target dev='xyz' bus='virtio'/>"],
      ["<disk type='file' device='cdrom'>", "<disk type='file' device='floppy'>"],
      ["<target dev='hdc' bus='ide'/>", "<target dev='hdc' bus='fdc'/>"],
    ),
      errors: [{ severity: 'error', near: "dev='|xyz'" }, { severity: 'error', near: "dev='|hdc' bus='fdc'" }],
    },
    {
      name: 'errs on a name too long to become a disk position (1)',
      code: edit(SEED, ["<target dev='vda' bus='virtio'/>", "<target dev='vdgaaaaaa' bus='virtio'/>"], ["<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>", '']),
      errors: [{ severity: 'error', near: "dev='|vdgaaaaaa'" }],
    },
  ],
});
