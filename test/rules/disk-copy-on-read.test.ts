import rule from '../../rules/disk-copy-on-read.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts copy_on_read on a writable hard disk, and off on a cdrom (1)', code: edit(SEED, ["ioeventfd='on'/>", "copy_on_read='on'/>"]) },
    { name: 'accepts copy_on_read on a writable hard disk, and off on a cdrom (2)', code: edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' copy_on_read='off'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on copy_on_read for a cdrom',
      code: edit(SEED, ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' copy_on_read='on'/>"]),
      errors: [{ severity: 'error', near: "copy_on_read='|on'" }],
    },
  ],
});
