import rule from '../../rules/disk-shareable-format.js';
import { edit, ruleTester, SEED } from './helpers.js';

const T = "<target dev='vda' bus='virtio'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts shareable raw disks and read-only qcow2 (1)', code: edit(SEED, [T, `${T}<shareable/>`], ["type='qcow2' ioeventfd='on'", "type='raw'"]) },
    { name: 'accepts shareable raw disks and read-only qcow2 (2)', code: edit(SEED, [T, `${T}<shareable/><readonly/>`]) },
  ],
  invalid: [
    {
      name: 'errs on a shareable writable qcow2 disk',
      code: edit(SEED, [T, `${T}<shareable/>`]),
      errors: [{ severity: 'error', near: '<|shareable/>' }],
    },
  ],
});
